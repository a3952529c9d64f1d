import { useCallback, useState } from 'react';
import type { CatalogMeta } from '../data/catalog-feed-types';
import type { ApiFailure } from '../data/staff-api';
import type { CatalogChangeSummary } from '../domain/catalog/diff';
import { staffApi, staffSessionStore } from '../state/useStaffSession';
import { readStudio, useStudioActions } from './hooks';

/** Where the publish dialog stands. */
export type PublishPhase =
  | { kind: 'closed' }
  | { kind: 'confirm' }
  | { kind: 'busy' }
  | { kind: 'done'; version: number }
  | { kind: 'stale'; live: { version: number; etag: string }; changes: CatalogChangeSummary | null }
  | { kind: 'invalid'; errors: { path: string; message: string }[] }
  | { kind: 'failed'; message: string };

/** A 401 or must-change-password means the login must be asked again, whatever the page was doing. */
export function reportLostSession(failure: ApiFailure): void {
  if (failure.status === 401 || failure.code === 'must-change-password') {
    staffSessionStore().getState().lost(failure);
  }
}

/**
 * The studio's publish: confirm, then `POST …/catalog` with If-Match = the draft's base ETag. A 409 keeps the
 * draft and offers to rebase onto the live version (never overwrites what someone else published); a 422
 * lists the server's errors by path.
 */
export function usePublish() {
  const [phase, setPhase] = useState<PublishPhase>({ kind: 'closed' });
  const { markPublished, rebase } = useStudioActions();
  const publish = useCallback(async () => {
    const { validCatalog, errors, base } = readStudio();
    if (!validCatalog || errors.length > 0 || !base?.etag) return;
    setPhase({ kind: 'busy' });
    const result = await staffApi().publish(validCatalog, base.etag);
    if (result.ok) {
      markPublished({ version: result.value.version, etag: result.value.etag });
      setPhase({ kind: 'done', version: result.value.version });
      return;
    }
    const failure = result.failure;
    reportLostSession(failure);
    if (failure.code === 'stale-base' && failure.live) {
      setPhase({ kind: 'stale', live: failure.live, changes: failure.changes ?? null });
    } else if (failure.code === 'invalid-catalog') {
      setPhase({ kind: 'invalid', errors: failure.errors ?? [] });
    } else {
      setPhase({ kind: 'failed', message: failure.message || failure.code });
    }
  }, [markPublished]);
  const rebaseOnto = useCallback(
    (live: CatalogMeta) => {
      rebase(live);
      setPhase({ kind: 'confirm' });
    },
    [rebase],
  );
  return {
    phase,
    open: () => setPhase({ kind: 'confirm' }),
    close: () => setPhase({ kind: 'closed' }),
    publish,
    rebaseOnto,
  };
}
