import { useEffect } from 'react';
import { loadCatalog } from '../data/catalog-source';
import { useActions } from '../state/hooks';

/** The demo store's catalog, served from our own origin next to the app. */
export const catalogUrl = `${import.meta.env.BASE_URL}catalog.json`;

/** Loads the catalog once at start; the last good catalog stays in use if the new one is bad. */
export function useCatalogBootstrap(): void {
  const { setCatalog } = useActions();
  useEffect(() => {
    let cancelled = false;
    void loadCatalog(catalogUrl).then(({ catalog, notice }) => {
      if (!cancelled) setCatalog(catalog, notice);
    });
    return () => {
      cancelled = true;
    };
  }, [setCatalog]);
}
