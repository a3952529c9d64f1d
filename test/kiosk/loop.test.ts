import { describe, expect, it } from 'vitest';
import { loopIndex, loopProducts } from '../../src/kiosk/loop';
import { makeDemoCatalog } from '../factories/catalog';

describe('loopProducts', () => {
  it('shows every product in stock, in catalog order, when nothing is featured', () => {
    const catalog = makeDemoCatalog();
    catalog.products[1]!.stock = 0;
    const { products } = loopProducts(catalog, null);
    expect(products.map((p) => p.id)).toEqual(catalog.products.filter((_, i) => i !== 1).map((p) => p.id));
  });

  it('shows the featured products in the given order and reports unknown ids', () => {
    const { products, unknown } = loopProducts(makeDemoCatalog(), ['hami-melon', 'snow-lotus', 'aksu-apple']);
    expect(products.map((p) => p.id)).toEqual(['hami-melon', 'aksu-apple']);
    expect(unknown).toEqual(['snow-lotus']);
  });

  it('falls back to the whole shop when no featured product exists, so the screen is never empty', () => {
    const { products, unknown } = loopProducts(makeDemoCatalog(), ['snow-lotus']);
    expect(products).toHaveLength(8);
    expect(unknown).toEqual(['snow-lotus']);
  });

  it('wraps the loop position', () => {
    expect(loopIndex(17, 8)).toBe(1);
    expect(loopIndex(3, 0)).toBe(0);
  });
});
