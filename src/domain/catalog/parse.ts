import type * as z from 'zod/mini';
import { catalogSchema, type Catalog } from './schema';

/** One problem in a catalog, located by its JSON path (`products[3].priceFen`). */
export interface CatalogError {
  path: string;
  message: string;
}

export type ParseCatalogResult = { ok: true; catalog: Catalog } | { ok: false; errors: CatalogError[] };

/** Renders a zod path the way a merchant reads JSON: `promotions[2].productIds[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    const plain = /^[A-Za-z_$][\w$]*$/.test(name);
    if (!plain) return `${text}[${JSON.stringify(name)}]`;
    return text ? `${text}.${name}` : name;
  }, '');
}

function toCatalogError(issue: z.core.$ZodIssue): CatalogError {
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') message = `unknown field(s): ${issue.keys.join(', ')}`;
  else if (issue.code === 'invalid_type' && message.startsWith('Invalid input')) {
    message = `must be ${issue.expected}`;
  }
  return { path: formatPath(issue.path) || '(root)', message };
}

/**
 * Validates unknown JSON as a Shelfsight catalog. Never throws: a bad catalog returns every problem found,
 * each naming the JSON path and the rule, so a merchant can fix the file and the app can keep its last
 * good catalog.
 */
export function parseCatalog(json: unknown): ParseCatalogResult {
  const result = catalogSchema.safeParse(json);
  if (result.success) return { ok: true, catalog: result.data };
  return { ok: false, errors: result.error.issues.map(toCatalogError) };
}

/** One line per error, for notices and logs. */
export function describeCatalogErrors(errors: readonly CatalogError[]): string[] {
  return errors.map((error) => `${error.path}: ${error.message}`);
}
