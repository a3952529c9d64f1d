import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from './memory-storage';

const key = 'shelfsight.order.active:';
const order = {
  id: 7,
  shortCode: '8YX-AC7',
  code: '2.hualing-xinjiang-produce.7.sig.crc',
  status: 'reserved',
  lines: [],
  totalFen: 9980,
  payNowFen: 9980,
  payLaterFen: 0,
  coupons: [],
  appliedCoupon: null,
  createdAt: '2026-11-11T00:00:01+08:00',
  expiresAt: '2026-11-11T00:30:01+08:00',
  paidAt: null,
  catalogVersion: 3,
};

let storage: Storage;
async function readWith(raw: string) {
  storage = memoryStorage({ [key]: raw });
  vi.stubGlobal('localStorage', storage);
  vi.resetModules();
  const { activeOrder } = await import('../../src/state/active-order');
  return activeOrder();
}

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

describe('the stored open order (store server)', () => {
  it('reads a well-formed order', async () => {
    expect(await readWith(JSON.stringify(order))).toEqual(order);
    expect(storage.getItem(key)).not.toBeNull();
  });

  it.each([
    ['bad JSON', '{"code":'],
    ['the wrong shape', JSON.stringify([order])],
    ['an invalid expiry', JSON.stringify({ ...order, expiresAt: 'garbage' })],
    ['a null total', JSON.stringify({ ...order, totalFen: null })],
    ['lines that are not a list', JSON.stringify({ ...order, lines: 'x' })],
  ])('sets aside %s and shows no order, keeping the text', async (_name, raw) => {
    expect(await readWith(raw)).toBeNull();
    expect(storage.getItem(key)).toBeNull();
    expect(storage.getItem(`${key}.damaged`)).toBe(raw);
  });
});
