import { describe, expect, it } from 'vitest';
import { cartStorageKey, decodeSavedCart } from '../../src/state/cart-persistence';
import { createShelfsightStore } from '../../src/state/store';
import { memoryStorage } from './memory-storage';

const saved = (value: unknown) => ({ [cartStorageKey]: JSON.stringify(value) });

describe('cart persistence', () => {
  it('keeps the cart across a reload', () => {
    const storage = memoryStorage();
    const first = createShelfsightStore(() => storage);
    first.getState().addToCart('aksu-apple', 2);
    first.getState().addToCart('hami-melon');
    const second = createShelfsightStore(() => storage);
    expect(second.getState().cartLines).toEqual([
      { productId: 'aksu-apple', qty: 2 },
      { productId: 'hami-melon', qty: 1 },
    ]);
    expect(second.getState().cartRecovered).toBe(false);
  });

  it('persists only the cart, not the catalog, selection or locale', () => {
    const storage = memoryStorage();
    const store = createShelfsightStore(() => storage);
    store.getState().addToCart('aksu-apple');
    store.getState().selectProduct('aksu-apple');
    store.getState().setLocale('en');
    const raw = JSON.parse(storage.getItem(cartStorageKey) ?? '{}');
    expect(Object.keys(raw.state).sort()).toEqual(['cartCoupons', 'cartLines']);
  });

  it.each([
    ['text that is not JSON', { [cartStorageKey]: '{"state": {"cartLines": [' }],
    ['a cart that is not a list', saved({ state: { cartLines: 'apples' }, version: 1 })],
    [
      'a line with a negative quantity',
      saved({ state: { cartLines: [{ productId: 'aksu-apple', qty: -3 }] }, version: 1 }),
    ],
    [
      'a line with a fractional quantity',
      saved({ state: { cartLines: [{ productId: 'aksu-apple', qty: 1.5 }] }, version: 1 }),
    ],
    [
      'a product id with markup',
      saved({ state: { cartLines: [{ productId: '<img src=x>', qty: 1 }] }, version: 1 }),
    ],
    ['an unknown future version', saved({ state: { cartLines: [] }, version: 99 })],
    ['a bare number', { [cartStorageKey]: '42' }],
  ])('recovers from %s with an empty cart and a notice, never a crash', (_name, initial) => {
    const store = createShelfsightStore(() => memoryStorage(initial));
    expect(store.getState().cartLines).toEqual([]);
    expect(store.getState().cartRecovered).toBe(true);
  });

  it('migrates a version-1 cart (no coupons yet) to the current shape', () => {
    const store = createShelfsightStore(() =>
      memoryStorage(saved({ state: { cartLines: [{ productId: 'hami-melon', qty: 1 }] }, version: 1 })),
    );
    expect(store.getState().cartLines).toEqual([{ productId: 'hami-melon', qty: 1 }]);
    expect(store.getState().cartCoupons).toEqual([]);
    expect(store.getState().cartRecovered).toBe(false);
  });

  it('keeps entered coupons across a reload, normalised to upper case', () => {
    const storage = memoryStorage();
    const first = createShelfsightStore(() => storage);
    first.getState().addCoupon(' xj15 ');
    first.getState().addCoupon('XJ15');
    expect(createShelfsightStore(() => storage).getState().cartCoupons).toEqual(['XJ15']);
  });

  it('recovers from saved coupons with markup in them', () => {
    const store = createShelfsightStore(() =>
      memoryStorage(saved({ state: { cartLines: [], cartCoupons: ['<b>'] }, version: 2 })),
    );
    expect(store.getState().cartRecovered).toBe(true);
  });

  it('migrates the version-0 cart shape', () => {
    const store = createShelfsightStore(() =>
      memoryStorage(saved({ state: { items: { 'aksu-apple': 2, 'hotan-jujubes': 3 } }, version: 0 })),
    );
    expect(store.getState().cartLines).toEqual([
      { productId: 'aksu-apple', qty: 2 },
      { productId: 'hotan-jujubes', qty: 3 },
    ]);
    expect(store.getState().cartRecovered).toBe(false);
  });

  it('still works when storage itself throws (private mode)', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    } as unknown as Storage;
    const store = createShelfsightStore(() => throwing);
    store.getState().addToCart('aksu-apple');
    expect(store.getState().cartLines).toEqual([{ productId: 'aksu-apple', qty: 1 }]);
  });

  it('reads nothing saved as no cart at all (no recovery notice)', () => {
    expect(decodeSavedCart(null)).toBeNull();
  });
});
