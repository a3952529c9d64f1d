import { parseCatalog, type ParseCatalogResult } from '../domain/catalog';

/** Files larger than this are refused before reading: a real catalog is tens of kilobytes. */
export const maxCatalogBytes = 2 * 1024 * 1024;

/**
 * Reads the text of a `catalog.json` a merchant imported: not JSON at all is one error at the root, otherwise
 * every schema error with its JSON path (the same `parseCatalog` the storefront uses). Never throws.
 */
export function parseCatalogText(text: string): ParseCatalogResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '(root)', message: `not valid JSON: ${reason}` }] };
  }
  return parseCatalog(json);
}

/** Reads a dropped or picked file; too-large or unreadable files come back as a root error, never a throw. */
export async function parseCatalogFile(file: Blob): Promise<ParseCatalogResult> {
  if (file.size > maxCatalogBytes) {
    return {
      ok: false,
      errors: [{ path: '(root)', message: `file is ${file.size} bytes, over the 2 MB limit` }],
    };
  }
  try {
    return parseCatalogText(await file.text());
  } catch (error) {
    return { ok: false, errors: [{ path: '(root)', message: `could not read the file: ${String(error)}` }] };
  }
}
