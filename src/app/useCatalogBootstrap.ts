import { useEffect } from 'react';
import { useRoute } from 'wouter';
import { loadCatalog } from '../data/catalog-source';
import { useActions } from '../state/hooks';

/** The demo store's catalog, served from our own origin next to the app. */
export const catalogUrl = `${import.meta.env.BASE_URL}catalog.json`;

/** How often an open page looks for a newer catalog (prices change during the festival). */
export const catalogRefreshMs = 5 * 60_000;

/**
 * Loads the catalog at start and refreshes it every few minutes, when the page becomes visible again and
 * when the network comes back. The last good catalog stays in use if a new one is bad or unreachable.
 */
export function useCatalogBootstrap(): void {
  const { setCatalog } = useActions();
  // The kiosk polls its own catalog URL on its own interval (src/kiosk/useKioskCatalog.ts).
  const [onKiosk] = useRoute('/kiosk');
  useEffect(() => {
    if (onKiosk) return;
    let cancelled = false;
    const refresh = () =>
      void loadCatalog(catalogUrl).then(({ catalog, notice }) => {
        if (!cancelled) setCatalog(catalog, notice);
      });
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    refresh();
    const timer = window.setInterval(refresh, catalogRefreshMs);
    window.addEventListener('online', refresh);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      window.removeEventListener('online', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [setCatalog, onKiosk]);
}
