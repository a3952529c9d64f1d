import { describe, expect, it } from 'vitest';
import { decodeOrderCode } from '../../src/domain/order/order-code';
import { quote } from '../../src/domain/pricing';
import { handoffUrl } from '../../src/kiosk/handoff';
import { makeDemoCatalog } from '../factories/catalog';

describe('handoffUrl', () => {
  it('opens /shop on the phone with the kiosk lines and the engine total in a checksummed code', () => {
    const catalog = makeDemoCatalog();
    const lines = [
      { productId: 'hotan-jujubes', qty: 3 },
      { productId: 'aksu-apple', qty: 1 },
    ];
    const result = quote({ catalog, lines, at: '2026-11-11T10:00:00+08:00' });
    if (!result.ok) throw new Error('quote failed');
    const url = handoffUrl({
      origin: 'https://shop.example.cn',
      storeId: catalog.store.id,
      catalogUpdatedAt: catalog.updatedAt,
      lines,
      quote: result,
    });
    expect(url.startsWith('https://shop.example.cn/shop#o=1.hualing-xinjiang-produce.')).toBe(true);
    const decoded = decodeOrderCode(url);
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(decoded.payload.lines).toEqual([...lines].sort((a, b) => a.productId.localeCompare(b.productId)));
    expect(decoded.payload.totalFen).toBe(result.totalFen);
    expect(decoded.payload.coupons).toEqual([]);
  });
});
