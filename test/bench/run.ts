import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBundle } from './bundle';
import { benchComposition } from './bundle-composition';
import { benchFirstFrame } from './first-frame';
import { benchPricing } from './pricing';
import { benchScene } from './scene';
import { benchStoreServer } from './store-server';
import { benchFlashBurst } from './flash-burst';
import { openBenchSession, type BenchSession } from './session';
import {
  machineInfo,
  markdownReport,
  markdownSections,
  markdownTable,
  summarize,
  type BenchResult,
  type BenchRow,
  type BenchSection,
} from './report';

// `npm run bench` builds dist first (vite build), then runs every bench in order. Node-only benches first,
// then the browser ones, which share one Chromium and one loopback server.
type Bench = {
  name: string;
  run: (session: () => Promise<BenchSession>) => Promise<BenchRow[] | BenchResult>;
};

// Other work may rebuild dist while the bench runs (it takes minutes): every bench reads one snapshot.
const dist = mkdtempSync(join(tmpdir(), 'shelfsight-bench-dist-'));
cpSync('dist', dist, { recursive: true });

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/** The QR-decoding bench lives in its own issue; it joins in as soon as its file exists. */
async function decodeBench(): Promise<Bench[]> {
  if (!existsSync(here('./decode.ts'))) return [];
  // A computed specifier: the type checker must not require a file that may not exist yet.
  const specifier = new URL('./decode.ts', import.meta.url).href;
  const module = (await import(specifier)) as { benchDecode: () => Promise<BenchRow[] | BenchResult> };
  return [{ name: 'QR decoding', run: () => module.benchDecode() }];
}

const benches: Bench[] = [
  { name: 'bundle size', run: () => benchBundle(dist) },
  { name: 'bundle composition', run: () => benchComposition() },
  { name: 'pricing', run: () => benchPricing() },
  ...(await decodeBench()),
  { name: 'store server', run: () => benchStoreServer({ dist }) },
  { name: 'flash sale', run: () => benchFlashBurst({ dist }) },
  { name: 'first product frame vs model-viewer', run: async (session) => benchFirstFrame(await session()) },
  { name: 'scene cost', run: async (session) => benchScene(await session()) },
];

let opened = null as Promise<BenchSession> | null;
const session = () => (opened ??= openBenchSession(dist));

const rows: BenchRow[] = [];
const sections: BenchSection[] = [];
const started = performance.now();
const loadAtStart = machineInfo().load;
let chromiumVersion = '';
const durations: string[] = [];
try {
  for (const bench of benches) {
    process.stderr.write(`bench: ${bench.name}…\n`);
    const benchStart = performance.now();
    const result = await bench.run(session);
    durations.push(`${bench.name} ${((performance.now() - benchStart) / 1000).toFixed(0)} s`);
    const { rows: benchRows, sections: benchSections = [] } = Array.isArray(result)
      ? { rows: result }
      : result;
    rows.push(...benchRows);
    sections.push(...benchSections);
  }
} finally {
  if (opened) {
    const open = await opened;
    chromiumVersion = open.browser.version();
    await open.close();
  }
  rmSync(dist, { recursive: true, force: true });
}

const pkg = (name: string) =>
  (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
const versions: Record<string, string> = Object.fromEntries(
  [
    'three',
    '@react-three/fiber',
    '@react-three/drei',
    'react',
    'vite',
    '@google/model-viewer',
    'playwright-core',
  ].map((name) => [name, pkg(name)]),
);
if (chromiumVersion) versions.chromium = chromiumVersion;

sections.unshift({
  title: 'Run conditions',
  markdown:
    `Load average (1/5/15 min) at start ${loadAtStart}, at end ${machineInfo().load}; whole run ` +
    `${((performance.now() - started) / 1000).toFixed(0)} s (${durations.join(', ')}). Timings are reported, never asserted: on a ` +
    'shared 2-core machine they move with the load; sizes and counts are deterministic.',
});
console.log(markdownSections(sections));
console.log(markdownTable(rows));
writeFileSync(here('./results.md'), markdownReport(rows, sections, versions));
const json = {
  machine: machineInfo(),
  versions,
  sections,
  rows: rows.map((row) => ({ ...row, ...summarize(row.samples) })),
};
writeFileSync(here('./results.json'), `${JSON.stringify(json, null, 2)}\n`);
process.stderr.write(`bench: done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
