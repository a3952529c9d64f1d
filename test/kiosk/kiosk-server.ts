import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { contentTypes as types } from '../e2e/static-server';

export interface KioskServer {
  url: string;
  /** Replaces what `/catalog.json` serves (a new ETag follows from the new body). */
  setCatalog(body: string): void;
  /** Requests for the catalog: status sent and whether If-None-Match came with it. */
  catalogLog: { status: number; conditional: boolean }[];
  close(): Promise<void>;
}

/**
 * The production build on loopback with a catalog the test can change while the kiosk runs, served with
 * a strong ETag and answered 304 to a matching If-None-Match, as a real store server would. Unlike
 * `page.route`, this also works while a service worker handles the page's requests.
 */
export async function serveKiosk(root: string, catalog: string): Promise<KioskServer> {
  const base = resolve(root);
  let body = catalog;
  let etag = '';
  const setCatalog = (next: string) => {
    body = next;
    etag = `"${createHash('sha1').update(next).digest('hex').slice(0, 16)}"`;
  };
  setCatalog(catalog);
  const catalogLog: KioskServer['catalogLog'] = [];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (pathname === '/catalog.json') {
        const conditional = typeof request.headers['if-none-match'] === 'string';
        const status = request.headers['if-none-match'] === etag ? 304 : 200;
        catalogLog.push({ status, conditional });
        response.writeHead(status, { etag, 'cache-control': 'no-cache', 'content-type': types['.json']! });
        response.end(status === 200 ? body : undefined);
        return;
      }
      let file = normalize(join(base, pathname));
      if (!file.startsWith(base)) return void response.writeHead(403).end();
      const isFile = await stat(file).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!isFile) {
        if (extname(pathname)) return void response.writeHead(404).end('not found');
        file = join(base, 'index.html');
      }
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(await readFile(file));
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    setCatalog,
    catalogLog,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
