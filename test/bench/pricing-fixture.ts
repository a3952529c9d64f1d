import type { Catalog, Product, Promotion } from '../../src/domain/catalog';
import type { CartLineInput } from '../../src/domain/pricing';

const WINDOW = { startsAt: '2026-11-01T00:00:00+08:00', endsAt: '2026-12-01T00:00:00+08:00' };
export const BENCH_AT = '2026-11-11T10:00:00+08:00';

// A small deterministic generator, so every run prices the same carts.
function lcg(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % n;
  };
}

function product(i: number, priceFen: number): Product {
  const id = `p${i}`;
  const text = { 'zh-CN': id, en: id };
  return {
    id,
    name: text,
    origin: text,
    unit: text,
    priceFen,
    lowest30DayFen: priceFen,
    stock: 1_000_000,
    model: `models/${id}.glb`,
  };
}

/**
 * A catalog of `products` products and 200 promotions active at BENCH_AT, every kind represented:
 * 60 percent-off, 40 flash, 30 multi-buy, 20 pre-sale (10 products each), 25 thresholds, 15 coupons,
 * 10 cross-store. Built directly (already valid), so the bench measures pricing, not parsing.
 */
export function benchCatalog(products: number): Catalog {
  const rand = lcg(11_11);
  const list = Array.from({ length: products }, (_, i) => product(i, 500 + rand(20_000)));
  const ids = (count: number) =>
    Array.from(new Set(Array.from({ length: count }, () => `p${rand(products)}`)));
  const label = (id: string) => ({ 'zh-CN': id, en: id });
  const promotions: Promotion[] = [];
  const add = (count: number, make: (id: string, i: number) => Promotion) => {
    for (let i = 0; i < count; i++) promotions.push(make(`promo-${promotions.length}`, i));
  };
  add(60, (id) => ({
    id,
    label: label(id),
    ...WINDOW,
    kind: 'percent-off',
    productIds: ids(10),
    percent: 5 + rand(40),
  }));
  add(40, (id) => ({
    id,
    label: label(id),
    ...WINDOW,
    kind: 'flash-price',
    productIds: ids(10),
    priceFen: 300 + rand(5_000),
    stockCap: 500,
    sold: rand(400),
    perOrderLimit: 1 + rand(5),
  }));
  add(30, (id) => ({
    id,
    label: label(id),
    ...WINDOW,
    kind: 'multi-buy',
    productIds: ids(10),
    buy: 3,
    pay: 2,
  }));
  add(20, (id) => ({
    id,
    label: label(id),
    ...WINDOW,
    kind: 'pre-sale',
    productIds: ids(10),
    presalePriceFen: 20_000,
    depositFen: 1_000,
    depositValueFen: 3_000,
    balanceStartsAt: '2026-12-01T00:00:00+08:00',
    balanceEndsAt: '2026-12-10T00:00:00+08:00',
  }));
  add(25, (id, i) => ({
    id,
    label: label(id),
    ...WINDOW,
    kind: 'threshold',
    ...(i % 2 ? { productIds: ids(50) } : {}),
    thresholdFen: 10_000 * (1 + rand(30)),
    offFen: 1_000 + rand(5_000),
    repeat: i % 3 === 0,
  }));
  add(15, (id, i) => ({
    id,
    label: label(id),
    ...WINDOW,
    kind: 'coupon',
    code: `BENCH${i}`,
    thresholdFen: 5_000 * (1 + rand(20)),
    offFen: 500 + rand(4_000),
    ...(i % 2 ? { productIds: ids(50) } : {}),
  }));
  add(10, (id) => ({
    id,
    label: label(id),
    ...WINDOW,
    kind: 'cross-store',
    thresholdFen: 30_000,
    offFen: 4_000,
    maxOffFen: 100_000,
  }));
  return {
    schemaVersion: 1,
    updatedAt: WINDOW.startsAt,
    store: {
      id: 'bench',
      name: label('bench'),
      address: label('bench'),
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
    },
    products: list,
    promotions,
  };
}

/** A cart of `lines` distinct products, quantities 1–12. */
export function benchCart(lines: number): CartLineInput[] {
  const rand = lcg(2026);
  return Array.from({ length: lines }, (_, i) => ({ productId: `p${i}`, qty: 1 + rand(12) }));
}

export const BENCH_COUPONS = ['BENCH0', 'BENCH1', 'BENCH2'];
