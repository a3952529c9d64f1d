import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakLines, breakPieces } from '../../../src/domain/price-tag';
import { measure10 } from './fake-measure';

describe('breakLines', () => {
  it('keeps a short name on one line', () => {
    expect(breakLines('哈密瓜', 100, measure10)).toEqual(['哈密瓜']);
  });

  it('breaks Chinese between any two characters', () => {
    expect(breakLines('阿克苏冰糖心苹果', 50, measure10)).toEqual(['阿克苏冰糖', '心苹果']);
  });

  it('breaks English at spaces, never inside a word that fits', () => {
    expect(breakLines('Aksu ice-sugar apples', 60, measure10)).toEqual(['Aksu', 'ice-sugar', 'apples']);
  });

  it('cuts a word longer than the line by character', () => {
    const lines = breakLines('Supercalifragilistic', 40, measure10);
    expect(lines).toEqual(['Supercal', 'ifragili', 'stic']);
    for (const line of lines) expect(measure10(line)).toBeLessThanOrEqual(40);
  });

  it('never starts a line with closing punctuation (kinsoku)', () => {
    const lines = breakLines('新疆干果礼盒，双11限定。', 50, measure10);
    for (const line of lines) expect(line).not.toMatch(/^[，。]/u);
    expect(lines.join('')).toBe('新疆干果礼盒，双11限定。');
  });

  it('never ends a line with an opening bracket', () => {
    const lines = breakLines('礼盒（双11）', 30, measure10);
    for (const line of lines) expect(line).not.toMatch(/（$/u);
  });

  it('mixes Chinese and Latin runs, breaking where either allows', () => {
    expect(breakLines('双11 Xinjiang 礼盒', 50, measure10)).toEqual(['双11', 'Xinjiang', '礼盒']);
  });

  it('ends the last kept line with an ellipsis when a long name is cut to maxLines', () => {
    const lines = breakLines('新疆阿克苏冰糖心红富士苹果特级大果十斤装礼盒', 60, measure10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/u);
    expect(measure10(lines[1] ?? '')).toBeLessThanOrEqual(60);
  });

  it('returns no lines for blank text and collapses runs of spaces', () => {
    expect(breakLines('   ', 50, measure10)).toEqual([]);
    expect(breakLines('a   b', 50, measure10)).toEqual(['a b']);
  });

  it('loses no characters and never overflows when text is not truncated', () => {
    const alphabet = fc.constantFrom(...'苹果石榴双十一 abcXYZ，。（）-'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }),
        fc.integer({ min: 20, max: 120 }),
        (chars, width) => {
          const text = chars.join('').replace(/\s+/gu, ' ').trim();
          const lines = breakLines(text, width, measure10);
          expect(lines.join('').replace(/ /gu, '')).toBe(text.replace(/ /gu, ''));
          for (const line of lines) {
            // A kinsoku-glued pair (two CJK characters) may overflow a line narrower than itself, nothing else.
            expect(measure10(line)).toBeLessThanOrEqual(Math.max(width, 20));
          }
        },
      ),
    );
  });
});

describe('breakPieces', () => {
  it('glues closing marks to the character before and opening marks to the one after', () => {
    expect(breakPieces('果，（礼')).toEqual(['果，', '（礼']);
  });
});
