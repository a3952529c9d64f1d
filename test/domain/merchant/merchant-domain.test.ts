import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/domain/catalog';
import {
  checkModelBudgets,
  checkPriceFloor,
  draftFromCatalog,
  duplicatePromotion,
  deletePromotion,
  addPromotion,
  formatCatalogJson,
  fromShanghaiLocal,
  glbHeaderProblem,
  parseYuanText,
  priceCeilingFen,
  promotionIds,
  promotionTemplate,
  setPromotionField,
  toShanghaiLocal,
} from '../../../src/domain/merchant';
import { promotionKinds } from '../../../src/domain/catalog';
import { makeDemoCatalog } from '../../factories/catalog';

describe('price floor', () => {
  it('accepts the demo promotions, which are all at least 10% below the 30-day low', () => {
    expect(checkPriceFloor(makeDemoCatalog())).toEqual([]);
  });

  it('names the product, the promotion and the numbers when a flash price is not a real discount', () => {
    const catalog = makeDemoCatalog();
    const flash = catalog.promotions[0]!;
    if (flash.kind !== 'flash-price') throw new Error('fixture');
    flash.priceFen = 6200;
    expect(checkPriceFloor(catalog)).toEqual([
      {
        promotionId: 'apple-flash',
        promotionIndex: 0,
        productId: 'aksu-apple',
        productName: catalog.products[0]!.name,
        priceFen: 6200,
        lowest30DayFen: 6590,
        ceilingFen: 5931,
      },
    ]);
  });

  it('allows exactly 10% below and rounds the ceiling down to the fen', () => {
    expect(priceCeilingFen(6590)).toBe(5931);
    expect(priceCeilingFen(1000)).toBe(900);
    const catalog = makeDemoCatalog();
    (catalog.promotions[0] as { priceFen: number }).priceFen = 5931;
    expect(checkPriceFloor(catalog)).toEqual([]);
    (catalog.promotions[0] as { priceFen: number }).priceFen = 5932;
    expect(checkPriceFloor(catalog)).toHaveLength(1);
  });

  it('checks percent-off by its rounded unit price and ignores order-level promotions', () => {
    const catalog = makeDemoCatalog();
    (catalog.promotions[1] as { percent: number }).percent = 5; // 7990 -> 7591 > 6831
    expect(checkPriceFloor(catalog).map((warning) => [warning.promotionId, warning.priceFen])).toEqual([
      ['pomegranate-20-off', 7591],
    ]);
  });
});

describe('draft edits', () => {
  it('sets a field without touching the original draft', () => {
    const draft = draftFromCatalog(makeDemoCatalog());
    const next = setPromotionField(draft, 0, ['label', 'en'], 'Apple rush');
    expect((next.promotions[0]!.label as { en: string }).en).toBe('Apple rush');
    expect((draft.promotions[0]!.label as { en: string }).en).toBe('Double Eleven flash sale');
    expect(next.promotions[1]).toBe(draft.promotions[1]);
  });

  it('removes an optional field when set to undefined', () => {
    const next = setPromotionField(draftFromCatalog(makeDemoCatalog()), 0, ['stockCap'], undefined);
    expect('stockCap' in next.promotions[0]!).toBe(false);
  });

  it('duplicates a coupon with a fresh id and code, so the catalog stays valid', () => {
    const draft = draftFromCatalog(makeDemoCatalog());
    const index = draft.promotions.findIndex((promotion) => promotion.kind === 'coupon');
    const next = duplicatePromotion(draft, index);
    expect(next.promotions[index + 1]).toMatchObject({ id: 'coupon-xj15-copy', code: 'XJ152' });
    expect(parseCatalog(next).ok).toBe(true);
    expect(deletePromotion(next, index + 1)).toEqual(draft);
  });

  it('makes a valid template of every promotion kind that passes the price floor', () => {
    for (const kind of promotionKinds) {
      let draft = draftFromCatalog(makeDemoCatalog());
      const product = draft.products[0]!;
      draft = addPromotion(
        draft,
        promotionTemplate(kind, {
          product,
          startsAt: '2026-11-11T00:00:00+08:00',
          takenIds: promotionIds(draft),
        }),
      );
      const result = parseCatalog(draft);
      expect(result.ok ? [] : result.errors, kind).toEqual([]);
      if (result.ok) expect(checkPriceFloor(result.catalog), kind).toEqual([]);
    }
  });
});

describe('formats and inputs', () => {
  it('writes the demo catalog byte for byte as it is stored (ready for diffs)', () => {
    const text = readFileSync('public/catalog.json', 'utf8');
    const parsed = parseCatalog(JSON.parse(text));
    expect(parsed.ok && formatCatalogJson(parsed.catalog)).toBe(text);
  });

  it('reads yuan text as exact fen and refuses anything else', () => {
    expect(parseYuanText('49.9')).toBe(4990);
    expect(parseYuanText('¥ 0.07')).toBe(7);
    expect(parseYuanText('1,299')).toBe(129900);
    expect(parseYuanText('4.999')).toBeNull();
    expect(parseYuanText('abc')).toBeNull();
  });

  it('reads and writes date-times on the Shanghai clock whatever the machine zone', () => {
    expect(fromShanghaiLocal('2026-11-11T00:00')).toBe('2026-11-11T00:00:00+08:00');
    expect(toShanghaiLocal('2026-11-10T16:00:00Z')).toBe('2026-11-11T00:00');
    expect(fromShanghaiLocal('2026-02-30T10:00')).toBeNull();
  });
});

describe('model budgets', () => {
  it('marks each metric green or red against the budgets', () => {
    const checks = checkModelBudgets({
      bytes: 41 * 1024,
      triangles: 5000,
      drawCalls: 2,
      materials: 4,
      textures: [{ width: 512, height: 256 }],
      size: { x: 0.1, y: 0.1, z: 0.1 },
    });
    expect(Object.fromEntries(checks.map((check) => [check.metric, check.ok]))).toEqual({
      bytes: false,
      triangles: true,
      drawCalls: true,
      materials: false,
      textureSide: false,
    });
  });

  it('rejects files that are not a whole GLB 2.0 before parsing them', () => {
    const glb = new Uint8Array(readFileSync('public/models/aksu-apple.glb'));
    expect(glbHeaderProblem(glb)).toBeNull();
    expect(glbHeaderProblem(glb.slice(0, glb.length - 4))).toMatch(/truncated/);
    expect(glbHeaderProblem(new TextEncoder().encode('{"asset":{"version":"2.0"}} padding'))).toMatch(
      /not a binary glTF/,
    );
  });
});
