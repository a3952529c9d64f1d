import type { BenchResult, BenchRow } from './report';
import { formatNumber, summarize } from './report';
import type { BenchSession } from './session';

const GROUP = 'scene cost';
const VIEWPORT = { width: 1280, height: 720 };
const ALL_PRODUCTS = [
  'aksu-apple',
  'kashgar-pomegranate',
  'hami-melon',
  'turpan-raisins',
  'hotan-jujubes',
  'paper-shell-walnuts',
  'dried-apricots',
  'double-eleven-gift-box',
];

interface SceneCase {
  label: string;
  count: number;
  query: string;
}

const cases: SceneCase[] = [
  { label: '1 apple', count: 1, query: 'n=1' },
  { label: '10 apples', count: 10, query: 'n=10' },
  { label: '50 apples', count: 50, query: 'n=50' },
  { label: '50 mixed (8 kinds)', count: 50, query: `n=50&spacing=0.34&products=${ALL_PRODUCTS.join(',')}` },
  { label: '50 apples, instanced', count: 50, query: 'n=50&mode=instanced' },
];

interface SceneInfo {
  drawCalls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
}
interface Timings {
  intervalMs: number[];
  renderMs: number[];
}

/**
 * Scene cost on the bench shelf page (the app's own ProductModel, N copies, studio lighting): renderer.info
 * counts after the shelf is drawn, and frame timings. Repeated products must share geometry and materials,
 * so geometries and programs stay flat while draw calls grow by one per mesh per copy; the instanced
 * variant shows what instancing would save.
 */
export async function benchScene(session: BenchSession): Promise<BenchResult> {
  const rows: BenchRow[] = [];
  const table = [
    '| shelf | draw calls | per product | triangles | geometries | textures | programs | frame interval ms | render() CPU ms | render + GPU sync ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const scene of cases) {
    const context = await session.browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/__bench/scene/scene.html?${scene.query}`);
    await page.waitForFunction('window.benchScene?.ready === true', undefined, { timeout: 90_000 });
    // Let shaders compile and the first frames settle before measuring.
    await page.evaluate('window.benchScene.measure(10, false, 500)');
    const info = (await page.evaluate('window.benchScene.info()')) as SceneInfo;
    const free = (await page.evaluate('window.benchScene.measure(60, false, 2500)')) as Timings;
    const synced = (await page.evaluate('window.benchScene.measure(20, true, 2000)')) as Timings;
    await context.close();

    const name = `${scene.label}`;
    rows.push({ group: GROUP, name: `${name}: frame interval`, unit: 'ms', samples: free.intervalMs });
    rows.push({ group: GROUP, name: `${name}: render() CPU`, unit: 'ms', samples: free.renderMs });
    rows.push({ group: GROUP, name: `${name}: render + GPU sync`, unit: 'ms', samples: synced.renderMs });
    for (const key of ['drawCalls', 'triangles', 'geometries', 'programs'] as const) {
      rows.push({ group: GROUP, name: `${name}: ${key}`, unit: 'count', samples: [info[key]] });
    }
    const med = (samples: number[]) => formatNumber(summarize(samples).median);
    table.push(
      `| ${name} | ${info.drawCalls} | ${formatNumber(info.drawCalls / scene.count)} | ${info.triangles} | ` +
        `${info.geometries} | ${info.textures} | ${info.programs} | ${med(free.intervalMs)} | ` +
        `${med(free.renderMs)} | ${med(synced.renderMs)} |`,
    );
  }
  return {
    rows,
    sections: [
      {
        title: 'Scene cost (bench shelf page, 1280x720, SwiftShader; medians)',
        markdown: table.join('\n'),
      },
    ],
  };
}
