import { useMemo } from 'react';
import { useRoute } from 'wouter';
import { catalogEndpoints } from '../data/catalog-endpoints';
import { storeContext } from '../data/store-context';
import { useCatalogFeed } from './useCatalogFeed';

/** The demo store's catalog file, served from our own origin next to the app (static hosting). */
export const catalogUrl = `${import.meta.env.BASE_URL}catalog.json`;

/** How often an open page polls for a newer catalog when no event stream tells it (prices change during the festival). */
export const catalogRefreshMs = 5 * 60_000;

/** The page's store: its catalog endpoints on the store server, or the static catalog file. */
export const pageEndpoints = catalogEndpoints(storeContext, catalogUrl);

/**
 * Keeps the catalog of every page current through the one catalog feed: the store server's events where
 * there is one, polling every 5 minutes otherwise, on `online` and when the page becomes visible again. The
 * last good catalog stays in use if a new one is bad or unreachable. The kiosk runs the feed itself, with
 * the settings from its URL (src/surfaces/kiosk/KioskSurface.tsx).
 */
export function useCatalogBootstrap(): void {
  const [onKiosk] = useRoute('/kiosk');
  const config = useMemo(
    () => ({ ...pageEndpoints, intervalMs: catalogRefreshMs, storeId: null, confirmedKey: null }),
    [],
  );
  useCatalogFeed(onKiosk ? null : config);
}
