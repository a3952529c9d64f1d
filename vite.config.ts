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
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['test/setup-unit.ts'],
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
