import http from 'node:http';
import { loadavg } from 'node:os';
import type { SpawnedServer } from '../server/spawn-server';
import {
  OWNER_PASSWORD,
  pgliteDeployment,
  postgresDeployment,
  startServers,
  stopServers,
  STORE,
  type Deployment,
} from './deployments';
import type { BenchResult, BenchRow, BenchSection } from './report';
import { formatNumber, quantile } from './report';

const GROUP = 'store server';

const CLIENTS = 1_000;
const PUBLISHES = 5;
const PUBLISH_SPACING_MS = 1_000;
/** SSE connections being opened at once (the listen backlog is 511; more at once only measures SYN retries). */
const OPENING_AT_ONCE = 100;
const CONNECT_DEADLINE_MS = 30_000;
const DELIVERY_DEADLINE_MS = 10_000;
const LOAD_CONNECTIONS = 50;
const LOAD_WARMUP_MS = 500;
/** Unmeasured load on a fresh server first: PGlite's WebAssembly and the server's JIT warm up over seconds. */
const SERVER_WARMUP_MS = 3_000;
const LOAD_MS = 4_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const sortedCopy = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** Runs `fn` and fails it if it takes longer than `ms`: every phase of this bench is bounded. */
async function within<T>(what: string, ms: number, fn: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      fn(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Event clients

interface EventClient {
  /** The latest catalog version this client received, and when (performance.now()). */
  version: number;
  arrivals: Map<number, number>;
  ended: boolean;
  request: http.ClientRequest;
}

/** One SSE client on node:http, parsing only what the bench needs: the version of each `catalog` event. */
function openEventClient(url: string, agent: http.Agent): Promise<EventClient> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      `${url}/api/stores/${STORE}/events`,
      { agent, headers: { accept: 'text/event-stream' } },
      (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          reject(new Error(`events: HTTP ${response.statusCode}`));
          return;
        }
        response.setEncoding('utf8');
        let buffer = '';
        let first = true;
        response.on('data', (chunk: string) => {
          const now = performance.now();
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (!block.includes('event: catalog')) continue;
            const data = /^data: ?(.*)$/mu.exec(block)?.[1];
            if (!data) continue;
            const version = (JSON.parse(data) as { version: number }).version;
            client.version = version;
            client.arrivals.set(version, now);
            if (first) {
              first = false;
              resolve(client);
            }
          }
        });
        const finish = () => {
          client.ended = true;
          if (first) reject(new Error('events: stream ended before its first event'));
        };
        response.on('end', finish);
        response.on('close', finish);
        response.on('error', finish);
      },
    );
    const client: EventClient = { version: -1, arrivals: new Map(), ended: false, request };
    request.on('error', (error) => {
      client.ended = true;
      reject(error);
    });
  });
}

/** Opens `count` clients spread round-robin over the servers, `OPENING_AT_ONCE` at a time. */
async function openEventClients(servers: readonly SpawnedServer[], count: number, agent: http.Agent) {
  const clients: EventClient[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      clients.push(await openEventClient(servers[index % servers.length]!.url, agent));
    }
  };
  await Promise.all(Array.from({ length: Math.min(OPENING_AT_ONCE, count) }, worker));
  return clients;
}

// ---------------------------------------------------------------------------------------------------------
// The owner's side: sign in, publish a changed price

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/stores/${STORE}/auth/login`, {
    method: 'POST',
    headers: { origin: url, 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'owner', password: OWNER_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { mustChangePassword: boolean };
  if (body.mustChangePassword) throw new Error('login: the seeded owner must change the password');
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** The live catalog with its price changed, and its ETag for If-Match. */
async function changedCatalog(url: string, round: number) {
  const response = await fetch(`${url}/api/stores/${STORE}/catalog`);
  if (response.status !== 200) throw new Error(`catalog: ${response.status}`);
  const etag = response.headers.get('etag')!;
  const version = Number(response.headers.get('x-catalog-version'));
  const catalog = (await response.json()) as { products: { priceFen: number }[] };
  catalog.products[0]!.priceFen += round % 2 ? -100 : 100;
  return { etag, version, body: JSON.stringify(catalog) };
}

async function publish(url: string, cookie: string, etag: string, body: string) {
  const response = await fetch(`${url}/api/stores/${STORE}/catalog`, {
    method: 'POST',
    headers: { origin: url, cookie, 'if-match': etag, 'content-type': 'application/json' },
    body,
  });
  if (response.status !== 201) throw new Error(`publish: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { version: number }).version;
}

interface FanoutResult {
  label: string;
  clients: number;
  servers: number;
  connectMs: number;
  /** Per publish: delivery latencies (ms) of the clients that got it, and the POST's round trip. */
  publishes: { latencies: number[]; postMs: number }[];
}

