import { useMemo } from 'react';
import { useCatalogFeed } from '../app/useCatalogFeed';
import { pageEndpoints } from '../app/useCatalogBootstrap';
import { kioskConfirmedKey, type PollStatus } from '../data/catalog-feed';
import type { KioskConfig } from './kiosk-config';

export { latestPollStatus } from '../app/useCatalogFeed';

/**
 * The kiosk's catalog (the app-wide feed stands aside on /kiosk): the same feed with the kiosk URL's
 * interval and store. A `?catalog=` URL other than the page's own is polled only (no event stream names it).
 */
export function useKioskCatalog(config: Pick<KioskConfig, 'catalogUrl' | 'refreshMs' | 'storeId'>) {
  const { catalogUrl, refreshMs, storeId } = config;
  const feed = useMemo(() => {
    const own = catalogUrl === pageEndpoints.url;
    return {
      url: catalogUrl,
      eventsUrl: own ? pageEndpoints.eventsUrl : null,
      stockUrl: own ? pageEndpoints.stockUrl : null,
      lastGoodKey: pageEndpoints.lastGoodKey,
      intervalMs: refreshMs,
      storeId,
      confirmedKey: kioskConfirmedKey,
    };
  }, [catalogUrl, refreshMs, storeId]);
  return useCatalogFeed(feed) satisfies PollStatus | null;
}
