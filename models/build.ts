import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Document } from '@gltf-transform/core';
import { GENERATORS, generatorFor } from './generators';
import { createIO, readGlb } from './io';
import { renderPosters } from './posters';
import { modelStats } from './stats';
import { meshoptCompress } from './transforms/meshopt-compress';
import { quantize } from './transforms/quantize';
import { reorder } from './transforms/reorder';
import { weld } from './transforms/weld';
import { validateGlb } from './validate';

/** Where `npm run models` writes; also what the app serves as `models/<id>.glb`. */
export const MODELS_DIR = fileURLToPath(new URL('../public/models/', import.meta.url));

/** Real-world size of each model (metres), for AR placement and the catalog; rewritten by every build. */
export const SIZES_FILE = fileURLToPath(new URL('./sizes.json', import.meta.url));

/** Generates a product's document and runs the optimization chain (before meshopt encoding at write time). */
export async function optimizedDocument(id: string): Promise<Document> {
  const doc = generatorFor(id).generate();
  await doc.transform(weld(), reorder(), quantize(), meshoptCompress());
  return doc;
}

/**
 * Builds one product's GLB in memory: generate, weld, reorder, quantize, meshopt-compress. Pure apart from
 * the WASM encoder, and deterministic: the same id always gives the same bytes.
 */
export async function buildModel(id: string): Promise<Uint8Array> {
  const io = await createIO();
  return io.writeBinary(await optimizedDocument(id));
}

/** Builds, validates and writes every model; returns one row per model for the report. */
export async function buildAll(outDir = MODELS_DIR) {
  await mkdir(outDir, { recursive: true });
  const rows = [];
  for (const { id } of GENERATORS) {
    const bytes = await buildModel(id);
    const report = await validateGlb(bytes);
    const { numErrors, numWarnings } = report.issues;
    if (numErrors + numWarnings > 0) {
      const messages = report.issues.messages.map((m) => `  ${m.code} ${m.pointer ?? ''}: ${m.message}`);
      throw new Error(`${id}.glb fails validation:\n${messages.join('\n')}`);
    }
    await writeFile(join(outDir, `${id}.glb`), bytes);
    rows.push({ id, bytes: bytes.byteLength, ...modelStats(await readGlb(bytes)) });
  }
  return rows;
}

async function main(): Promise<void> {
  const started = performance.now();
  const rows = await buildAll();
  console.table(
    rows.map(({ id, bytes, triangles, materials, size }) => ({
      id,
      bytes,
      triangles,
      materials,
      'w x h x d (cm)': [size.width, size.height, size.depth].map((m) => (m * 100).toFixed(1)).join(' x '),
    })),
  );
  const sizes = Object.fromEntries(rows.map((r) => [r.id, r.size]));
  await writeFile(SIZES_FILE, `${JSON.stringify(sizes, null, 2)}\n`);
  const total = rows.reduce((sum, r) => sum + r.bytes, 0);
  console.log(
    `${rows.length} models, ${total} bytes in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const posterStart = performance.now();
  if (await renderPosters(rows.map((r) => r.id))) {
    console.log(`${rows.length} posters in ${((performance.now() - posterStart) / 1000).toFixed(1)} s`);
  } else {
    console.warn(
      'Skipped posters: no Chromium at /usr/bin/chromium (apt-get install chromium). Keep the committed ones.',
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