/**
 * Publish-to-screen: `CLIENTS` event streams spread over `serverCount` processes, then `PUBLISHES` publishes
 * through the first one, each timed from just before its POST to the arrival of the new version on each
 * client (the client's own parse included: it shares the 2 cores with the servers and the database).
 */
async function benchFanout(deployment: Deployment, serverCount: number): Promise<FanoutResult> {
  const servers = await startServers(deployment, serverCount);
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  let clients: EventClient[] = [];
  try {
    const connectStart = performance.now();
    clients = await within(`${CLIENTS} event clients`, CONNECT_DEADLINE_MS, () =>
      openEventClients(servers, CLIENTS, agent),
    );
    const connectMs = performance.now() - connectStart;
    const publisher = servers[0]!.url;
    const cookie = await signIn(publisher);
    const publishes: FanoutResult['publishes'] = [];
    for (let round = 0; round < PUBLISHES; round++) {
      if (round > 0) await sleep(PUBLISH_SPACING_MS);
      const change = await changedCatalog(publisher, round);
      const start = performance.now();
      const version = await publish(publisher, cookie, change.etag, change.body);
      const postMs = performance.now() - start;
      const deadline = start + DELIVERY_DEADLINE_MS;
      while (performance.now() < deadline && clients.some((c) => !c.arrivals.has(version) && !c.ended))
        await sleep(5);
      const latencies = clients.flatMap((c) => {
        const at = c.arrivals.get(version);
        return at === undefined ? [] : [at - start];
      });
      publishes.push({ latencies, postMs });
      for (const client of clients) client.arrivals.clear();
    }
    return { label: deployment.label, clients: clients.length, servers: serverCount, connectMs, publishes };
  } finally {
    for (const client of clients) client.request.destroy();
    agent.destroy();
    await stopServers(servers);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Catalog GET under load

interface LoadResult {
  label: string;
  status: 200 | 304;
  requests: number;
  errors: number;
  seconds: number;
  latencies: number[];
  /** Requests completed in each whole second of the measured window. */
  perSecond: number[];
}

/** One keep-alive GET; resolves with the status once the body is read. */
function get(agent: http.Agent, url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
      response.resume();
    });
    request.on('error', reject);
  });
}

