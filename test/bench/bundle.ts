import { readFileSync } from 'node:fs';
import {
  BUDGET_SHARE,
  MODEL_VIEWER_JS,
  ROUTES,
  budgetReport,
  compressedSizes,
  lazyChunks,
  workerChunks,
  measureFiles,
  readManifest,
  routeFiles,
  type FileSet,
  type Sizes,
} from './bundle-size';
import type { BenchResult, BenchRow } from './report';

const GROUP = 'bundle size';
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

function line(label: string, js: Sizes, css: Sizes, extra: Sizes, files: FileSet): string {
  const names = [...files.js, ...files.css, ...files.assets].map((f) => f.replace(/^assets\//, ''));
  return (
    `| ${label} | ${kb(js.gzip)} | ${kb(js.brotli)} | ${kb(js.raw)} | ${kb(css.gzip)} | ` +
    `${extra.raw ? kb(extra.gzip) : '–'} | ${names.join(', ')} |`
  );
}

/**
 * Sizes from the production build's manifest: each route's initial JS and CSS (app shell + its surface and
 * their static imports), each lazy chunk on top of the shell, and model-viewer measured the same way.
 * Deterministic. The shopper-route budget is reported here; it becomes a test in npm test once the app meets it.
 */
export async function benchBundle(dist: string): Promise<BenchResult> {
  const manifest = readManifest(dist);
  const rows: BenchRow[] = [];
  const none: Sizes = { raw: 0, gzip: 0, brotli: 0 };
  const table = [
    '| what | JS gzip kB | JS brotli kB | JS raw kB | CSS gzip kB | wasm gzip kB | files |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  const push = (name: string, sizes: Sizes) => {
    rows.push({ group: GROUP, name: `${name} (gzip)`, unit: 'kB', samples: [sizes.gzip / 1000] });
    rows.push({ group: GROUP, name: `${name} (brotli)`, unit: 'kB', samples: [sizes.brotli / 1000] });
  };
  const peer = compressedSizes(readFileSync(MODEL_VIEWER_JS));
  table.push(line('**model-viewer.min.js 4.4**', peer, none, none, { js: [], css: [], assets: [] }));
  push('model-viewer.min.js JS', peer);
  for (const { route, surface } of ROUTES) {
    const files = routeFiles(manifest, surface);
    const js = measureFiles(dist, files.js);
    const css = measureFiles(dist, files.css);
    table.push(line(`route ${route} initial`, js, css, none, files));
    push(`route ${route} initial JS`, js);
    rows.push({
      group: GROUP,
      name: `route ${route} initial CSS (gzip)`,
      unit: 'kB',
      samples: [css.gzip / 1000],
    });
  }
  const workers = workerChunks(dist, manifest).map(({ key, from, files }) => ({
    key: `${key} (started by ${from})`,
    files,
  }));
  for (const { key, files } of [...lazyChunks(manifest), ...workers]) {
    const js = measureFiles(dist, files.js);
    const wasm = measureFiles(dist, files.assets);
    table.push(line(`lazy ${key}`, js, measureFiles(dist, files.css), wasm, files));
    push(`lazy ${key} JS`, js);
    if (wasm.raw) push(`lazy ${key} wasm`, wasm);
  }
  const budget = budgetReport(dist);
  const verdicts = budget.routes.map(
    (r) =>
      `- ${r.route}: ${kb(r.js.gzip)} kB gzip vs budget ${kb(budget.limit)} kB ` +
      `(${BUDGET_SHARE} x ${kb(budget.peer.gzip)} kB) -> ${r.js.gzip <= budget.limit ? 'within budget' : `**over by ${kb(r.js.gzip - budget.limit)} kB**`}`,
  );
  return {
    rows,
    sections: [
      {
        title: 'Bundle size (gzip -9 / brotli -q 11 per file, production build)',
        markdown: `${table.join('\n')}\n\nBudget (asserted in npm test by test/e2e/bundle-budget.e2e.ts):\n\n${verdicts.join('\n')}`,
      },
    ],
  };
}
