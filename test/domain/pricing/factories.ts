import { parseCatalog, type Catalog, type Product, type Promotion } from '../../../src/domain/catalog';
import { quote } from '../../../src/domain/pricing';
import type { CartLineInput, Quote } from '../../../src/domain/pricing';

/** The instant most tests price at: Double Eleven, 10:00 in Urumqi's official (Beijing) time. */
export const AT = '2026-11-11T10:00:00+08:00';
export const WINDOW = { startsAt: '2026-11-01T00:00:00+08:00', endsAt: '2026-12-01T00:00:00+08:00' };

/** A product priced at ¥10.00 with plenty of stock; override what the test is about. */
export function makeProduct(partial: Partial<Product> & { id: string }): Product {
  return {
    name: { 'zh-CN': partial.id, en: partial.id },
    origin: { 'zh-CN': '新疆', en: 'Xinjiang' },
    unit: { 'zh-CN': '箱', en: 'box' },
    priceFen: 1000,
    lowest30DayFen: 1000,
    stock: 100_000,
    model: `models/${partial.id}.glb`,
    ...partial,
  };
}

type Kind = Promotion['kind'];
type Of<K extends Kind> = Extract<Promotion, { kind: K }>;
type Defaults = { [K in Kind]: Omit<Of<K>, 'id' | 'kind' | 'label' | 'startsAt' | 'endsAt'> };

const defaults: Defaults = {
  'flash-price': { productIds: ['a'], priceFen: 500 },
  'percent-off': { productIds: ['a'], percent: 20 },
  'multi-buy': { productIds: ['a'], buy: 3, pay: 2 },
  threshold: { thresholdFen: 10_000, offFen: 1_000, repeat: false },
  coupon: { code: 'SAVE', thresholdFen: 5_000, offFen: 500 },
  'cross-store': { thresholdFen: 30_000, offFen: 4_000 },
  'pre-sale': {
    productIds: ['a'],
    presalePriceFen: 800,
    depositFen: 100,
    depositValueFen: 300,
    balanceStartsAt: '2026-12-01T00:00:00+08:00',
    balanceEndsAt: '2026-12-10T00:00:00+08:00',
  },
};

/** A promotion of `kind`, active through November 2026 unless the test says otherwise. */
export function makePromotion<K extends Kind>(kind: K, partial: Partial<Of<K>> = {}): Of<K> {
  const id = partial.id ?? kind;
  return {
    id,
    kind,
    label: { 'zh-CN': `促销 ${id}`, en: `Promotion ${id}` },
    ...WINDOW,
    ...defaults[kind],
    ...partial,
  } as unknown as Of<K>;
}

/** A catalog that passes the real schema (so tests never exercise data the app would reject). */
export function makeCatalog(products: Product[], promotions: Promotion[] = []): Catalog {
  const result = parseCatalog({
    schemaVersion: 1,
    updatedAt: '2026-11-01T00:00:00+08:00',
    store: {
      id: 'test-store',
      name: { 'zh-CN': '测试店', en: 'Test store' },
      address: { 'zh-CN': '乌鲁木齐', en: 'Urumqi' },
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
    },
    products,
    promotions,
  });
  if (!result.ok) throw new Error(`test catalog is invalid: ${JSON.stringify(result.errors)}`);
  return result.catalog;
}

/** Quotes and insists on success, so a test reads as the money it checks. */
export function quoteOk(
  catalog: Catalog,
  lines: CartLineInput[],
  options: { at?: Date | string; coupons?: string[] } = {},
): Quote {
  const result = quote({ catalog, lines, at: options.at ?? AT, coupons: options.coupons });
  if (!result.ok) throw new Error(`quote failed: ${JSON.stringify(result.errors)}`);
  return result;
}

/** The line of a product in a quote. */
export function lineOf(result: Quote, productId: string) {
  const line = result.lines.find((entry) => entry.productId === productId);
  if (!line) throw new Error(`no line for ${productId}`);
  return line;
}
