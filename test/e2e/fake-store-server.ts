import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { parseCatalog } from '../../src/domain/catalog';
import { summarizeCatalogChange } from '../../src/domain/catalog/diff';
import { contentTypes as types } from './static-server';

export interface FakeStoreServer {
  url: string;
  /** Publishes as someone else would (another studio): the next version, announced to event clients. */
  publishAsOther(catalog: unknown): void;
  versions: { version: number; etag: string }[];
  close(): Promise<void>;
}

/**
 * A stand-in for the store server (src/server/API.md), small enough to test the browser side before the real
 * one runs: index.html with the server meta tag, the live catalog with ETag/304, the events stream, one
 * owner login (`owner` / `demo-password-1`), publish with If-Match (409/422), history and rollback. Data
 * lives in memory; one store. The real server's own tests live in test/server.
 */
export async function serveFakeStore(
  root: string,
  catalogText: string,
  storeId: string,
): Promise<FakeStoreServer> {
  const base = resolve(root);
  type Version = {
    version: number;
    etag: string;
    json: string;
    createdAt: string;
    createdBy: string;
    rollbackOf: number | null;
  };
  const versions: Version[] = [];
  const clients = new Set<ServerResponse>();
  const sessions = new Set<string>();
  const add = (json: string, createdBy: string, rollbackOf: number | null = null) => {
    const version = versions.length + 1;
    const etag = `"${createHash('sha1').update(`${version}:${json}`).digest('hex').slice(0, 16)}"`;
    versions.push({ version, etag, json, createdAt: new Date().toISOString(), createdBy, rollbackOf });
    for (const client of clients)
      client.write(`event: catalog\ndata: ${JSON.stringify({ version, etag })}\n\n`);
    return versions.at(-1)!;
  };
  const live = () => versions.at(-1)!;
  const parsed = (json: string) => {
    const result = parseCatalog(JSON.parse(json));
    if (!result.ok) throw new Error('bad stored catalog');
    return result.catalog;
  };
  const summary = (from: Version | undefined, to: Version) =>
    from ? summarizeCatalogChange(parsed(from.json), parsed(to.json)) : null;
  add(catalogText, 'seed');
  const api = `/api/stores/${storeId}`;

  const send = (
    response: ServerResponse,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const fail = (response: ServerResponse, status: number, code: string, extra: object = {}) =>
    send(response, status, { error: { code, message: code }, ...extra });
  const body = async (request: IncomingMessage) => {
    let text = '';
    for await (const chunk of request) text += String(chunk);
    return text;
  };
  const signedIn = (request: IncomingMessage) =>
    sessions.has(/shelfsight_session=([\w-]+)/.exec(request.headers.cookie ?? '')?.[1] ?? '');

  const handleApi = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    const method = request.method ?? 'GET';
    if (path === `${api}/catalog` && method === 'GET') {
      if (request.headers['if-none-match'] === live().etag)
        return send(response, 304, undefined, { etag: live().etag });
      response.writeHead(200, {
        'content-type': 'application/json',
        etag: live().etag,
        'x-catalog-version': String(live().version),
        'cache-control': 'no-cache',
      });
      return response.end(live().json);
    }
    if (path === `${api}/events`) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      response.write(
        `event: catalog\ndata: ${JSON.stringify({ version: live().version, etag: live().etag })}\n\n`,
      );
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    const user = { username: 'owner', role: 'owner', storeId };
    if (path === `${api}/auth/me`)
      return signedIn(request)
        ? send(response, 200, { user, mustChangePassword: false })
        : fail(response, 401, 'no-session');
    if (path === `${api}/auth/login` && method === 'POST') {
      const { username, password } = JSON.parse(await body(request)) as Record<string, string>;
      if (username !== 'owner' || password !== 'demo-password-1')
        return fail(response, 401, 'bad-credentials');
      const id = createHash('sha1').update(String(Math.random())).digest('hex');
      sessions.add(id);
      return send(
        response,
        200,
        { user, mustChangePassword: false },
        { 'set-cookie': `shelfsight_session=${id}; Path=/; HttpOnly; SameSite=Strict` },
      );
    }
    if (path === `${api}/auth/logout`) return send(response, 204);
    if (!signedIn(request)) return fail(response, 401, 'no-session');
    if (path === `${api}/catalog/versions`) {
      const list = [...versions].reverse().map((entry) => ({
        version: entry.version,
        etag: entry.etag,
        createdAt: entry.createdAt,
        createdBy: entry.createdBy,
        rollbackOf: entry.rollbackOf,
        summary: summary(versions[entry.version - 2], entry),
      }));
      return send(response, 200, { live: live().version, versions: list });
    }
    if ((path === `${api}/catalog` || path === `${api}/catalog/rollback`) && method === 'POST') {
      const ifMatch = request.headers['if-match'];
      const text = await body(request);
      const baseVersion = versions.find((entry) => entry.etag === ifMatch);
      if (!baseVersion) return fail(response, 428, 'base-version-required');
      if (baseVersion !== live())
        return fail(response, 409, 'stale-base', {
          live: { version: live().version, etag: live().etag },
          changes: summary(baseVersion, live()),
        });
      let json = text;
      let rollbackOf: number | null = null;
      if (path.endsWith('/rollback')) {
        rollbackOf = (JSON.parse(text) as { version: number }).version;
        json = versions[rollbackOf - 1]!.json;
      } else {
        const result = parseCatalog(JSON.parse(text));
        if (!result.ok) return fail(response, 422, 'invalid-catalog', { errors: result.errors });
      }
      const before = live();
      const added = add(json, 'owner', rollbackOf);
      return send(response, 201, {
        version: added.version,
        etag: added.etag,
        summary: summary(before, added),
      });
    }
    return fail(response, 404, 'not-found');
  };

  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (pathname.startsWith('/api/')) return handleApi(request, response, pathname);
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
      let content = await readFile(file);
      if (file.endsWith('index.html')) {
        content = Buffer.from(
          String(content).replace('<head>', `<head><meta name="shelfsight-server" content="${storeId}">`),
        );
      }
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(content);
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    publishAsOther: (catalog) => void add(JSON.stringify(catalog), 'someone-else'),
    get versions() {
      return versions.map(({ version, etag }) => ({ version, etag }));
    },
    close: () =>
      new Promise<void>((done) => {
        for (const client of clients) client.end();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
