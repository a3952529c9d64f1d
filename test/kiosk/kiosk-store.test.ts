import { describe, expect, it } from 'vitest';
import { createKioskStore } from '../../src/kiosk/kiosk-store';

describe('kiosk store', () => {
  it('adds to the kiosk cart up to the stock and enters touch mode', () => {
    const store = createKioskStore();
    store.getState().add('hami-melon', 2);
    store.getState().add('hami-melon', 2);
    store.getState().add('hami-melon', 2);
    expect(store.getState().lines).toEqual([{ productId: 'hami-melon', qty: 2 }]);
    expect(store.getState().mode).toBe('touch');
  });

  it('advances the loop only in attract mode', () => {
    const store = createKioskStore();
    store.getState().advance();
    store.getState().touch('aksu-apple');
    store.getState().advance();
    expect(store.getState().advances).toBe(1);
    expect(store.getState().selectedId).toBe('aksu-apple');
  });

  it('empties the cart and returns to the loop on reset', () => {
    const store = createKioskStore();
    store.getState().add('aksu-apple', 10);
    store.getState().setQty('aksu-apple', 5, 10);
    store.getState().reset();
    expect(store.getState()).toMatchObject({ mode: 'attract', lines: [], selectedId: null, resets: 1 });
  });

  it('removes a line when its quantity goes to zero', () => {
    const store = createKioskStore();
    store.getState().add('aksu-apple', 10);
    store.getState().setQty('aksu-apple', 0, 10);
    expect(store.getState().lines).toEqual([]);
  });
});
