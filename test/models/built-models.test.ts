import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { describe, expect, it, vi } from 'vitest';
import { buildModel } from '../../models/build';
import { generatorFor } from '../../models/generators';
import { readGlb } from '../../models/io';
import { modelStats } from '../../models/stats';
import { validateGlb } from '../../models/validate';
import { BUDGET, PRODUCT_IDS } from './expected-sizes';

// Building and validating models takes seconds each on a loaded 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const PUBLIC = fileURLToPath(new URL('../../public/', import.meta.url));
const committed = (id: string): Uint8Array =>
  new Uint8Array(readFileSync(join(PUBLIC, 'models', `${id}.glb`)));

describe('committed models in public/models', () => {
  it('holds a model for every product and nothing else', () => {
    const files = readdirSync(join(PUBLIC, 'models')).filter((f) => f.endsWith('.glb'));
    expect(files.sort()).toEqual(PRODUCT_IDS.map((id) => `${id}.glb`).sort());
  });

  it('fits the total download budget', () => {
    const total = PRODUCT_IDS.reduce((sum, id) => sum + committed(id).byteLength, 0);
    expect(total).toBeLessThanOrEqual(BUDGET.bytesTotal);
  });

  describe.each(PRODUCT_IDS)('%s.glb', (id) => {
    it('passes the Khronos glTF validator with no errors and no warnings', async () => {
      const { issues } = await validateGlb(committed(id));
      const found = issues.messages.filter((m) => m.severity <= 1).map((m) => `${m.code} ${m.pointer ?? ''}`);
      expect(found).toEqual([]);
      expect(issues.numErrors + issues.numWarnings).toBe(0);
    });

    it('stays within the size, triangle, material and texture budgets', async () => {
      const bytes = committed(id);
      expect(bytes.byteLength).toBeLessThanOrEqual(BUDGET.bytesPerModel);
      const stats = modelStats(await readGlb(bytes));
      expect(stats.triangles).toBeLessThanOrEqual(BUDGET.triangles);
      expect(stats.materials).toBeLessThanOrEqual(BUDGET.materials);
      expect(stats.maxTextureSize).toBeLessThanOrEqual(BUDGET.textureSize);
    });

    it('is meshopt-compressed and quantized, so the app must register a MeshoptDecoder', async () => {
      const doc = await readGlb(committed(id));
      const required = doc
        .getRoot()
        .listExtensionsUsed()
        .filter((e) => e.isRequired())
        .map((e) => e.extensionName);
      expect(required).toEqual(expect.arrayContaining(['EXT_meshopt_compression', 'KHR_mesh_quantization']));
    });

    it('keeps the generator’s real-world size through quantization (within 1 mm)', async () => {
      const built = modelStats(await readGlb(committed(id)));
      const generated = modelStats(generatorFor(id).generate());
      for (const axis of ['width', 'height', 'depth'] as const) {
        expect(Math.abs(built.size[axis] - generated.size[axis])).toBeLessThan(0.001);
      }
      expect(Math.abs(built.min[1])).toBeLessThan(0.001);
    });

    it('is up to date: rebuilding gives the committed bytes', async () => {
      expect(Buffer.from(await buildModel(id)).equals(Buffer.from(committed(id)))).toBe(true);
    });

    it('has a small poster in public/posters', () => {
      const file = join(PUBLIC, 'posters', `${id}.png`);
      expect(existsSync(file)).toBe(true);
      const png = PNG.sync.read(readFileSync(file));
      expect(png.width).toBeLessThanOrEqual(512);
      expect(png.height).toBeLessThanOrEqual(512);
    });
  });
});

describe('buildModel', () => {
  it('gives byte-for-byte identical output when run twice', async () => {
    const [first, second] = [await buildModel('aksu-apple'), await buildModel('aksu-apple')];
    expect(first.byteLength).toBeGreaterThan(0);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });
});
