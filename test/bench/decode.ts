import type { Page } from 'playwright-core';
import { launchBrowser, openPage } from '../e2e/browser';
import { buildLabelPayload, labelPose, writeShelfVideo } from '../e2e/fixtures/shelf-video';
import { serveStatic } from '../e2e/static-server';
import { formatNumber, summarize, type BenchResult, type BenchRow } from './report';

const GROUP = 'QR decode (worker)';
/** Decoded frames measured per case, after the warm-up. */
const FRAMES = Math.max(30, Number(process.env.BENCH_DECODE_FRAMES ?? 60));
const WARMUP = 5;

interface Case {
  width: number;
  height: number;
  withCode: boolean;
}

const cases: Case[] = [
  { width: 640, height: 480, withCode: false },
  { width: 640, height: 480, withCode: true },
  { width: 1280, height: 720, withCode: false },
  { width: 1280, height: 720, withCode: true },
];

// Strings, not functions: tsx would wrap functions in `__name`, which the page does not have.
const readScan = `(() => {
  const scan = window.shelfsight.scan;
  return { status: scan.status, video: scan.video, decodeMs: scan.decodeMs, readMs: scan.readMs, codes: scan.codes.length };
})()`;
// Main-thread responsiveness while the worker decodes: every animation-frame interval and every long task.
const watchMainThread = `(() => {
  const gaps = [];
  let last = performance.now();
  const tick = (now) => { gaps.push(now - last); last = now; if (!window.__stopRaf) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const longTasks = [];
  try {
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)))
      .observe({ type: 'longtask' });
  } catch {}
  window.__mainThread = { gaps, longTasks };
})()`;
const stopWatching = `(() => { window.__stopRaf = true; return window.__mainThread; })()`;

/** Polls an expression from Node: the page's CSP (rightly) forbids the eval that waitForFunction needs. */
async function until(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface ScanRead {
  status: string;
  video: { width: number; height: number } | null;
  decodeMs: number[];
  readMs: number[];
  codes: number;
}

/**
 * Decode time per frame inside the scanner's Web Worker, measured in the built app in headless Chromium
 * with a fake camera playing a generated shelf video (one label, or none), at 640x480 and 1280x720. While
 * it decodes, animation-frame intervals and long tasks on the main thread show whether decoding blocks it.
 */
export async function benchDecode(): Promise<BenchResult> {
  const server = await serveStatic('dist');
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  try {
    for (const { width, height, withCode } of cases) {
      const z = width === 640 ? 0.22 : 0.32;
      const video = writeShelfVideo(
        withCode
          ? [
              {
                text: buildLabelPayload(server.url, 'aksu-apple', 'A-01'),
                pose: labelPose(0.01, 0.02, z, -5, 10, 3),
              },
            ]
          : [],
        width,
        height,
      );
      const browser = await launchBrowser([
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${video.path}`,
      ]);
      try {
        const { page } = await openPage(browser, { viewport: { width: 960, height: 600 } });
        await page.goto(`${server.url}/shop/scan?debug=1`);
        await until(page, `(window.shelfsight?.scan?.decodedFrames ?? 0) >= ${WARMUP}`, 60_000);
        const before = (await page.evaluate('window.shelfsight.scan.decodedFrames')) as number;
        await page.evaluate(watchMainThread);
        await until(page, `window.shelfsight.scan.decodedFrames >= ${before + FRAMES}`, 120_000);
        const main = (await page.evaluate(stopWatching)) as { gaps: number[]; longTasks: number[] };
        const scan = (await page.evaluate(readScan)) as ScanRead;
        if (!scan.video || scan.video.width !== width) {
          throw new Error(`fake camera gave ${JSON.stringify(scan.video)}, expected ${width}x${height}`);
        }
        if (withCode !== scan.codes > 0)
          throw new Error(`expected ${withCode ? 'a code' : 'no code'}, saw ${scan.codes}`);
        const label = `${width}x${height}, ${withCode ? '1 code' : 'no code'}`;
        const total = scan.decodeMs.slice(-FRAMES);
        const read = scan.readMs.slice(-FRAMES);
        const zxing = total.map((ms, index) => ms - (read[index] ?? 0));
        rows.push({ group: GROUP, name: `total in worker, ${label}`, unit: 'ms/frame', samples: total });
        rows.push({ group: GROUP, name: `  zxing decode, ${label}`, unit: 'ms/frame', samples: zxing });
        rows.push({ group: GROUP, name: `  pixel read-back, ${label}`, unit: 'ms/frame', samples: read });
        rows.push({
          group: GROUP,
          name: `main-thread frame interval while decoding, ${label}`,
          unit: 'ms',
          samples: main.gaps.slice(1),
        });
        notes.push(
          [
            label,
            formatNumber(summarize(zxing).median),
            formatNumber(summarize(read).median),
            formatNumber(summarize(total).median),
            formatNumber(summarize(main.gaps.slice(1)).median),
            formatNumber(Math.max(...main.gaps.slice(1))),
            String(main.longTasks.length),
          ].join(' | '),
        );
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return {
    rows,
    sections: [
      {
        title: 'QR decoding in the worker vs the main thread',
        markdown: [
          'Fake camera (generated .y4m, one 30 mm label or none) into `/shop/scan`; decode time is measured inside the',
          'worker per frame; the main thread keeps drawing animation frames meanwhile.',
          '',
          '| case | zxing ms (median) | read-back ms | total ms | main-thread frame interval median | longest | long tasks (>50 ms) |',
          '|---|---:|---:|---:|---:|---:|---:|',
          ...notes.map((line) => `| ${line} |`),
        ].join('\n'),
      },
    ],
  };
}
