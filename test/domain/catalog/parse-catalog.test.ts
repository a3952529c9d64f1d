import { describe, expect, it } from 'vitest';
import {
  describeCatalogErrors,
  formatPath,
  maxCatalogErrors,
  parseCatalog,
} from '../../../src/domain/catalog';
import { parseCatalogText } from '../../../src/merchant/import-catalog';
import { makeCatalogJson } from '../../factories/catalog';

type CatalogJson = ReturnType<typeof makeCatalogJson>;

/** Each case breaks one thing in a valid catalog and names the error line a merchant must see. */
const malformed: [string, (catalog: CatalogJson) => void, string][] = [
  [
    'a fractional list price',
    (c) => (c.products[3]!.priceFen = 45.9),
    'products[3].priceFen: must be a positive integer',
  ],
  [
    'a negative list price',
    (c) => (c.products[0]!.priceFen = -100),
    'products[0].priceFen: must be a positive integer',
  ],
  [
    'a price given as a string',
    (c) => (c.products[1]!.priceFen = '79.90'),
    'products[1].priceFen: must be a positive integer',
  ],
  ['negative stock', (c) => (c.products[2]!.stock = -1), 'products[2].stock: must be a non-negative integer'],
  [
    'a missing English name',
    (c) => delete (c.products[4]!.name as Record<string, unknown>).en,
    'products[4].name.en: must be a string',
  ],
  [
    'an empty Chinese name',
    (c) => ((c.products[0]!.name as Record<string, string>)['zh-CN'] = '  '),
    'products[0].name["zh-CN"]: must not be empty',
  ],
  [
    'a duplicate product id',
    (c) => (c.products[1]!.id = 'aksu-apple'),
    'products[1].id: duplicate product id "aksu-apple"',
  ],
  [
    'an id that is not a slug',
    (c) => (c.products[0]!.id = 'Aksu Apple'),
    'products[0].id: must be a lowercase slug',
  ],
  [
    'a model on another origin',
    (c) => (c.products[0]!.model = 'https://cdn.example.com/apple.glb'),
    'products[0].model: must be a relative path on this site',
  ],
  [
    'a protocol-relative model URL',
    (c) => (c.products[0]!.model = '//evil.example/apple.glb'),
    'products[0].model: must be a relative path on this site',
  ],
  [
    'a model path climbing out with ..',
    (c) => (c.products[5]!.model = 'models/../../etc/passwd.glb'),
    'products[5].model: must not contain "." or ".." segments',
  ],
  [
    'a javascript: poster',
    (c) => (c.products[2]!.poster = 'javascript:alert(1)'),
    'products[2].poster: must be a relative path on this site',
  ],
  [
    'an unknown promotion kind',
    (c) => (c.promotions[0]!.kind = 'lucky-draw'),
    'promotions[0].kind: must be one of: flash-price, percent-off',
  ],
  [
    'a promotion for a product that does not exist',
    (c) => (c.promotions[1]!.productIds = ['kashgar-pomegranate', 'durian']),
    'promotions[1].productIds[1]: refers to unknown product "durian"',
  ],
  [
    'a date without an offset',
    (c) => (c.promotions[2]!.startsAt = '2026-11-11 00:00'),
    'promotions[2].startsAt: must be an ISO-8601 date-time with an offset',
  ],
  [
    'a window that ends before it starts',
    (c) => (c.promotions[3]!.endsAt = '2026-10-01T00:00:00+08:00'),
    'promotions[3].endsAt: must be later than startsAt',
  ],
  [
    'a duplicate promotion id',
    (c) => (c.promotions[4]!.id = 'apple-flash'),
    'promotions[4].id: duplicate promotion id "apple-flash"',
  ],
  [
    'percent-off over 99%',
    (c) => (c.promotions[1]!.percent = 120),
    'promotions[1].percent: must be an integer between 1 and 99',
  ],
  [
    'a multi-buy that pays for as many as it gives',
    (c) => (c.promotions[2]!.pay = 3),
    'promotions[2].pay: must be less than buy',
  ],
  [
    'a deposit worth less than it costs',
    (c) => (c.promotions[6]!.depositValueFen = 1000),
    'promotions[6].depositValueFen: must be at least depositFen',
  ],
  [
    'a balance window before the deposit window ends',
    (c) => (c.promotions[6]!.balanceStartsAt = '2026-11-01T00:00:00+08:00'),
    'promotions[6].balanceStartsAt: must not be before the deposit window ends',
  ],
  [
    'a lower-case coupon code',
    (c) => (c.promotions[4]!.code = 'xj15'),
    'promotions[4].code: must be 3-20 uppercase letters or digits',
  ],
  [
    'an unknown field (typo) on a product',
    (c) => (c.products[0]!.pricefen = 100),
    'products[0]: unknown field(s): pricefen',
  ],
  [
    'a store in another time zone',
    (c) => (c.store.timeZone = 'Europe/Berlin'),
    'store.timeZone: must be "Asia/Shanghai"',
  ],
  ['an empty product list', (c) => (c.products = []), 'products: must list at least one product'],
  [
    'a name made only of zero-width characters',
    (c) => ((c.products[0]!.name as Record<string, string>).en = '\u200b\u200b\u200d'),
    'products[0].name.en: must not contain control, zero-width or bidi characters',
  ],
  [
    'a bidi override that reorders a price into a name',
    (c) =>
      ((c.products[0]!.name as Record<string, string>).en = 'Apples \u202especial price \u00a50.10\u202c'),
    'products[0].name.en: must not contain control, zero-width or bidi characters',
  ],
  [
    'a control character in a unit',
    (c) => ((c.products[0]!.unit as Record<string, string>)['zh-CN'] = '箱\u0007'),
    'products[0].unit["zh-CN"]: must not contain control, zero-width or bidi characters',
  ],
  ['a future schema version', (c) => (c.schemaVersion = 2), 'schemaVersion: must be 1'],
];

