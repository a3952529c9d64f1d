import type { LabelParseResult, LabelRejection } from './label-payload';

export interface RecognizedLabel {
  productId: string;
  shelfId: string | null;
  /** When it was first recognized (ms, caller's clock). */
  at: number;
}

export interface IgnoredCode {
  /** The code's text, capped for display. */
  text: string;
  reason: LabelRejection;
  detail: string;
  at: number;
}

/** What the scanner has seen this session: recognized labels and ignored codes, newest first. */
export interface ScanLog {
  recognized: readonly RecognizedLabel[];
  ignored: readonly IgnoredCode[];
}

export const emptyScanLog: ScanLog = { recognized: [], ignored: [] };

const maxRecognized = 8;
const maxIgnored = 5;

/**
 * Adds one frame's decoded codes to the log. A code already in the log changes nothing, so the same label
 * seen in 30 frames a second shows one card and announces itself once; the function then returns the very
 * same `log` object, which lets a UI skip re-rendering. With `promote` (a shopper typed the code) a known
 * product moves back to the top.
 */
export function recordScan(
  log: ScanLog,
  at: number,
  codes: readonly { text: string; result: LabelParseResult }[],
  { promote = false } = {},
): ScanLog {
  let recognized = log.recognized;
  let ignored = log.ignored;
  for (const { text, result } of codes) {
    if (result.ok) {
      const index = recognized.findIndex((entry) => entry.productId === result.productId);
      if (index === 0 || (index > 0 && !promote)) continue;
      const entry = { productId: result.productId, shelfId: result.shelfId, at };
      recognized = [entry, ...recognized.filter((_, i) => i !== index)].slice(0, maxRecognized);
    } else {
      const shown = text.slice(0, 80);
      if (ignored.some((entry) => entry.text === shown)) continue;
      ignored = [{ text: shown, reason: result.reason, detail: result.detail, at }, ...ignored].slice(
        0,
        maxIgnored,
      );
    }
  }
  return recognized === log.recognized && ignored === log.ignored ? log : { recognized, ignored };
}
