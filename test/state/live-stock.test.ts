import { describe, expect, it } from 'vitest';
import { quote } from '../../src/domain/pricing';
import { createShelfsightStore } from '../../src/state/store';
import { makeDemoCatalog } from '../factories/catalog';
import { memoryStorage } from './memory-storage';

const at = '2026-11-11T10:00:00+08:00';
const apple = (available: number) => ({
  products: { 'aksu-apple': { available, reserved: 0, sold: 0 } },
  flash: {},
});

describe('live stock in the app store', () => {
  it('prices with the published catalog itself while there is no live stock (static hosting)', () => {
    const store = createShelfsightStore(() => memoryStorage());
    const catalog = makeDemoCatalog();
    store.getState().setCatalog(catalog, null);
    expect(store.getState().pricedCatalog).toBe(catalog);
  });

  it('lays a snapshot and later deltas over the catalog, and keeps them across a new catalog', () => {
    const store = createShelfsightStore(() => memoryStorage());
    store.getState().applyLiveStock(apple(12), true);
    store.getState().setCatalog(makeDemoCatalog(), null);
    const stockOf = () => store.getState().pricedCatalog?.products.find((p) => p.id === 'aksu-apple')?.stock;
    expect(stockOf()).toBe(12);
    store
      .getState()
      .applyLiveStock({ products: {}, flash: { 'apple-flash': { cap: 500, taken: 500, sold: 497 } } }, false);
    expect(stockOf()).toBe(12);
    const priced = store.getState().pricedCatalog!;
    const result = quote({ catalog: priced, lines: [{ productId: 'aksu-apple', qty: 1 }], at });
    expect(result.ok && result.lines[0]!.parts.map((part) => part.kind)).toEqual(['list']);
    // A publish brings a new catalog: the live counts still win over its shelf count.
    store.getState().setCatalog(makeDemoCatalog(), null);
    expect(stockOf()).toBe(12);
    // The published catalog the studio drafts from is untouched.
    expect(store.getState().catalog?.products.find((p) => p.id === 'aksu-apple')?.stock).toBe(800);
  });

  it('sells a product out at once when a delta says nothing is available', () => {
    const store = createShelfsightStore(() => memoryStorage());
    store.getState().setCatalog(makeDemoCatalog(), null);
    store.getState().applyLiveStock(apple(0), false);
    const result = quote({
      catalog: store.getState().pricedCatalog!,
      lines: [{ productId: 'aksu-apple', qty: 1 }],
      at,
    });
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['exceeds-stock']);
  });

  it('replaces what was known with a full snapshot', () => {
    const store = createShelfsightStore(() => memoryStorage());
    store
      .getState()
      .applyLiveStock(
        { products: { 'hami-melon': { available: 1, reserved: 0, sold: 0 } }, flash: {} },
        false,
      );
    store.getState().applyLiveStock(apple(5), true);
    expect(Object.keys(store.getState().liveStock!.products)).toEqual(['aksu-apple']);
  });
});
