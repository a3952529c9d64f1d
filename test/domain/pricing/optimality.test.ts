import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, percentOffUnitFen } from '../../../src/domain/pricing';
import { makeCatalog, makeProduct, makePromotion, quoteOk } from './factories';

const RUNS = { numRuns: 1000 };

describe('item level is the cheapest mix for a single product (fast-check vs brute force)', () => {
  it('matches the best of every possible number of multi-buy groups', () => {
    fc.assert(
      fc.property(
        fc.record({
          listFen: fc.integer({ min: 1, max: 50_000 }),
          flashFen: fc.integer({ min: 1, max: 50_000 }),
          limit: fc.integer({ min: 1, max: 12 }),
          percent: fc.integer({ min: 1, max: 99 }),
          buy: fc.integer({ min: 2, max: 6 }),
          free: fc.integer({ min: 1, max: 5 }),
          qty: fc.integer({ min: 1, max: 40 }),
        }),
        ({ listFen, flashFen, limit, percent, buy, free, qty }) => {
          const pay = Math.max(1, buy - free);
          const catalog = makeCatalog(
            [makeProduct({ id: 'a', priceFen: listFen })],
            [
              makePromotion('flash-price', { priceFen: flashFen, perOrderLimit: limit }),
              makePromotion('percent-off', { percent }),
              makePromotion('multi-buy', { buy, pay }),
            ],
          );
          // Brute force: try every group count g; the rest takes flash (up to the limit) then the best of
          // list and percent-off.
          const unit = Math.min(listFen, percentOffUnitFen(listFen, percent));
          let best = Infinity;
          for (let g = 0; g * buy <= qty; g++) {
            const rest = qty - g * buy;
            const flash = flashFen < unit ? Math.min(limit, rest) : 0;
            best = Math.min(best, g * pay * listFen + flash * flashFen + (rest - flash) * unit);
          }
          expect(quoteOk(catalog, [{ productId: 'a', qty }]).totalFen).toBe(best);
        },
      ),
      RUNS,
    );
  });
});

describe('apportion matches a sort-based largest-remainder reference (fast-check)', () => {
  it('gives the same shares as sorting every remainder', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 60 }),
        fc.nat(),
        (weights, seed) => {
          const sum = weights.reduce((a, b) => a + b, 0);
          const total = sum === 0 ? 0 : seed % (sum + 1);
          const floors = weights.map((w) => Math.floor((total * w) / sum) || 0);
          const order = weights
            .map((w, i) => ({ i, r: sum === 0 ? 0 : (total * w) % sum }))
            .sort((a, b) => b.r - a.r || a.i - b.i);
          let left = total - floors.reduce((a, b) => a + b, 0);
          for (const { i } of order) if (left-- > 0) floors[i] = (floors[i] ?? 0) + 1;
          const shares = apportion(total, weights);
          expect(shares).toEqual(floors);
          expect(shares.every((share, i) => share <= (weights[i] ?? 0))).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
