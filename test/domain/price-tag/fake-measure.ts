import type { FontMeasure, Measure } from '../../../src/domain/price-tag';

const wide = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/u;

/** A monospace-ish stand-in for canvas measureText: CJK characters are 1 em wide, everything else half an em. */
export const fontMeasure: FontMeasure = (text, size, bold) =>
  Array.from(text).reduce((width, char) => width + (wide.test(char) ? 1 : 0.5), 0) * size * (bold ? 1.05 : 1);

/** The same at 10 px, for line-breaking tests: a CJK character is 10 wide, a Latin one 5. */
export const measure10: Measure = (text) => fontMeasure(text, 10, false);
