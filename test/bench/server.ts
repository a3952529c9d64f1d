import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { contentTypes as types } from '../e2e/static-server';

/** Where the peer and the fixtures live on the bench server; the app keeps every other path. */
export const BENCH_PREFIX = '/__bench/';

export interface BenchServerOptions {
  /** The app's production build. */
  dist: string;
  /** Single files under BENCH_PREFIX, e.g. `model-viewer.min.js` -> the installed package's file. */
  files: Record<string, string>;
  /** Built fixture pages, served under `${BENCH_PREFIX}scene/` (falling back to dist for models). */
  sceneDir?: string;
}

export interface BenchServer {
  url: string;
  /** The file on disk a URL of this server maps to (null for anything else), for byte counts. */
  fileFor(url: string): string | null;
  close(): Promise<void>;
}

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * One loopback server for both sides of the comparison, so network cost is identical: the app from dist
 * (with the SPA fallback), model-viewer and its helper page, and the scene fixture. No compression for
 * anyone: byte sizes are reported from the files, timings compare like with like.
 */
export async function serveBench(options: BenchServerOptions): Promise<BenchServer> {
  const dist = resolve(options.dist);
  const scene = options.sceneDir ? resolve(options.sceneDir) : null;
  const candidates = (pathname: string): string[] => {
    if (pathname.startsWith(`${BENCH_PREFIX}scene/`)) {
      const rest = pathname.slice(`${BENCH_PREFIX}scene/`.length);
      return [...(scene ? [join(scene, rest)] : []), join(dist, rest)];
    }
    if (pathname.startsWith(BENCH_PREFIX)) {
      const file = options.files[pathname.slice(BENCH_PREFIX.length)];
      return file ? [resolve(file)] : [];
    }
    return [join(dist, pathname)];
  };
  const locate = async (pathname: string): Promise<string | null> => {
    for (const file of candidates(pathname).map((f) => normalize(f))) {
      if (await isFile(file)) return file;
    }
    // The app's routes (no extension) get its index.html, as a real host would serve them.
    return extname(pathname) || pathname.startsWith(BENCH_PREFIX) ? null : join(dist, 'index.html');
  };
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (pathname.includes('..')) return void response.writeHead(403).end();
      const file = await locate(pathname);
      if (!file) return void response.writeHead(404).end('not found');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(body);
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('bench server has no port');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    fileFor(target) {
      if (!target.startsWith(`${url}/`)) return null;
      const pathname = decodeURIComponent(new URL(target).pathname);
      if (pathname.includes('..')) return null;
      return (
        candidates(pathname)
          .map((f) => normalize(f))
          .find((f) => existsSync(f)) ?? null
      );
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
