import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import basicSsl from '@vitejs/plugin-basic-ssl';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './src/app/csp.ts';

// The CSP goes into the built page only: Vite's dev server needs inline scripts for hot reload.
const cspMeta = (): Plugin => ({
  name: 'shelfsight-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
      injectTo: 'head-prepend',
    },
  ],
});

// R3F's <Canvas> calls `extend(THREE)`, which keeps all of three in every bundle (the product page's too, since
// chunks share the one three module). Like pmndrs' @react-three/babel, register only the classes our scenes use.
const threeCatalogue = fileURLToPath(new URL('./src/scene/three-catalogue.ts', import.meta.url));
const r3fCatalogue = (): Plugin => ({
  name: 'shelfsight-r3f-catalogue',
  enforce: 'pre',
  transform(code, id) {
    if (!/@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/u.test(id)) return null;
    const wholeNamespace = 'extend(THREE)';
    if (!code.includes(wholeNamespace))
      this.error(`${wholeNamespace} not found in ${id}: update r3fCatalogue`);
    const catalogue = `import * as shelfsightThreeCatalogue from ${JSON.stringify(threeCatalogue)};\n`;
    return { code: catalogue + code.replace(wholeNamespace, 'extend(shelfsightThreeCatalogue)'), map: null };
  },
});

// The product page's viewer (src/viewer) gets a three.js copy of its own, tree-shaken to what a turntable
// needs. Sharing one copy with the React scenes would ship every class the AR stack, the studio and the kiosk
// use (~14 kB gzip) to every product page, since a module's unused code is dropped only when no chunk uses
// it. The cost: a phone that starts WebXR AR after the viewer also loads the full copy (three then warns about
// two instances; no object crosses between them). Build only: dev and unit tests use the one copy.
const viewerThreeQuery = '?viewer-three';
const viewerThree = (): Plugin => ({
  name: 'shelfsight-viewer-three',
  apply: 'build',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!importer) return null;
    const fromViewer = importer.endsWith(viewerThreeQuery) || /[\\/]src[\\/]viewer[\\/]/u.test(importer);
    if (!fromViewer) return null;
    const cleanImporter = importer.endsWith(viewerThreeQuery)
      ? importer.slice(0, -viewerThreeQuery.length)
      : importer;
    const resolved = await this.resolve(source, cleanImporter, { ...options, skipSelf: true });
    if (!resolved || resolved.external || !/[\\/]node_modules[\\/]three[\\/]/u.test(resolved.id)) return null;
    // three's bundled libraries (meshopt decoder, fflate) do not import three: one copy serves both.
    if (/[\\/]examples[\\/]jsm[\\/]libs[\\/]/u.test(resolved.id)) return null;
    return { ...resolved, id: resolved.id + viewerThreeQuery };
  },
});

// The XR emulator's synthetic rooms are test/dev tools (megabytes): not precached.
const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'injectManifest',
  srcDir: 'src/app',
  filename: 'sw.ts',
  registerType: 'prompt',
  injectRegister: false,
  manifest: false,
  injectManifest: {
    rollupFormat: 'iife',
    // Unminified so the `self.__WB_MANIFEST` injection point survives (and the worker stays readable).
    minify: false,
    globPatterns: ['**/*.{js,css,html,json,glb,png,svg,wasm}'],
    globIgnores: ['**/*_room-*.js', '**/office_*.js', '**/emulate-*.js', 'xr-profiles/**'],
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  },
};

// HTTPS only for the dev server: WebXR and the camera need a secure context when a phone opens the app
// over the LAN. Builds and previews stay plain HTTP (tests serve them on loopback, which is secure).
export default defineConfig(({ command }) => ({
  plugins: [
    viewerThree(),
    r3fCatalogue(),
    react(),
    cspMeta(),
    ...(command === 'serve' && !process.env.VITEST ? [basicSsl()] : []),
    // Offline precache for the kiosk and shopper pages (builds only; src/app/sw.ts, registered by src/app/pwa.ts).
    ...(command === 'build' ? [VitePWA(pwaOptions)] : []),
  ],
  build: {
    target: 'es2022',
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    // terser's two passes make the shopper's JS ~6% smaller than the default minifier (measured on three's
    // renderer); the shopper route must stay under 0.9x <model-viewer> (test/e2e/bundle-budget.e2e.ts).
    minify: 'terser',
    terserOptions: { ecma: 2020, module: true, compress: { passes: 2 } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'test/server/**', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['test/setup-unit.ts'],
        },
      },
      {
        // The store server's tests, each on PGlite and on the real PostgreSQL (DATABASE_URL).
        extends: true,
        test: {
          name: 'server',
          include: ['test/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 90_000,
          expect: { poll: { timeout: 20_000, interval: 100 } },
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