describe('parseCatalog', () => {
  it('accepts the demo store catalog', () => {
    expect(parseCatalog(makeCatalogJson())).toMatchObject({ ok: true });
  });

  it.each(malformed)('rejects %s and names the JSON path and the rule', (_name, breakIt, expected) => {
    const catalog = makeCatalogJson();
    breakIt(catalog);
    const result = parseCatalog(catalog);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeCatalogErrors(result.errors).some((line) => line.startsWith(expected))).toBe(true);
  });

  it('reports every problem at once, not just the first', () => {
    const catalog = makeCatalogJson();
    catalog.products[0]!.priceFen = 0;
    catalog.products[1]!.stock = 1.5;
    catalog.promotions[0]!.kind = 'mystery';
    const result = parseCatalog(catalog);
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual(
      expect.arrayContaining(['products[0].priceFen', 'products[1].stock', 'promotions[0].kind']),
    );
  });

  it('rejects things that are not catalogs at all without throwing', () => {
    for (const junk of [null, 42, 'catalog', [], { products: 'many' }]) {
      const result = parseCatalog(junk);
      expect(result.ok).toBe(false);
    }
  });
});

describe('parseCatalog on huge or hostile catalogs', () => {
  it('lists the first errors of a catalog with 120,000 schema errors and counts the rest', () => {
    const catalog = makeCatalogJson();
    const product = catalog.products[0]!;
    // Five bad fields in each of 24,000 products.
    catalog.products = Array.from({ length: 24_000 }, () => ({
      ...product,
      id: 'Not A Slug',
      priceFen: -1,
      lowest30DayFen: 1.5,
      stock: 'many',
      model: 7,
    }));
    const result = parseCatalog(catalog);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(maxCatalogErrors + 1);
    expect(result.errors[0]?.path).toBe('products[0].id');
    expect(result.errors.at(-1)).toEqual({ path: '(root)', message: 'and 119950 more errors' });
  });

  it('refuses a million wrong-typed products clearly instead of overflowing the stack', () => {
    const catalog = makeCatalogJson() as { products: unknown[] };
    catalog.products = new Array<number>(1_000_000).fill(7);
    const result = parseCatalog(catalog);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toEqual({ path: 'products[0]', message: 'must be object' });
    expect(result.errors.at(-1)?.message).toBe(`and ${1_000_000 - maxCatalogErrors} more errors`);
  });

  it('gives an import of a million wrong-typed products a clear error', () => {
    const text = `{"schemaVersion":1,"products":[${'7,'.repeat(999_999)}7]}`;
    const result = parseCatalogText(text);
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : describeCatalogErrors(result.errors);
    expect(lines.join('\n')).not.toContain('Maximum call stack');
    expect(lines).toContain('products[0]: must be object');
    expect(lines.at(-1)).toMatch(/^\(root\): and \d+ more errors$/);
  });

  it('still reports whole-catalog rules once every entry is valid', () => {
    const catalog = makeCatalogJson();
    catalog.products[1]!.id = catalog.products[0]!.id;
    const result = parseCatalog(catalog);
    expect(result.ok ? [] : describeCatalogErrors(result.errors)).toContain(
      `products[1].id: duplicate product id "${catalog.products[0]!.id}"`,
    );
  });
});

describe('formatPath', () => {
  it('writes array indexes in brackets and odd keys quoted', () => {
    expect(formatPath(['products', 3, 'name', 'zh-CN'])).toBe('products[3].name["zh-CN"]');
    expect(formatPath(['store', 'id'])).toBe('store.id');
  });
});
