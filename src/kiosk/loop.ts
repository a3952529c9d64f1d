import type { Catalog, Product } from '../domain/catalog';

/**
 * The products the kiosk shows, in loop order: the configured ones that this catalog sells, else every
 * product in stock (else every product, so a sold-out shop still has a screen). Unknown featured ids are
 * returned separately so staff can see the typo.
 */
export function loopProducts(
  catalog: Catalog,
  featured: readonly string[] | null,
): { products: Product[]; unknown: string[] } {
  if (featured) {
    const products: Product[] = [];
    const unknown: string[] = [];
    for (const id of featured) {
      const product = catalog.products.find((p) => p.id === id);
      if (product && !products.includes(product)) products.push(product);
      else if (!product) unknown.push(id);
    }
    if (products.length > 0) return { products, unknown };
    return { products: inStockOrAll(catalog), unknown };
  }
  return { products: inStockOrAll(catalog), unknown: [] };
}

function inStockOrAll(catalog: Catalog): Product[] {
  const inStock = catalog.products.filter((product) => product.stock > 0);
  return inStock.length > 0 ? inStock : [...catalog.products];
}

/** The loop position after `steps` more products, wrapping around. */
export function loopIndex(advances: number, length: number): number {
  return length > 0 ? advances % length : 0;
}
