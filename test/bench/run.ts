import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchPricing } from './pricing';
import { machineInfo, markdownReport, markdownTable, summarize, type BenchRow } from './report';

/** Every bench, run in order. Add new ones here: each returns its rows. */
const benches: { name: string; run: () => Promise<BenchRow[]> }[] = [{ name: 'pricing', run: benchPricing }];

const rows: BenchRow[] = [];
for (const bench of benches) {
  process.stderr.write(`bench: ${bench.name}…\n`);
  rows.push(...(await bench.run()));
}

console.log(markdownTable(rows));
const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
writeFileSync(here('./results.md'), markdownReport(rows));
const json = { machine: machineInfo(), rows: rows.map((row) => ({ ...row, ...summarize(row.samples) })) };
writeFileSync(here('./results.json'), `${JSON.stringify(json, null, 2)}\n`);
