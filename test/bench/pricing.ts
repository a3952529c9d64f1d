import { parseCatalog } from '../../src/domain/catalog';
import { quote } from '../../src/domain/pricing';
import { BENCH_AT, BENCH_COUPONS, benchCart, benchCatalog } from './pricing-fixture';
import type { BenchRow } from './report';

const GROUP = 'pricing';

/** Runs `fn` in batches of `batch`, returning ms per call for each batch (timer resolution stays irrelevant). */
function measure(fn: () => unknown, options: { warmupMs: number; samples: number; batch: number }): number[] {
  const warmEnd = performance.now() + options.warmupMs;
  while (performance.now() < warmEnd) fn();
  const samples: number[] = [];
  for (let s = 0; s < options.samples; s++) {
    const start = performance.now();
    for (let i = 0; i < options.batch; i++) fn();
    samples.push((performance.now() - start) / options.batch);
  }
  return samples;
}

function quoteCase(lines: number) {
  const parsed = parseCatalog(benchCatalog(Math.max(lines, 1_000)));
  if (!parsed.ok) throw new Error(`bench catalog invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const catalog = parsed.catalog;
  const cart = benchCart(lines);
  const input = { catalog, lines: cart, at: BENCH_AT, coupons: BENCH_COUPONS };
  const check = quote(input);
  if (!check.ok) throw new Error(`bench quote failed: ${JSON.stringify(check.errors.slice(0, 3))}`);
  return { catalog, cart, run: () => quote(input) };
}

/**
 * The pricing engine's budget: a 1,000-line cart against 200 active promotions must quote in under 2 ms
 * (median, warm). Also how time grows with cart size (it should be about linear: µs per line flat), and the
 * first quote on a fresh catalog object, which pays for building the promotion index once.
 */
export async function benchPricing(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const headline = quoteCase(1_000);
  rows.push({
    group: GROUP,
    name: 'quote 1,000 lines × 200 promotions (warm)',
    unit: 'ms',
    samples: measure(headline.run, { warmupMs: 1_000, samples: 200, batch: 5 }),
  });
  const cold: number[] = [];
  for (let i = 0; i < 30; i++) {
    const fresh = structuredClone(headline.catalog);
    const start = performance.now();
    quote({ catalog: fresh, lines: headline.cart, at: BENCH_AT, coupons: BENCH_COUPONS });
    cold.push(performance.now() - start);
  }
  rows.push({
    group: GROUP,
    name: 'first quote on a new catalog object (index build)',
    unit: 'ms',
    samples: cold,
  });
  for (const lines of [10, 100, 1_000, 10_000]) {
    const { run } = quoteCase(lines);
    const batch = Math.max(1, Math.round(20_000 / lines));
    const samples = measure(run, { warmupMs: 300, samples: 60, batch });
    const label = lines.toLocaleString('en-US');
    rows.push({ group: GROUP, name: `scaling: ${label} lines`, unit: 'ms', samples });
    rows.push({
      group: GROUP,
      name: `scaling: ${label} lines`,
      unit: 'µs/line',
      samples: samples.map((ms) => (ms * 1_000) / lines),
    });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return rows;
}
