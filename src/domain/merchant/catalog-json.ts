/** Longest line an array of plain values may take before it is written one item per line (prettier's width). */
const printWidth = 110;
const indentUnit = '  ';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// A promotion reads best with what it is first: `id`, then `kind` (the schema spreads shared fields first).
const leading = ['id', 'kind'];
const leadRank = (key: string) => (leading.includes(key) ? leading.indexOf(key) : leading.length);

const isPlain = (value: unknown) => value === null || typeof value !== 'object';

function write(value: Json, indent: string, lead: number): string {
  if (isPlain(value)) return JSON.stringify(value);
  const inner = indent + indentUnit;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPlain)) {
      const flat = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
      if (lead + flat.length <= printWidth) return flat;
    }
    const items = value.map((item) => inner + write(item, inner, inner.length));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, Json>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => leadRank(a) - leadRank(b));
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, item]) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return head + write(item, inner, head.length + 1);
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/**
 * Writes a catalog as JSON made for diffing in review: two-space indent, one field per line, short lists of
 * plain values (product ids) on one line the way prettier writes them, keys in the order given (the schema's
 * order after `parseCatalog`) except `id` and `kind` first, and a final newline. `undefined` fields are left out, as `JSON.stringify` does.
 */
export function formatCatalogJson(catalog: unknown): string {
  return `${write(JSON.parse(JSON.stringify(catalog)) as Json, '', 0)}\n`;
}
