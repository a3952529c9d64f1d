/** Measures the advance width of `text` in the units the caller lays out in (canvas pixels, say). */
export type Measure = (text: string) => number;

export const ellipsis = '…';

// Ideographs, kana, hangul, CJK punctuation and full-width forms: a line may break before any of them.
const cjk =
  /[\u2E80-\u2FFF\u3000-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/u;
// Kinsoku: these never start a line (closing marks) ...
const noLineStart = /^[，。、；：！？）」』》〉】〕…·,.;:!?)\]}%％]$/u;
// ... and these never end one (opening marks).
const noLineEnd = /^[（「『《〈【〔([{¥￥]$/u;

/**
 * Splits text into unbreakable pieces: each CJK character on its own, Latin words with the spaces that follow
 * them, punctuation glued to its neighbour by the kinsoku rules above.
 */
export function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  let word = '';
  const flush = () => {
    if (word) pieces.push(word);
    word = '';
  };
  for (const char of Array.from(text.replace(/\s+/gu, ' ').trim())) {
    if (char === ' ') {
      word += ' ';
      flush();
    } else if (cjk.test(char)) {
      flush();
      pieces.push(char);
    } else {
      if (word.endsWith(' ')) flush();
      word += char;
    }
  }
  flush();
  // Glue closing marks to the piece before and opening marks to the piece after.
  const glued: string[] = [];
  for (const piece of pieces) {
    const previous = glued.at(-1);
    if (previous !== undefined && (noLineStart.test(piece) || noLineEnd.test(lastChar(previous)))) {
      glued[glued.length - 1] = previous + piece;
    } else {
      glued.push(piece);
    }
  }
  return glued;
}

const lastChar = (text: string) => Array.from(text.trimEnd()).at(-1) ?? '';

/** Cuts a piece wider than a whole line into character runs that each fit (a URL, a very long word). */
function splitWide(piece: string, maxWidth: number, measure: Measure): string[] {
  const runs: string[] = [];
  let run = '';
  for (const char of Array.from(piece)) {
    if (run && measure(run + char) > maxWidth) {
      runs.push(run);
      run = '';
    }
    run += char;
  }
  if (run) runs.push(run);
  return runs;
}

/** Shortens a line until it fits with a trailing ellipsis. */
export function truncate(line: string, maxWidth: number, measure: Measure): string {
  const chars = Array.from(line.trimEnd());
  while (chars.length > 0 && measure(chars.join('').trimEnd() + ellipsis) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + ellipsis;
}

/**
 * Greedy line breaking for mixed Chinese and Latin text: Chinese breaks between any two characters, Latin at
 * spaces, closing punctuation never starts a line, and a word longer than a line is cut by character. With
 * `maxLines`, the last line kept ends in an ellipsis when text was dropped. Trailing spaces are trimmed.
 */
export function breakLines(text: string, maxWidth: number, measure: Measure, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of breakPieces(text)) {
    const parts = measure(piece.trimEnd()) > maxWidth ? splitWide(piece, maxWidth, measure) : [piece];
    for (const part of parts) {
      if (line && measure((line + part).trimEnd()) > maxWidth) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += part;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = truncate(kept[kept.length - 1] ?? '', maxWidth, measure);
  return kept;
}
