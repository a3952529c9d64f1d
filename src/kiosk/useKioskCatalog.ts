import { useEffect, useState } from 'react';
import { useActions } from '../state/hooks';
import { createCatalogPoller, type PollStatus } from './catalog-poller';
import type { KioskConfig } from './kiosk-config';

let latest: PollStatus | null = null;
/** The last poll status, for the kiosk's diagnostics section. */
export const latestPollStatus = () => latest;

/**
 * The kiosk's own catalog polling (the app-wide 5-minute refresh stands aside on /kiosk): its URL, store and
 * interval come from the kiosk URL; it also polls as soon as the network comes back.
 */
export function useKioskCatalog(config: Pick<KioskConfig, 'catalogUrl' | 'refreshMs' | 'storeId'>) {
  const { setCatalog } = useActions();
  const [status, setStatus] = useState<PollStatus | null>(null);
  const { catalogUrl, refreshMs, storeId } = config;
  useEffect(() => {
    let active = true;
    const poller = createCatalogPoller({
      url: catalogUrl,
      intervalMs: refreshMs,
      storeId,
      apply: (catalog, notice) => {
        if (active) setCatalog(catalog, notice);
      },
      onStatus: (next) => {
        latest = next;
        if (active) setStatus(next);
      },
    });
    const onOnline = () => void poller.poll();
    poller.start();
    window.addEventListener('online', onOnline);
    return () => {
      active = false;
      poller.stop();
      window.removeEventListener('online', onOnline);
    };
  }, [catalogUrl, refreshMs, storeId, setCatalog]);
  return status;
}
