import { readFileSync } from 'node:fs';
import type { Catalog } from '../../src/domain/catalog';

const demo = readFileSync(new URL('../../public/catalog.json', import.meta.url), 'utf8');

/** A fresh deep copy of the demo store's catalog, safe to mutate in a test. */
export function makeDemoCatalog(): Catalog {
  return JSON.parse(demo) as Catalog;
}

/** The demo catalog as loose JSON, for tests that break it on purpose. */
export function makeCatalogJson(): Record<string, unknown> & {
  products: Record<string, unknown>[];
  promotions: Record<string, unknown>[];
  store: Record<string, unknown>;
} {
  return JSON.parse(demo);
}
