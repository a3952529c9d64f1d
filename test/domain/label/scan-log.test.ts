import { describe, expect, it } from 'vitest';
import { emptyScanLog, parseLabelPayload, recordScan } from '../../../src/domain/label';

const context = { origin: 'https://shop.example', productIds: ['aksu-apple', 'hami-melon'] };
const code = (text: string) => ({ text, result: parseLabelPayload(text, context) });
const apple = code('https://shop.example/p/aksu-apple?shelf=A-1');
const melon = code('https://shop.example/p/hami-melon');
const foreign = code('https://evil.example/p/aksu-apple');

describe('scan log', () => {
  it('records a recognized label and an ignored code once each, newest first', () => {
    const log = recordScan(recordScan(emptyScanLog, 1, [apple, foreign]), 2, [melon]);
    expect(log.recognized.map((entry) => entry.productId)).toEqual(['hami-melon', 'aksu-apple']);
    expect(log.recognized[1]).toEqual({ productId: 'aksu-apple', shelfId: 'A-1', at: 1 });
    expect(log.ignored).toEqual([
      {
        text: 'https://evil.example/p/aksu-apple',
        reason: 'foreign-origin',
        detail: 'https://evil.example',
        at: 1,
      },
    ]);
  });

  it('returns the same log for repeated frames of the same codes (no spam, no re-render)', () => {
    let log = recordScan(emptyScanLog, 0, [apple, melon, foreign]);
    const before = log;
    for (let frame = 1; frame < 90; frame++) log = recordScan(log, frame * 33, [melon, apple, foreign]);
    expect(log).toBe(before);
  });

  it('moves a product back to the top only when the shopper asks (manual entry)', () => {
    const log = recordScan(emptyScanLog, 0, [apple, melon]);
    expect(log.recognized[0]!.productId).toBe('hami-melon');
    expect(recordScan(log, 5, [apple])).toBe(log);
    const promoted = recordScan(log, 5, [apple], { promote: true });
    expect(promoted.recognized.map((entry) => entry.productId)).toEqual(['aksu-apple', 'hami-melon']);
  });

  it('keeps the lists short', () => {
    let log = emptyScanLog;
    for (let i = 0; i < 20; i++) log = recordScan(log, i, [code(`junk ${i}`)]);
    expect(log.ignored).toHaveLength(5);
    expect(log.ignored[0]!.text).toBe('junk 19');
  });
});
