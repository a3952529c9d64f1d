import { formatCatalogJson } from '../domain/merchant';
import type { Catalog } from '../domain/catalog';

/**
 * Downloads a catalog as `catalog.json`, formatted for diffing. Everything stays in the page (a blob URL),
 * so nothing leaves our origin.
 */
export function downloadCatalog(catalog: Catalog, fileName = 'catalog.json'): void {
  const blob = new Blob([formatCatalogJson(catalog)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; a short delay lets slow browsers begin it.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
