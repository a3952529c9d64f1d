import { loadavg } from 'node:os';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../src/server/db/connect';
import { orders } from '../../src/server/db/schema';
import { cpuPerItem, cpuSnapshot, type CpuSnapshot } from './cpu-time';
import { readDemoCatalog } from '../../src/server/seed';
import {
  checkFlashSale,
  flashProductId,
  flashPromotionId,
  flashSaleCatalog,
  cartTotalFen,
  runBurst,
  type BurstRun,
  type FlashVerdict,
} from '../server/flash-burst';
import {
  pgliteDeployment,
  postgresDeployment,
  startServers,
  stopServers,
  STORE,
  type DeploymentOptions,
  type Deployment,
} from './deployments';
import { formatNumber, quantile, type BenchResult, type BenchRow, type BenchSection } from './report';

const GROUP = 'flash sale';
const SHOPPERS = 10_000;
const UNITS = 5_000;
/**
 * Requests in flight per server process (keep-alive connections from the load generator): at 00:00 thousands
 * of phones tap at once, so the burst is wide; the group commit turns the width into large batches.
 */
const CONNECTIONS = 256;
/** Unmeasured orders first, for another product: the JIT and PGlite's WebAssembly warm up over seconds. */
const WARMUP_ORDERS = 2_000;
const WARMUP_PRODUCT = 'paper-shell-walnuts';

interface FlashResult {
  label: string;
  servers: number;
  run: BurstRun;
  verdict: FlashVerdict;
  /** CPU milliseconds per shopper of the measured burst, by process. */
  cpu: CpuSnapshot;
  /** Reservation transactions over warm-up and burst (each batch stamps its orders with one created_at). */
  batches: number;
}

async function reserveBatches(database: Database): Promise<number> {
  const rows = await database.db
    .select({ batches: sql<string>`count(distinct ${orders.createdAt})` })
    .from(orders)
    .where(eq(orders.storeId, STORE));
  return Number(rows[0]?.batches ?? 0);
}

async function flashBurst(
  make: (options: DeploymentOptions) => Promise<Deployment>,
  servers: number,
  dist: string,
): Promise<FlashResult> {
  const catalog = flashSaleCatalog(readDemoCatalog(), { cap: UNITS, sold: 0, stock: SHOPPERS * 2 });
  catalog.products.find((product) => product.id === WARMUP_PRODUCT)!.stock = WARMUP_ORDERS * 2;
  const deployment = await make({ dist, catalog });
  try {
    const started = await startServers(deployment, servers);
    let run: BurstRun;
    let cpu: CpuSnapshot;
    try {
      const urls = started.map((server) => server.url);
      await runBurst({
        urls,
        storeId: STORE,
        productId: WARMUP_PRODUCT,
        qty: 1,
        expectedTotalFen: cartTotalFen(catalog, WARMUP_PRODUCT, 1),
        shoppers: WARMUP_ORDERS,
        connectionsPerServer: CONNECTIONS,
        prefix: 'warmup',
      });
      const cpu0 = cpuSnapshot(started.map((server) => server.child.pid!));
      run = await runBurst({
        urls,
        storeId: STORE,
        productId: flashProductId,
        qty: 1,
        expectedTotalFen: cartTotalFen(catalog, flashProductId, 1),
        shoppers: SHOPPERS,
        connectionsPerServer: CONNECTIONS,
        prefix: 'shopper',
      });
      const cpu1 = cpuSnapshot(started.map((server) => server.child.pid!));
      cpu = cpuPerItem(cpu0, cpu1, SHOPPERS);
    } finally {
      await stopServers(started);
    }
    // After the servers stopped: PGlite's data dir has one owner at a time.
    const database = await deployment.open();
    try {
      const verdict = await checkFlashSale(
        database,
        {
          storeId: STORE,
          productId: flashProductId,
          promotionId: flashPromotionId,
          soldBefore: 0,
          productTotal: SHOPPERS * 2,
        },
        run.answers,
      );
      return { label: deployment.label, servers, run, verdict, cpu, batches: await reserveBatches(database) };
    } finally {
      await database.close();
    }
  } finally {
    await deployment.cleanup();
  }
}

const ms = (value: number) => formatNumber(value);

