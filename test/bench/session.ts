import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser } from '../e2e/browser';
import { MODEL_VIEWER_JS, compressedSizes, sumSizes, type Sizes } from './bundle-size';
import { serveBench, type BenchServer } from './server';

/** What the browser benches share: one Chromium, one loopback server for us and the peer. */
export interface BenchSession {
  browser: Browser;
  server: BenchServer;
  /** Sizes of the files behind these URLs (each compressed on its own), e.g. the JS a page loaded. */
  sizesOf(urls: readonly string[]): Sizes;
  close(): Promise<void>;
}

const fixturesDir = new URL('./fixtures/', import.meta.url);

/** Builds the shelf-scene fixture into a temporary folder (never into the repository). */
async function buildSceneFixture(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'shelfsight-bench-scene-'));
  await build({
    configFile: new URL('vite.config.ts', fixturesDir).pathname,
    logLevel: 'warn',
    build: { outDir },
  });
  return outDir;
}

/** Opens the browser-bench session over a build (a snapshot of dist, see run.ts). */
export async function openBenchSession(dist: string): Promise<BenchSession> {
  const sceneDir = await buildSceneFixture();
  const server = await serveBench({
    dist,
    sceneDir,
    files: {
      'model-viewer.html': new URL('model-viewer.html', fixturesDir).pathname,
      'model-viewer.min.js': MODEL_VIEWER_JS,
      'meshopt_decoder.js': 'node_modules/meshoptimizer/meshopt_decoder.cjs',
    },
  });
  const browser = await launchBrowser();
  return {
    browser,
    server,
    sizesOf(urls) {
      const unknown = urls.find((url) => !server.fileFor(url));
      if (unknown) throw new Error(`not served from a file: ${unknown}`);
      const files = [...new Set(urls.map((url) => server.fileFor(url)!))];
      return sumSizes(files.map((file) => compressedSizes(readFileSync(file))));
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(sceneDir, { recursive: true, force: true });
    },
  };
}
