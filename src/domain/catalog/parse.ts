import * as z from 'zod/mini';
import { promotionSchema } from './promotion-schema';
import { catalogHeadSchema, catalogSchema, productSchema, type Catalog } from './schema';

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

/** At most this many errors are listed; the rest are only counted, in one last line. */
export const maxCatalogErrors = 50;

const slice = 1000;
const productSlice = z.array(productSchema);
const promotionSlice = z.array(promotionSchema);

/** Collects the first `maxCatalogErrors` errors and counts the rest. */
function errorList() {
  const errors: CatalogError[] = [];
  let more = 0;
  return {
    add(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []) {
      // A plain loop: spreading a million issues into one call would overflow the stack.
      for (const issue of issues) {
        if (errors.length < maxCatalogErrors) {
          errors.push(toCatalogError({ ...issue, path: [...prefix, ...issue.path] }));
        } else more += 1;
      }
    },
    done(): CatalogError[] {
      return more ? [...errors, { path: '(root)', message: `and ${more} more errors` }] : errors;
    },
  };
}

/**
 * Validates unknown JSON as a Shelfsight catalog. Never throws: a bad catalog returns its problems, each
 * naming the JSON path and the rule, so a merchant can fix the file and the app can keep its last good
 * catalog. The lists are checked entry by entry, and only the first `maxCatalogErrors` errors are listed (a
 * last line says how many more there were), so a hostile file of a million bad entries costs neither the
 * stack nor unbounded memory.
 */
export function parseCatalog(json: unknown): ParseCatalogResult {
  const list = errorList();
  const top = catalogHeadSchema.safeParse(json);
  if (!top.success) list.add(top.error.issues);
  const lists = top.success ? top.data : (json as { products?: unknown; promotions?: unknown } | null);
  const each = (name: 'products' | 'promotions', schema: z.ZodMiniArray) => {
    const entries = lists?.[name];
    if (!Array.isArray(entries)) return;
    // In slices: one error object per slice, not per bad entry (a million of those take seconds).
    for (let start = 0; start < entries.length; start += slice) {
      const checked = schema.safeParse(entries.slice(start, start + slice));
      if (checked.success) continue;
      for (const issue of checked.error.issues) {
        const [index = 0, ...rest] = issue.path;
        list.add([{ ...issue, path: rest }], [name, start + Number(index)]);
      }
    }
  };
  each('products', productSlice);
  each('promotions', promotionSlice);
  const errors = list.done();
  if (errors.length) return { ok: false, errors };
  // Every part is valid: the whole-catalog rules (unique ids, known product references) remain.
  const result = catalogSchema.safeParse(json);
  if (result.success) return { ok: true, catalog: result.data };
  list.add(result.error.issues);
  return { ok: false, errors: list.done() };
}

/** One line per error, for notices and logs. */
export function describeCatalogErrors(errors: readonly CatalogError[]): string[] {
  return errors.map((error) => `${error.path}: ${error.message}`);
}
