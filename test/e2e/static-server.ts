import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

/** Content types of everything a Shelfsight build serves (shared by the test and bench servers). */
export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.usdz': 'model/vnd.usdz+zip',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a production build on a free loopback port, with the single-page-app fallback a real host
 * needs (`/p/aksu-apple` gets index.html). Loopback only: tests never talk to anything else.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const raw = new URL(request.url ?? '/', 'http://x').pathname;
      // A malformed escape (`/p/%`) is no file: it gets index.html like any app route, as the store server does.
      const pathname = (() => {
        try {
          return decodeURIComponent(raw);
        } catch {
          return '/index.html';
        }
      })();
      let file = normalize(join(base, pathname));
      if (!file.startsWith(base)) {
        response.writeHead(403).end();
        return;
      }
      const isFile = await stat(file).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!isFile) {
        if (extname(pathname)) {
          response.writeHead(404).end('not found');
          return;
        }
        file = join(base, 'index.html');
      }
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(body);
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
