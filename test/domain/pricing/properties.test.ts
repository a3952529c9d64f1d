import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quote, type Quote } from '../../../src/domain/pricing';
import { AT } from './factories';
import { catalogArb, couponsArb, linesArb } from './arbitraries';

const RUNS = { numRuns: 1000 };

function mustQuote(result: ReturnType<typeof quote>): Quote {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

const isFen = (value: number) => Number.isSafeInteger(value) && value >= 0;

describe('pricing properties (fast-check)', () => {
  it('keeps every amount a non-negative integer with 0 <= totalFen <= listFen', () => {
    fc.assert(
      fc.property(catalogArb, linesArb, couponsArb, (catalog, lines, coupons) => {
        const result = mustQuote(quote({ catalog, lines, at: AT, coupons }));
        const { listFen, itemDiscountFen, orderDiscountFen, totalFen, payNowFen, payLaterFen } = result;
        for (const value of [listFen, itemDiscountFen, orderDiscountFen, totalFen, payNowFen, payLaterFen]) {
          expect(isFen(value)).toBe(true);
        }
        expect(totalFen).toBeLessThanOrEqual(listFen);
        expect(totalFen).toBe(listFen - itemDiscountFen - orderDiscountFen);
        expect(payNowFen + payLaterFen).toBe(totalFen);
        for (const line of result.lines) {
          for (const value of [
            line.listFen,
            line.itemDiscountFen,
            line.orderDiscountFen,
            line.payFen,
            line.payNowFen,
            line.payLaterFen,
          ]) {
            expect(isFen(value)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('sums line amounts exactly to the totals, and reductions to what was applied', () => {
    fc.assert(
      fc.property(catalogArb, linesArb, couponsArb, (catalog, lines, coupons) => {
        const result = mustQuote(quote({ catalog, lines, at: AT, coupons }));
        const sum = (pick: (line: Quote['lines'][number]) => number) =>
          result.lines.reduce((acc, line) => acc + pick(line), 0);
        expect(sum((line) => line.payFen)).toBe(result.totalFen);
        expect(sum((line) => line.listFen)).toBe(result.listFen);
        expect(sum((line) => line.payLaterFen)).toBe(result.payLaterFen);
        const appliedFen = result.applied.reduce((acc, entry) => acc + entry.fen, 0);
        expect(appliedFen).toBe(result.itemDiscountFen + result.orderDiscountFen);
        expect(result.applied.every((entry) => entry.fen > 0)).toBe(true);
      }),
      RUNS,
    );
  });

  it('does not depend on line order or on how a product’s quantity is split over lines', () => {
    fc.assert(
      fc.property(
        catalogArb,
        linesArb,
        couponsArb,
        fc.infiniteStream(fc.nat()),
        (catalog, lines, coupons, random) => {
          const reference = quote({ catalog, lines, at: AT, coupons });
          const split = lines.flatMap((line) =>
            line.qty > 1
              ? [
                  { ...line, qty: 1 },
                  { ...line, qty: line.qty - 1 },
                ]
              : [line],
          );
          const keys = split.map(() => random.next().value ?? 0);
          const shuffled = split
            .map((line, i) => ({ line, key: keys[i] ?? 0 }))
            .sort((a, b) => a.key - b.key)
            .map(({ line }) => line);
          expect(quote({ catalog, lines: shuffled, at: AT, coupons })).toEqual(reference);
        },
      ),
      RUNS,
    );
  });

  it('returns the same output for the same input', () => {
    fc.assert(
      fc.property(catalogArb, linesArb, couponsArb, (catalog, lines, coupons) => {
        const first = quote({ catalog, lines, at: AT, coupons });
        const again = quote({
          catalog: structuredClone(catalog),
          lines: structuredClone(lines),
          at: new Date(AT),
          coupons,
        });
        expect(again).toEqual(first);
      }),
      RUNS,
    );
  });

  it('never charges more than without promotions, and never more per line than list', () => {
    fc.assert(
      fc.property(catalogArb, linesArb, (catalog, lines) => {
        const result = mustQuote(quote({ catalog, lines, at: AT }));
        for (const line of result.lines) expect(line.payFen).toBeLessThanOrEqual(line.listFen);
        const bare = mustQuote(quote({ catalog: { ...catalog, promotions: [] }, lines, at: AT }));
        expect(result.totalFen).toBeLessThanOrEqual(bare.totalFen);
      }),
      RUNS,
    );
  });
});
