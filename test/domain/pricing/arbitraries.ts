import fc from 'fast-check';
import type { Catalog, Promotion } from '../../../src/domain/catalog';
import type { CartLineInput } from '../../../src/domain/pricing';
import { makeCatalog, makeProduct, makePromotion } from './factories';

const IDS = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
// Windows around the pricing instant: active, ended, not started, or ending exactly at AT.
const windows = fc.constantFrom(
  { startsAt: '2026-11-01T00:00:00+08:00', endsAt: '2026-12-01T00:00:00+08:00' },
  { startsAt: '2026-11-01T00:00:00+08:00', endsAt: '2026-11-11T10:00:00+08:00' },
  { startsAt: '2026-11-11T10:00:00+08:00', endsAt: '2026-11-12T00:00:00+08:00' },
  { startsAt: '2026-11-20T00:00:00+08:00', endsAt: '2026-12-01T00:00:00+08:00' },
);
const price = fc.integer({ min: 1, max: 200_000 });
const productIds = fc.subarray(IDS, { minLength: 1 });

function promotion(index: number): fc.Arbitrary<Promotion> {
  const id = `promo${index}`;
  const code = `CODE${index % 3}`;
  return fc.oneof(
    fc
      .record({
        w: windows,
        productIds,
        priceFen: price,
        stockCap: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
        sold: fc.option(fc.integer({ min: 0, max: 25 }), { nil: undefined }),
        perOrderLimit: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      })
      .map(({ w, ...rest }) => makePromotion('flash-price', { id, ...w, ...rest })),
    fc
      .record({ w: windows, productIds, percent: fc.integer({ min: 1, max: 99 }) })
      .map(({ w, ...rest }) => makePromotion('percent-off', { id, ...w, ...rest })),
    fc
      .record({
        w: windows,
        productIds,
        buy: fc.integer({ min: 2, max: 5 }),
        free: fc.integer({ min: 1, max: 4 }),
      })
      .map(({ w, buy, free, productIds: ids }) =>
        makePromotion('multi-buy', { id, ...w, productIds: ids, buy, pay: Math.max(1, buy - free) }),
      ),
    fc
      .record({
        w: windows,
        productIds: fc.option(productIds, { nil: undefined }),
        thresholdFen: price,
        off: fc.integer({ min: 1, max: 200_000 }),
        repeat: fc.boolean(),
        maxOffFen: fc.option(price, { nil: undefined }),
      })
      .map(({ w, off, thresholdFen, ...rest }) =>
        makePromotion('threshold', { id, ...w, thresholdFen, offFen: Math.min(off, thresholdFen), ...rest }),
      ),
    fc
      .record({
        w: windows,
        productIds: fc.option(productIds, { nil: undefined }),
        thresholdFen: fc.integer({ min: 0, max: 200_000 }),
        off: price,
      })
      .map(({ w, off, thresholdFen, productIds: ids }) =>
        makePromotion('coupon', {
          id,
          code,
          ...w,
          thresholdFen,
          offFen: thresholdFen > 0 ? Math.min(off, thresholdFen) : off,
          productIds: ids,
        }),
      ),
    fc
      .record({
        w: windows,
        thresholdFen: price,
        off: price,
        maxOffFen: fc.option(price, { nil: undefined }),
      })
      .map(({ w, off, thresholdFen, maxOffFen }) =>
        makePromotion('cross-store', {
          id,
          ...w,
          thresholdFen,
          offFen: Math.min(off, thresholdFen),
          maxOffFen,
        }),
      ),
    fc
      .record({
        w: windows,
        productIds,
        presale: fc.integer({ min: 3, max: 200_000 }),
        a: fc.integer({ min: 1, max: 1_000_000 }),
        b: fc.integer({ min: 1, max: 1_000_000 }),
      })
      .map(({ w, productIds: ids, presale, a, b }) => {
        // depositFen <= depositValueFen < presalePriceFen.
        const depositValueFen = 1 + (a % (presale - 1));
        const depositFen = 1 + (b % depositValueFen);
        return makePromotion('pre-sale', {
          id,
          ...w,
          productIds: ids,
          presalePriceFen: presale,
          depositFen,
          depositValueFen,
        });
      }),
  );
}

/** A valid random catalog: up to 6 products and 8 promotions of every kind (coupon codes unique). */
export const catalogArb: fc.Arbitrary<Catalog> = fc
  .record({
    prices: fc.array(price, { minLength: IDS.length, maxLength: IDS.length }),
    promotions: fc
      .integer({ min: 0, max: 8 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => promotion(i)))),
  })
  .map(({ prices, promotions }) => {
    const seen = new Set<string>();
    const unique = promotions.filter((p) => p.kind !== 'coupon' || (!seen.has(p.code) && seen.add(p.code)));
    return makeCatalog(
      IDS.map((id, i) => makeProduct({ id, priceFen: prices[i] ?? 1 })),
      unique,
    );
  });

/** Cart lines over the catalog's products, possibly repeating a product. */
export const linesArb: fc.Arbitrary<CartLineInput[]> = fc.array(
  fc.record({ productId: fc.constantFrom(...IDS), qty: fc.integer({ min: 1, max: 40 }) }),
  { maxLength: 8 },
);

export const couponsArb = fc.subarray(['CODE0', 'CODE1', 'CODE2', 'code1', 'NOPE']);
