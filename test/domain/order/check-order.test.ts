import { describe, expect, it } from 'vitest';
import { checkOrder } from '../../../src/domain/order/check-order';
import { quote } from '../../../src/domain/pricing';
import { makeDemoCatalog } from '../../factories/catalog';

const at = new Date('2026-11-11T10:00:00+08:00');
const lines = [
  { productId: 'aksu-apple', qty: 2 },
  { productId: 'hotan-jujubes', qty: 3 },
];

function orderFor(catalog = makeDemoCatalog()) {
  const quoted = quote({ catalog, lines, at, coupons: ['XJ15'] });
  if (!quoted.ok) throw new Error('demo order must quote');
  return {
    storeId: catalog.store.id,
    catalogUpdatedAt: new Date(catalog.updatedAt).toISOString(),
    quotedAt: at.toISOString(),
    lines,
    coupons: ['XJ15'],
    totalFen: quoted.totalFen,
  };
}

describe('checkOrder', () => {
  it('confirms the total when nothing changed', () => {
    const check = checkOrder(makeDemoCatalog(), orderFor(), new Date(at.getTime() + 5 * 60_000));
    expect(check).toMatchObject({ holds: true, catalogChanged: false, stale: false, otherStore: false });
  });

  it('re-quotes with the new catalog and flags the difference when a price changed', () => {
    const changed = makeDemoCatalog();
    changed.updatedAt = '2026-11-11T09:30:00+08:00';
    changed.products[4]!.priceFen += 1000; // jujubes up ¥10
    const check = checkOrder(changed, orderFor(), at);
    expect(check.holds).toBe(false);
    expect(check.catalogChanged).toBe(true);
    expect(check.result.ok && check.result.totalFen).toBeGreaterThan(orderFor().totalFen);
  });

  it('flags a quote older than half an hour', () => {
    expect(checkOrder(makeDemoCatalog(), orderFor(), new Date(at.getTime() + 31 * 60_000)).stale).toBe(true);
  });

  it('flags a quote from the future beyond a few minutes of clock skew', () => {
    const before = (minutes: number) => new Date(at.getTime() - minutes * 60_000);
    expect(checkOrder(makeDemoCatalog(), orderFor(), before(4)).future).toBe(false);
    expect(checkOrder(makeDemoCatalog(), orderFor(), before(6)).future).toBe(true);
    expect(checkOrder(makeDemoCatalog(), orderFor(), before(60 * 24 * 365)).future).toBe(true);
  });

  it('flags an order from another store', () => {
    expect(checkOrder(makeDemoCatalog(), { ...orderFor(), storeId: 'other-shop' }, at).otherStore).toBe(true);
  });

  it('explains, rather than throws, when the order cannot be priced any more', () => {
    const check = checkOrder(
      makeDemoCatalog(),
      { ...orderFor(), lines: [{ productId: 'durian', qty: 1 }] },
      at,
    );
    expect(check.holds).toBe(false);
    expect(check.result.ok).toBe(false);
  });
});
