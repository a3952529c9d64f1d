import { useEffect, useState } from 'react';
import { createCatalogFeed, type PollStatus } from '../data/catalog-feed';
import type { CatalogEndpoints } from '../data/catalog-endpoints';
import { useActions } from '../state/hooks';

export interface CatalogFeedConfig extends CatalogEndpoints {
  intervalMs: number;
  /** Accept only this store's catalog (the kiosk's `?store=`). */
  storeId: string | null;
  /** Where the last confirmation is remembered across reloads (the kiosk's dot), or null. */
  confirmedKey: string | null;
}

let latest: PollStatus | null = null;
/** The feed's last status, for the kiosk's diagnostics section. */
export const latestPollStatus = () => latest;

/**
 * Runs the one catalog feed (src/data/catalog-feed.ts) for as long as the component is mounted, with the
 * page's endpoints: every catalog it brings goes into the app store with its version, live stock goes into the
 * stock slice (laid over the catalog there), and the live version it hears of goes there too (the studio's "the store is at version M"). Null config: no feed.
 */
export function useCatalogFeed(config: CatalogFeedConfig | null): PollStatus | null {
  const { setCatalog, setLiveVersion, applyLiveStock } = useActions();
  const [status, setStatus] = useState<PollStatus | null>(null);
  const { url, eventsUrl, stockUrl, lastGoodKey, intervalMs, storeId, confirmedKey } = config ?? {};
  useEffect(() => {
    if (url === undefined || intervalMs === undefined) return;
    let active = true;
    const feed = createCatalogFeed({
      url,
      eventsUrl,
      stockUrl,
      intervalMs,
      storeId: storeId ?? null,
      confirmedKey: confirmedKey ?? null,
      ...(lastGoodKey ? { lastGoodKey } : {}),
      apply: (catalog, notice, meta) => {
        if (active) setCatalog(catalog, notice, meta);
      },
      applyStock: (stock, full) => {
        if (active) applyLiveStock(stock, full);
      },
      onStatus: (next) => {
        latest = next;
        if (!active) return;
        setStatus(next);
        setLiveVersion(
          next.liveVersion !== null || next.liveEtag !== null
            ? { version: next.liveVersion, etag: next.liveEtag }
            : null,
        );
      },
    });
    feed.start();
    return () => {
      active = false;
      feed.stop();
    };
  }, [
    url,
    eventsUrl,
    stockUrl,
    lastGoodKey,
    intervalMs,
    storeId,
    confirmedKey,
    setCatalog,
    setLiveVersion,
    applyLiveStock,
  ]);
  return status;
}
