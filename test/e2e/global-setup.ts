import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the production build (run `vite build` first; `npm run test:e2e` does) for every e2e file. */
export default async function setup(project: TestProject) {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `End-to-end tests need Debian's Chromium at ${chromiumPath}. Install it with: ` +
        'sudo apt-get update && sudo apt-get install -y chromium',
    );
  }
  // SHELFSIGHT_DIST lets a developer test a build kept apart from `dist/` (e.g. while another build runs).
  const dist = process.env.SHELFSIGHT_DIST ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error('No build found: run `npm run build` (or `npm run test:e2e`).');
  }
  const server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
