import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
// One list of the Chromium flags that work here (shared/TOOLCHAIN.md): software WebGL, no background traffic.
import { chromiumArgs as CHROMIUM_ARGS, chromiumPath } from '../test/e2e/browser';

export const CHROMIUM_PATH = chromiumPath;
export const POSTERS_DIR = fileURLToPath(new URL('../public/posters/', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const POSTER_SIZE = 256;

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.glb': 'model/gltf-binary',
};

/** Serves only the poster page, three and the generated models, on loopback. */
function startServer(): Promise<Server> {
  const routes: Array<[prefix: string, dir: string]> = [
    ['/three/', join(ROOT, 'node_modules/three/')],
    ['/models/', join(ROOT, 'public/models/')],
  ];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes.find(([prefix]) => path.startsWith(prefix));
    const file = route
      ? normalize(join(route[1], path.slice(route[0].length)))
      : join(ROOT, 'models/poster-page.html');
    if (route && !file.startsWith(route[1])) return void res.writeHead(403).end();
    readFile(file).then(
      (body) =>
        res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Renders `public/posters/<id>.png` for each id from `public/models/<id>.glb` in headless Chromium, with the
 * same camera direction and lights for all products. Returns false (and renders nothing) when Chromium is
 * not installed, so the model build still works on machines without it.
 */
export async function renderPosters(ids: readonly string[], outDir = POSTERS_DIR): Promise<boolean> {
  if (!existsSync(CHROMIUM_PATH)) return false;
  await mkdir(outDir, { recursive: true });
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: POSTER_SIZE, height: POSTER_SIZE } });
    page.on('pageerror', (error) => console.error(`poster page: ${error.message}`));
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/?size=${POSTER_SIZE}`);
    await page.waitForFunction(() => (window as { posterReady?: boolean }).posterReady === true);
    for (const id of ids) {
      await page.evaluate(
        (url) => (window as unknown as { renderModel(u: string): Promise<unknown> }).renderModel(url),
        `/models/${id}.glb`,
      );
      const png = await page.locator('canvas').screenshot({ omitBackground: true });
      await writeFile(join(outDir, `${id}.png`), png);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return true;
}
