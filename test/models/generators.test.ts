import { describe, expect, it, vi } from 'vitest';
import { GENERATORS, generatorFor } from '../../models/generators';
import { modelStats } from '../../models/stats';
import { BUDGET, EXPECTED_SIZES, PRODUCT_IDS } from './expected-sizes';

// Building and validating models takes seconds each on a loaded 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

describe('model generators', () => {
  it('has exactly one generator per catalog product', () => {
    expect(GENERATORS.map((g) => g.id).sort()).toEqual([...PRODUCT_IDS].sort());
  });

  it('refuses unknown product ids', () => {
    expect(() => generatorFor('durian')).toThrow(/durian/);
  });

  describe.each(PRODUCT_IDS)('%s', (id) => {
    const doc = generatorFor(id).generate();
    const stats = modelStats(doc);
    const expected = EXPECTED_SIZES[id]!;

    it('is real-size in metres', () => {
      for (const axis of ['width', 'height', 'depth'] as const) {
        expect(stats.size[axis], axis).toBeGreaterThanOrEqual(expected[axis][0]);
        expect(stats.size[axis], axis).toBeLessThanOrEqual(expected[axis][1]);
      }
    });

    it('stands on y = 0 with its origin at the bottom centre', () => {
      expect(stats.min[1]).toBeCloseTo(0, 6);
      expect((stats.min[0] + stats.max[0]) / 2).toBeCloseTo(0, 6);
      expect((stats.min[2] + stats.max[2]) / 2).toBeCloseTo(0, 6);
    });

    it('stays within the triangle, material and texture budgets', () => {
      expect(stats.triangles).toBeLessThanOrEqual(BUDGET.triangles);
      expect(stats.materials).toBeLessThanOrEqual(BUDGET.materials);
      expect(stats.maxTextureSize).toBeLessThanOrEqual(BUDGET.textureSize);
    });

    it('colours parts with materials, never vertex colours (USDZ export drops those)', () => {
      const prims = doc
        .getRoot()
        .listMeshes()
        .flatMap((m) => m.listPrimitives());
      for (const prim of prims) {
        expect(prim.getAttribute('COLOR_0')).toBeNull();
        expect(prim.getMaterial()).not.toBeNull();
      }
    });

    it('has unit-length normals everywhere (no zero normals at poles)', () => {
      for (const prim of doc
        .getRoot()
        .listMeshes()
        .flatMap((m) => m.listPrimitives())) {
        const normals = prim.getAttribute('NORMAL')!;
        const n = [0, 0, 0];
        for (let i = 0; i < normals.getCount(); i++) {
          normals.getElement(i, n);
          expect(Math.hypot(n[0]!, n[1]!, n[2]!)).toBeCloseTo(1, 4);
        }
      }
    });

    it('generates the same document on every call', () => {
      const again = modelStats(generatorFor(id).generate());
      expect(again).toEqual(stats);
    });
  });
});
