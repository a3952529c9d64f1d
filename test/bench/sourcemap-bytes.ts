const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const digit = new Map([...BASE64].map((char, i) => [char, i]));

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
export function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const bits = digit.get(char);
    if (bits === undefined) throw new Error(`bad VLQ character "${char}" in "${segment}"`);
    value += (bits & 31) << shift;
    if (bits & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

export interface SourceMapV3 {
  sources: string[];
  mappings: string;
}

/**
 * Which original source each byte of a generated file came from, as UTF-8 byte counts and the generated
 * text per source (so it can be compressed on its own). A segment owns the code up to the next segment
 * (across line breaks); code in a segment without a source counts as `(unmapped)`: bundler glue such as
 * the namespace objects and export lists.
 */
export function bytesBySource(
  code: string,
  map: SourceMapV3,
): Map<string, { bytes: number; text: string[] }> {
  const result = new Map<string, { bytes: number; text: string[] }>();
  const add = (source: string, text: string) => {
    if (!text) return;
    const entry = result.get(source) ?? { bytes: 0, text: [] };
    entry.bytes += Buffer.byteLength(text);
    entry.text.push(text);
    result.set(source, entry);
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  // The owner carries over line breaks: continuation lines of a multi-line string (three's GLSL chunks)
  // have no segments of their own but belong to the module that holds the string.
  let owner = '(unmapped)';
  lines.forEach((line, lineNo) => {
    const segments = (mappingLines[lineNo] ?? '').split(',').filter(Boolean);
    let column = 0;
    let start = 0;
    for (const segment of segments) {
      const fields = decodeSegment(segment);
      column += fields[0]!;
      add(owner, line.slice(start, column));
      start = column;
      if (fields.length >= 4) {
        sourceIndex += fields[1]!;
        owner = map.sources[sourceIndex] ?? '(unmapped)';
      } else {
        owner = '(unmapped)';
      }
    }
    add(owner, lineNo < lines.length - 1 ? `${line.slice(start)}\n` : line.slice(start));
  });
  return result;
}

/** `node_modules/@react-three/drei/core/Bounds.js` -> `@react-three/drei`; app files -> `app: src/<folder>`. */
export function packageOf(source: string): string {
  const marker = source.lastIndexOf('node_modules/');
  if (marker < 0) {
    const app = source.match(/(?:^|\/)(src\/[^/]+)/);
    return app
      ? `app: ${app[1]}`
      : source.startsWith('(')
        ? source
        : `app: ${source.replace(/^(\.\.\/)+/, '')}`;
  }
  const parts = source.slice(marker + 'node_modules/'.length).split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** A source path shortened to what follows the last node_modules/ (or the repository root). */
export function shortSource(source: string): string {
  const marker = source.lastIndexOf('node_modules/');
  return marker < 0 ? source.replace(/^(\.\.\/)+/, '') : source.slice(marker + 'node_modules/'.length);
}
