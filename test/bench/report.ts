import os from 'node:os';

/** One measured quantity: every sample kept, so summaries can be recomputed later. */
export interface BenchRow {
  /** What is measured, e.g. "pricing". */
  group: string;
  /** The case, e.g. "quote 1,000 lines × 200 promotions". */
  name: string;
  /** Unit of every sample, e.g. "ms" or "µs/line". */
  unit: string;
  samples: number[];
}

/** A titled Markdown block printed after the main table (side-by-side comparisons, per-case tables). */
export interface BenchSection {
  title: string;
  markdown: string;
}

/** What a bench returns when rows alone do not tell the story. */
export interface BenchResult {
  rows: BenchRow[];
  sections?: BenchSection[];
}

export interface BenchSummary {
  min: number;
  median: number;
  max: number;
}

/** Min, median and max of the samples (NaN for none, so an empty bench shows up as such). */
/** The q-quantile of sorted values (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function summarize(samples: readonly number[]): BenchSummary {
  if (samples.length === 0) return { min: Number.NaN, median: Number.NaN, max: Number.NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0]!, median, max: sorted[sorted.length - 1]! };
}

/** Numbers with 3 significant digits, enough for timings and readable in a table. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return value.toFixed(0);
  return value.toPrecision(3);
}

/** The rows as a Markdown table: group, case, unit, median, min, max, samples. */
export function markdownTable(rows: readonly BenchRow[]): string {
  const lines = [
    '| group | case | unit | median | min | max | samples |',
    '|---|---|---|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const { min, median, max } = summarize(row.samples);
    const cells = [
      row.group,
      row.name,
      row.unit,
      formatNumber(median),
      formatNumber(min),
      formatNumber(max),
      String(row.samples.length),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The machine the numbers came from; timings mean nothing without it. */
export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    /** 1/5/15-minute load averages: on a shared 2-core machine, timings beside a load of 10 are noise. */
    load: os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' / '),
  };
}

/** The sections as Markdown, each under its own heading. */
export function markdownSections(sections: readonly BenchSection[]): string {
  return sections.map((section) => `## ${section.title}\n\n${section.markdown}\n`).join('\n');
}

/**
 * The full Markdown report written to test/bench/results.md: machine, date and versions first (timings mean
 * nothing without them), then the sections, then every row with min/median/max.
 */
export function markdownReport(
  rows: readonly BenchRow[],
  sections: readonly BenchSection[] = [],
  versions: Record<string, string> = {},
): string {
  const machine = machineInfo();
  const versionText = Object.entries(versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return [
    '# Shelfsight benchmarks',
    '',
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.platform}`,
    `- Node: ${machine.node}`,
    `- Date: ${machine.date}`,
    `- Load average at the end (1/5/15 min): ${machine.load}`,
    ...(versionText ? [`- Versions: ${versionText}`] : []),
    '',
    markdownSections(sections),
    '## Every figure',
    '',
    markdownTable(rows),
    '',
  ].join('\n');
}
