import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/data/catalog-source';
import { readOrderLog } from '../../src/data/order-log';
import { resetSurfaceStorage } from '../../src/data/surface-storage';
import { setAsideKeys } from '../../src/data/stored-value';
import { createCartStorage } from '../../src/state/cart-persistence';
import { createDraftStorage } from '../../src/merchant/stored-draft';
import { makeCatalogJson } from '../factories/catalog';
import { memoryStorage } from '../state/memory-storage';
import { makePaidOrder } from '../factories/paid-order';

const logKey = 'shelfsight.counter.orders';
const order = makePaidOrder();

/** Every kind of damage a stored value suffers, as the raw text found under its key. */
const damage = (good: unknown, broken: unknown) => ({
  'bad JSON': '{"oops',
  'wrong shape': JSON.stringify({ hello: 'world' }),
  'wrong types': JSON.stringify(broken),
  huge: `[${'"x",'.repeat(200_000)}"x"]`,
  'null fields': JSON.stringify(good === null ? null : { ...(good as object), lines: [null] }),
});

describe('counter log (shelfsight.counter.orders)', () => {
  it('keeps valid orders and sets aside a log with an invalid paid time', () => {
    const raw = JSON.stringify([order, { ...order, code: 'z', paidAt: 'garbage' }]);
    const storage = memoryStorage({ [logKey]: raw });
    expect(readOrderLog(storage)).toEqual([order]);
    expect(storage.getItem(`${logKey}.damaged`)).toBe(raw);
    expect(JSON.parse(storage.getItem(logKey)!)).toEqual([order]);
    expect(setAsideKeys.has(logKey)).toBe(true);
  });

  for (const [name, raw] of Object.entries(damage([order], [{ ...order, totalFen: '12' }]))) {
    it(`reads ${name} as an empty or partial log and keeps the raw text aside`, () => {
      const storage = memoryStorage({
        [logKey]: raw === 'null' ? JSON.stringify([{ ...order, lines: [null] }]) : raw,
      });
      expect(readOrderLog(storage)).toEqual([]);
      expect(storage.getItem(`${logKey}.damaged`)).not.toBeNull();
    });
  }

  it('sets aside entries whose lines hold null, so CSV export never meets one', () => {
    const storage = memoryStorage({ [logKey]: JSON.stringify([{ ...order, lines: [null] }, order]) });
    expect(readOrderLog(storage)).toEqual([order]);
  });

  it('leaves a healthy log alone', () => {
    const storage = memoryStorage({ [logKey]: JSON.stringify([order]) });
    expect(readOrderLog(storage)).toEqual([order]);
    expect(storage.getItem(`${logKey}.damaged`)).toBeNull();
  });
});

describe('studio draft (shelfsight.merchant.draft)', () => {
  const key = 'shelfsight.merchant.draft';
  const draft = makeCatalogJson();
  const saved = (state: object) => JSON.stringify({ state, version: 1 });
  const cases: Record<string, string> = {
    'bad JSON': '{"state":',
    'wrong shape': JSON.stringify([1, 2]),
    'wrong types': saved({ draft: { ...draft, products: 'none' } }),
    'an empty product': saved({ draft: { ...draft, products: [{}] } }),
    'a null name': saved({ draft: { ...draft, products: [{ ...draft.products[0], name: null }] } }),
    'an unknown promotion kind': saved({ draft: { ...draft, promotions: [{ id: 'p', kind: 'nope' }] } }),
    huge: saved({ draft: { ...draft, products: Array.from({ length: 50_000 }, () => ({ id: 1 })) } }),
  };
  for (const [name, raw] of Object.entries(cases)) {
    it(`sets aside a draft with ${name}`, () => {
      const storage = memoryStorage({ [key]: raw });
      expect(createDraftStorage(() => storage).getItem(key)).toBeNull();
      expect(storage.getItem(`${key}.damaged`)).toBe(raw);
      expect(storage.getItem(key)).toBeNull();
    });
  }

  it('keeps a draft with typed-in values, resetting bookkeeping with an invalid date', () => {
    const product = { ...draft.products[0], priceFen: '12.3', name: { 'zh-CN': '', en: 'x' } };
    const raw = saved({ draft: { ...draft, products: [product] }, savedJson: null, dirtySince: 'garbage' });
    const storage = memoryStorage({ [key]: raw });
    const read = createDraftStorage(() => storage).getItem(key) as { state: { dirtySince: unknown } };
    expect(read.state.dirtySince).toBeNull();
    expect(storage.getItem(`${key}.damaged`)).toBeNull();
  });
});

describe('last good catalog (shelfsight.catalog.lastGood)', () => {
  const key = 'shelfsight.catalog.lastGood';
  const offline = (async () => {
    throw new TypeError('Failed to fetch');
  }) as typeof fetch;
  const cases: Record<string, string> = {
    'bad JSON': '{"savedAt"',
    'wrong shape': '[]',
    'wrong types': JSON.stringify({ savedAt: 12, catalog: makeCatalogJson() }),
    'an invalid date': JSON.stringify({ savedAt: 'garbage', catalog: makeCatalogJson() }),
    'null fields': JSON.stringify({ savedAt: null, catalog: null }),
    huge: JSON.stringify({
      savedAt: '2026-11-11T02:00:00.000Z',
      catalog: { products: Array(100_000).fill({}) },
    }),
  };
  for (const [name, raw] of Object.entries(cases)) {
    it(`sets aside a saved copy with ${name}, so offline shows no copy instead of throwing`, async () => {
      const storage = memoryStorage({ [key]: raw });
      const result = await loadCatalog('/catalog.json', { fetcher: offline, storage });
      expect(result.catalog).toBeNull();
      expect(result.notice).toMatchObject({ kind: 'unreachable', keptFrom: null });
      expect(storage.getItem(`${key}.damaged`)).toBe(raw);
    });
  }
});

describe('cart (shelfsight.cart)', () => {
  it('sets aside a damaged cart and starts an empty one', () => {
    const storage = memoryStorage({ 'shelfsight.cart': '{"state":{"cartLines":[null]},"version":2}' });
    const read = createCartStorage(() => storage).getItem('shelfsight.cart') as { state: object };
    expect(read.state).toMatchObject({ cartLines: [], cartRecovered: true });
    expect(storage.getItem('shelfsight.cart.damaged')).toContain('cartLines');
  });
});

describe("reset this device's saved data for this screen", () => {
  it("sets aside only the screen's own keys", () => {
    const storage = memoryStorage({
      [logKey]: '[]',
      'shelfsight.cart': '{}',
      'shelfsight.locale': 'en',
      'shelfsight.catalog.lastGood': '{}',
    });
    resetSurfaceStorage('/counter', storage);
    expect(storage.getItem(logKey)).toBeNull();
    expect(storage.getItem(`${logKey}.damaged`)).toBe('[]');
    expect(storage.getItem('shelfsight.cart')).toBe('{}');
    expect(storage.getItem('shelfsight.locale')).toBe('en');
  });
});