/** `LOAD_CONNECTIONS` keep-alive connections, each sending the next request as soon as one is answered. */
async function benchCatalogGets(
  server: SpawnedServer,
  label: string,
  status: 200 | 304,
  { warmupMs = LOAD_WARMUP_MS, measureMs = LOAD_MS } = {},
): Promise<LoadResult> {
  const url = `${server.url}/api/stores/${STORE}/catalog`;
  const first = await fetch(url);
  const etag = first.headers.get('etag')!;
  await first.arrayBuffer();
  const headers: Record<string, string> = status === 304 ? { 'if-none-match': etag } : {};
  const agent = new http.Agent({ keepAlive: true, maxSockets: LOAD_CONNECTIONS });
  const warmEnd = performance.now() + warmupMs;
  const end = warmEnd + measureMs;
  const latencies: number[] = [];
  const perSecond = Array.from({ length: Math.max(1, Math.ceil(measureMs / 1000)) }, () => 0);
  let errors = 0;
  const worker = async () => {
    while (performance.now() < end) {
      const sent = performance.now();
      let answered: number;
      try {
        answered = await get(agent, url, headers);
      } catch {
        answered = 0;
      }
      const done = performance.now();
      if (sent < warmEnd || done > end) continue;
      if (answered !== status) errors += 1;
      else {
        latencies.push(done - sent);
        perSecond[Math.min(perSecond.length - 1, Math.floor((done - warmEnd) / 1000))]! += 1;
      }
    }
  };
  try {
    await within(`catalog GET ${status} load`, warmupMs + measureMs + 15_000, () =>
      Promise.all(Array.from({ length: LOAD_CONNECTIONS }, worker)),
    );
  } finally {
    agent.destroy();
    server.logs.length = 0; // one JSON line per request piles up in the parent otherwise
  }
  return {
    label,
    status,
    requests: latencies.length,
    errors,
    seconds: measureMs / 1000,
    latencies,
    perSecond,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The whole bench

const ms = (value: number) => formatNumber(value);
const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');

function fanoutSection(results: readonly FanoutResult[]): BenchSection {
  const lines = [
    `${CLIENTS.toLocaleString('en-US')} SSE clients on \`/api/stores/${STORE}/events\` (node:http in the bench ` +
      `process), ${PUBLISHES} publishes ~${PUBLISH_SPACING_MS / 1000} s apart through the first server; latency ` +
      'from just before the POST to the new version arriving at each client, over every delivery. Goal (issue ' +
      '#14): p99 ≤ 2 s.',
    '',
    '| database | servers | delivered (each publish) | p50 ms | p99 ms | max ms | POST ms (median) | open 1,000 streams s |',
    '|---|---:|---|---:|---:|---:|---:|---:|',
  ];
  for (const result of results) {
    const all = sortedCopy(result.publishes.flatMap((p) => p.latencies));
    const delivered = result.publishes.map((p) => `${p.latencies.length}/${result.clients}`).join(', ');
    const post = sortedCopy(result.publishes.map((p) => p.postMs));
    lines.push(
      `| ${result.label} | ${result.servers} | ${delivered} | ${ms(quantile(all, 0.5))} | ${ms(quantile(all, 0.99))} | ` +
        `${ms(all.at(-1) ?? Number.NaN)} | ${ms(quantile(post, 0.5))} | ${(result.connectMs / 1000).toFixed(1)} |`,
    );
  }
  return { title: 'Store server: publish to screen', markdown: lines.join('\n') };
}

function loadSection(results: readonly LoadResult[]): BenchSection {
  const lines = [
    `\`GET /api/stores/${STORE}/catalog\` from ${LOAD_CONNECTIONS} keep-alive connections (node:http in the bench ` +
      `process, sharing the 2 cores with the server and the database) for ${LOAD_MS / 1000} s after ` +
      `${LOAD_WARMUP_MS} ms warm-up; one server process, warmed first by ${SERVER_WARMUP_MS / 1000} s of unmeasured GETs. 304: \`If-None-Match\` with the live ETag; 200: the full ` +
      'catalog body.',
    '',
    '| database | answer | req/s | p50 ms | p99 ms | errors |',
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const result of results) {
    const sorted = sortedCopy(result.latencies);
    lines.push(
      `| ${result.label} | ${result.status} | ${(result.requests / result.seconds).toFixed(0)} | ` +
        `${ms(quantile(sorted, 0.5))} | ${ms(quantile(sorted, 0.99))} | ${result.errors} |`,
    );
  }
  return { title: 'Store server: catalog GET', markdown: lines.join('\n') };
}

function fanoutRows(result: FanoutResult): BenchRow[] {
  const name = `publish → ${CLIENTS.toLocaleString('en-US')} event clients, ${result.label}${
    result.servers > 1 ? ` × ${result.servers} servers` : ''
  }`;
  const per = result.publishes.map((p) => sortedCopy(p.latencies));
  return [
    {
      group: GROUP,
      name: `${name}: p50 of each publish`,
      unit: 'ms',
      samples: per.map((s) => quantile(s, 0.5)),
    },
    {
      group: GROUP,
      name: `${name}: p99 of each publish`,
      unit: 'ms',
      samples: per.map((s) => quantile(s, 0.99)),
    },
    {
      group: GROUP,
      name: `${name}: publish POST`,
      unit: 'ms',
      samples: result.publishes.map((p) => p.postMs),
    },
    {
      group: GROUP,
      name: `${name}: clients reached`,
      unit: 'clients',
      samples: result.publishes.map((p) => p.latencies.length),
    },
  ];
}

function loadRows(result: LoadResult): BenchRow[] {
  const name = `catalog GET ${result.status}, ${LOAD_CONNECTIONS} connections, ${result.label}`;
  return [{ group: GROUP, name, unit: 'req/s (each second)', samples: result.perSecond }];
}

/**
 * Issue #14's server bench: publish-to-screen latency with 1,000 connected event clients (PGlite, PostgreSQL,
 * and two server processes on one PostgreSQL), and catalog GETs per second, 304 and 200, on both databases.
 * Real server processes (`src/server/main.ts`, plain HTTP on loopback); each gets a fresh database that is
 * removed afterwards.
 */
export async function benchStoreServer({ dist = 'dist' }: { dist?: string } = {}): Promise<BenchResult> {
  const fanouts: FanoutResult[] = [];
  const loads: LoadResult[] = [];
  const loadAtStart = loadAverage();
  for (const make of [pgliteDeployment, postgresDeployment]) {
    const deployment = await make({ dist });
    try {
      fanouts.push(await benchFanout(deployment, 1));
      if (deployment.label === 'PostgreSQL') fanouts.push(await benchFanout(deployment, 2));
      const [server] = await startServers(deployment, 1);
      try {
        for (const status of [200, 304] as const)
          await benchCatalogGets(server!, deployment.label, status, {
            warmupMs: SERVER_WARMUP_MS / 2,
            measureMs: 0,
          });
        loads.push(await benchCatalogGets(server!, deployment.label, 304));
        loads.push(await benchCatalogGets(server!, deployment.label, 200));
      } finally {
        await stopServers([server!]);
      }
    } finally {
      await deployment.cleanup();
    }
  }
  const load = `Load average (1/5/15 min) during this bench: ${loadAtStart} at start, ${loadAverage()} at end.`;
  const [fanout, gets] = [fanoutSection(fanouts), loadSection(loads)];
  fanout.markdown += `\n\n${load}`;
  return { rows: [...fanouts.flatMap(fanoutRows), ...loads.flatMap(loadRows)], sections: [fanout, gets] };
}
