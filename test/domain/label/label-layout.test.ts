import { describe, expect, it } from 'vitest';
import { DEFAULT_LABEL_CODE_SIZE_MM, labelCodeSizeMetres, labelLayout } from '../../../src/domain/label';

describe('label layout', () => {
  it('centres the code on the origin at its printed size, with a 4-module quiet zone inside the card', () => {
    const layout = labelLayout(30, 33);
    expect(layout.code).toEqual({ x: -15, y: -15, width: 30, height: 30 });
    expect(layout.moduleMm).toBeCloseTo(30 / 33);
    const quiet = 4 * layout.moduleMm;
    expect(layout.card.x).toBeCloseTo(-15 - quiet);
    expect(layout.card.y + layout.card.height).toBeCloseTo(15 + quiet);
    // The printed product code sits under the QR, the price panel to its right.
    expect(layout.codeText.y + layout.codeText.height).toBeLessThanOrEqual(-15);
    expect(layout.info.x).toBeCloseTo(15 + quiet);
  });

  it('refuses sizes a shelf printer cannot print', () => {
    expect(() => labelLayout(0, 25)).toThrow(RangeError);
    expect(() => labelLayout(5, 29)).toThrow(/too small/);
    expect(() => labelLayout(30, 20)).toThrow(RangeError);
  });

  it('reads the code size from the store settings, 30 mm by default', () => {
    expect(DEFAULT_LABEL_CODE_SIZE_MM).toBe(30);
    expect(labelCodeSizeMetres({ labelCodeSizeMm: 40 })).toBeCloseTo(0.04);
    expect(labelCodeSizeMetres({})).toBeCloseTo(0.03);
    expect(labelCodeSizeMetres(null)).toBeCloseTo(0.03);
  });
});
