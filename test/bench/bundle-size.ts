import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One entry of Vite's `dist/.vite/manifest.json` (only the fields we read). */
export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The routes whose initial download we measure, with the lazy surface module each one renders. */
export const ROUTES: readonly { route: string; surface: string }[] = [
  { route: '/', surface: 'src/surfaces/home/HomeSurface.tsx' },
  { route: '/p/:id', surface: 'src/surfaces/product/ProductSurface.tsx' },
  { route: '/shop', surface: 'src/surfaces/shopper/ShopSurface.tsx' },
  { route: '/merchant', surface: 'src/surfaces/merchant/MerchantSurface.tsx' },
  { route: '/kiosk', surface: 'src/surfaces/kiosk/KioskSurface.tsx' },
];

/** The shopper routes held to the budget: what they load before AR or scanning starts. */
export const BUDGET_ROUTES = ['/p/:id', '/shop'] as const;
/** Initial JS of a shopper route may weigh at most this share of model-viewer's gzip size. */
export const BUDGET_SHARE = 0.9;
export const MODEL_VIEWER_JS = 'node_modules/@google/model-viewer/dist/model-viewer.min.js';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * Bytes as a server with precompressed assets would send them: gzip level 9 and brotli quality 11, each
 * file on its own (that is how they travel), measured the same way for us and for model-viewer.
 */
export function compressedSizes(bytes: Buffer): Sizes {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function sumSizes(list: readonly Sizes[]): Sizes {
  return list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

export function readManifest(distDir: string): Manifest {
  const path = join(distDir, '.vite/manifest.json');
  if (!existsSync(path))
    throw new Error(`No ${path}: run \`vite build\` first (build.manifest must stay on).`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The manifest key of the HTML entry (the app shell every route loads first). */
export function entryKey(manifest: Manifest): string {
  const key = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!key) throw new Error('The manifest has no entry chunk.');
  return key;
}

/** Every chunk a module pulls in statically (itself included): what the browser must load before it runs. */
export function staticClosure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest has no module "${key}" (was it moved or renamed?).`);
    seen.add(key);
    for (const next of chunk.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

export interface FileSet {
  js: string[];
  css: string[];
  /** Other files the chunks import as URLs (e.g. the QR decoder's .wasm). */
  assets: string[];
}

/** The output files of a set of chunks, split by kind, in a stable order. */
export function filesOf(manifest: Manifest, keys: Iterable<string>): FileSet {
  const js = new Set<string>();
  const css = new Set<string>();
  const assets = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key]!;
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    chunk.css?.forEach((file) => css.add(file));
    chunk.assets?.filter((file) => file.endsWith('.wasm')).forEach((file) => assets.add(file));
  }
  return { js: [...js].sort(), css: [...css].sort(), assets: [...assets].sort() };
}

/** What a route downloads to draw its first screen: the app shell plus its surface and their static imports. */
export function routeFiles(manifest: Manifest, surface: string): FileSet {
  return filesOf(manifest, staticClosure(manifest, [entryKey(manifest), surface]));
}

/**
 * Every lazily loaded module (surfaces, AR, emulator, scanner, ...) with the files it adds on top of what is
 * already there when it loads: the app shell plus the static closure of the module that imports it (the
 * importer that leaves the least to load, when several do).
 */
export function lazyChunks(manifest: Manifest): { key: string; files: FileSet }[] {
  const shell = staticClosure(manifest, [entryKey(manifest)]);
  return Object.keys(manifest)
    .filter((key) => manifest[key]!.isDynamicEntry)
    .sort()
    .map((key) => {
      const closure = [...staticClosure(manifest, [key])];
      const importers = Object.keys(manifest).filter((k) => manifest[k]!.dynamicImports?.includes(key));
      const remainders = importers.map((importer) => {
        const loaded = new Set([...shell, ...staticClosure(manifest, [importer])]);
        return closure.filter((k) => !loaded.has(k));
      });
      const own = remainders.sort((a, b) => a.length - b.length)[0] ?? closure.filter((k) => !shell.has(k));
      return { key, files: filesOf(manifest, own) };
    });
}

/**
 * Web workers the chunks start (the QR decoder), with the .wasm each one fetches. Vite builds workers apart
 * from the manifest, so they are found by their file names in the chunks' code. `from` is the manifest key
 * of the chunk that starts the worker.
 */
export function workerChunks(
  distDir: string,
  manifest: Manifest,
): { key: string; from: string; files: FileSet }[] {
  const found: { key: string; from: string; files: FileSet }[] = [];
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.file.endsWith('.js')) continue;
    const code = readFileSync(join(distDir, chunk.file), 'utf8');
    for (const worker of new Set(code.match(/assets\/[\w.-]+\.worker-[\w-]+\.js/gu) ?? [])) {
      const workerCode = readFileSync(join(distDir, worker), 'utf8');
      const wasm = [...new Set(workerCode.match(/[\w.-]+\.wasm/gu) ?? [])]
        .map((name) => `assets/${name}`)
        .filter((file) => existsSync(join(distDir, file)));
      found.push({
        key: `worker ${worker.replace(/^assets\//u, '')}`,
        from: key,
        files: { js: [worker], css: [], assets: wasm.sort() },
      });
    }
  }
  return found.sort((a, b) => a.key.localeCompare(b.key));
}

export function measureFiles(distDir: string, files: readonly string[]): Sizes {
  return sumSizes(files.map((file) => compressedSizes(readFileSync(join(distDir, file)))));
}

/** The budget check shared by the CI test and the bench: shopper routes' initial JS against model-viewer. */
export function budgetReport(distDir: string) {
  const manifest = readManifest(distDir);
  const peer = compressedSizes(readFileSync(MODEL_VIEWER_JS));
  const limit = Math.floor(peer.gzip * BUDGET_SHARE);
  const routes = BUDGET_ROUTES.map((route) => {
    const surface = ROUTES.find((r) => r.route === route)!.surface;
    const files = routeFiles(manifest, surface);
    return { route, files: files.js, js: measureFiles(distDir, files.js) };
  });
  return { peer, limit, routes };
}