function section(results: readonly FlashResult[], load: string): BenchSection {
  const lines = [
    `${SHOPPERS.toLocaleString('en-US')} shoppers (one order of 1 flash apple each, each with its own ` +
      `shopper id and Idempotency-Key) for ${UNITS.toLocaleString('en-US')} units, over HTTP from an undici ` +
      `client in the bench process with ${CONNECTIONS} keep-alive connections per server process, all on this ` +
      `machine's 2 cores. Warmed first by ${WARMUP_ORDERS.toLocaleString('en-US')} unmeasured orders of another ` +
      'product. Acknowledged = 201 with an order; latency is per request, over all answers. Oversold counts ' +
      'units past the cap by the promotion row and by the stored orders; lost counts acknowledged orders missing ' +
      'from the database after the servers stopped. Reserve transactions count the group commits of warm-up and ' +
      'burst together (orders of one batch share their created_at). CPU is per shopper of the measured burst, ' +
      'read from /proc: the server processes, every postgres process on the machine, and the load generator. ' +
      'Goal (issue #15): ≥ 5,000 acknowledged/s on PostgreSQL, ' +
      '≥ 1,000/s on PGlite, 0 oversold, 0 lost.',
    '',
    '| database | servers | acknowledged | refused | other | wall s | acknowledged/s | answers/s | p50 ms | p99 ms | units sold | oversold | lost | reserve transactions | CPU ms/shopper: servers / PostgreSQL / client |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const { label, servers, run, verdict, cpu, batches } of results) {
    const latencies = run.answers.map((answer) => answer.latencyMs).sort((a, b) => a - b);
    const acked = verdict.acknowledgedOrders;
    const refused = run.answers.filter((answer) => answer.status === 409).length;
    const seconds = run.wallMs / 1000;
    // Acknowledged orders come in the first part of the burst; their rate is over the time the last one took.
    const lastAck = Math.max(
      ...run.answers.filter((answer) => answer.status === 201).map((answer) => answer.doneAtMs),
    );
    lines.push(
      `| ${label} | ${servers} | ${acked} | ${refused} | ${verdict.unexplained.length} | ${seconds.toFixed(2)} | ` +
        `${(acked / (lastAck / 1000)).toFixed(0)} | ${(run.answers.length / seconds).toFixed(0)} | ` +
        `${ms(quantile(latencies, 0.5))} | ${ms(quantile(latencies, 0.99))} | ${verdict.taken} | ` +
        `${verdict.oversold} | ${verdict.lost} | ${batches} | ` +
        `${cpu.servers.toFixed(2)} / ${label === 'PGlite' ? '–' : cpu.postgres.toFixed(2)} / ${cpu.client.toFixed(2)} |`,
    );
  }
  lines.push('', load);
  return { title: 'Flash sale burst', markdown: lines.join('\n') };
}

function rows({ label, servers, run, verdict }: FlashResult): BenchRow[] {
  const name = `flash burst ${SHOPPERS}/${UNITS}, ${label}${servers > 1 ? ` × ${servers} servers` : ''}`;
  return [
    {
      group: GROUP,
      name: `${name}: latency`,
      unit: 'ms',
      samples: run.answers.map((answer) => answer.latencyMs),
    },
    { group: GROUP, name: `${name}: oversold`, unit: 'units', samples: [verdict.oversold] },
    { group: GROUP, name: `${name}: lost`, unit: 'orders', samples: [verdict.lost] },
  ];
}

const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');

/**
 * Issue #15's bench: the 00:00 flash burst against real server processes on PGlite, PostgreSQL, and two
 * processes on one PostgreSQL; each on a fresh database, judged by the same checker as the tests.
 */
export async function benchFlashBurst({ dist = 'dist' }: { dist?: string } = {}): Promise<BenchResult> {
  const loadAtStart = loadAverage();
  const results = [
    await flashBurst(pgliteDeployment, 1, dist),
    await flashBurst(postgresDeployment, 1, dist),
    await flashBurst(postgresDeployment, 2, dist),
  ];
  const load = `Load average (1/5/15 min) during this bench: ${loadAtStart} at start, ${loadAverage()} at end.`;
  return { rows: results.flatMap(rows), sections: [section(results, load)] };
}
