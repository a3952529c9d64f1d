import { useEffect, useState } from 'react';
import type { VersionEntry } from '../../../data/staff-api';
import { formatInstant } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { reportLostSession } from '../../../merchant/usePublish';
import { staffApi } from '../../../state/useStaffSession';
import { usePublishedCatalog, useLiveVersion, useLocale } from '../../../state/hooks';
import { ChangeSummaryView } from './ChangeSummaryView';
import { StudioDialog } from './StudioDialog';

type Listing = { live: number; versions: VersionEntry[] };

/** Every published version (who, when, what changed), newest first, with rollback to any earlier one. */
export function HistoryPanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const catalog = usePublishedCatalog();
  const announced = useLiveVersion();
  const [listing, setListing] = useState<Listing | null>(null);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [asking, setAsking] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [reloads, setReloads] = useState(0);
  // Reload when the store's version moves (a publish or rollback from anywhere) or after our own rollback.
  useEffect(() => {
    let active = true;
    void staffApi()
      .versions()
      .then((result) => {
        if (!active) return;
        if (result.ok) return setListing(result.value);
        reportLostSession(result.failure);
        setMessage({ text: t('merchant.history.failed', { message: result.failure.message }), ok: false });
      });
    return () => {
      active = false;
    };
  }, [t, announced?.etag, reloads]);

  const rollback = async (version: number) => {
    const liveEtag = listing?.versions.find((entry) => entry.version === listing.live)?.etag;
    if (!liveEtag) return;
    setBusy(true);
    const result = await staffApi().rollback(version, liveEtag);
    setBusy(false);
    setAsking(null);
    if (result.ok)
      setMessage({ text: t('merchant.history.done', { version: result.value.version }), ok: true });
    else {
      reportLostSession(result.failure);
      setMessage({
        text: t('merchant.history.rollbackFailed', { message: result.failure.message }),
        ok: false,
      });
    }
    setReloads((count) => count + 1);
  };

  return (
    <StudioDialog title={t('merchant.history.title')} onClose={onClose} testId="history-panel">
      {message && (
        <p
          className={message.ok ? 'studio-success' : 'studio-warning'}
          role="status"
          data-testid="history-message"
        >
          {message.text}
        </p>
      )}
      {!listing && <p>{t('merchant.history.loading')}</p>}
      <ol className="history-list">
        {listing?.versions.map((entry) => (
          <li
            key={entry.version}
            data-testid="history-entry"
            data-version={entry.version}
            data-live={entry.version === listing.live ? 'yes' : 'no'}
          >
            <p className="history-head">
              <strong>
                {t('merchant.history.entry', {
                  version: entry.version,
                  time: formatInstant(entry.createdAt, locale, 'long'),
                  user: entry.createdBy,
                })}
              </strong>
              {entry.version === listing.live && (
                <span className="history-live">{t('merchant.history.live')}</span>
              )}
              {entry.rollbackOf !== null && (
                <span>{t('merchant.history.rollbackOf', { version: entry.rollbackOf })}</span>
              )}
            </p>
            {entry.summary ? (
              <ChangeSummaryView summary={entry.summary} catalog={catalog} />
            ) : (
              <p>{t('merchant.history.first')}</p>
            )}
            {entry.version !== listing.live && asking !== entry.version && (
              <button type="button" onClick={() => setAsking(entry.version)} data-testid="history-rollback">
                {t('merchant.history.rollback')}
              </button>
            )}
            {asking === entry.version && (
              <div className="history-confirm" role="alert">
                <p>{t('merchant.history.rollbackConfirm', { version: entry.version })}</p>
                <button
                  type="button"
                  className="is-primary"
                  disabled={busy}
                  onClick={() => void rollback(entry.version)}
                  data-testid="history-rollback-confirm"
                >
                  {t('merchant.history.confirm')}
                </button>
                <button type="button" onClick={() => setAsking(null)}>
                  {t('merchant.publish.cancel')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </StudioDialog>
  );
}
