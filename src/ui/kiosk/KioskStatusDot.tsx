import { useEffect, useState } from 'react';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import type { PollStatus } from '../../data/catalog-feed';
import { priceAgeLevel, worstLevel, type DotLevel } from '../../kiosk/price-age';

export interface KioskStatusDotProps {
  status: PollStatus | null;
  now: Date;
  /** Kiosk URL settings that were ignored, for staff. */
  problems: readonly string[];
  /** The poll interval: the confirmation's age is judged against it (see price-age.ts). */
  refreshMs: number;
}

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/**
 * A small dot in the corner for staff: green online with recently confirmed prices, amber offline, stale or
 * unconfirmed for a while, red when the last catalog update failed (the error is named; the old prices
 * stay) or the prices have gone unconfirmed for long. Shoppers can ignore it.
 */
export function KioskStatusDot({ status, now, problems, refreshMs }: KioskStatusDotProps) {
  const t = useT();
  const online = useOnline();
  const age = (() => {
    if (!status?.confirmedAt) return t('kiosk.status.never');
    const seconds = Math.max(0, Math.round((now.getTime() - Date.parse(status.confirmedAt)) / 1000));
    const [key, n]: [MessageKey, number] =
      seconds < 60
        ? ['kiosk.age.seconds', seconds]
        : seconds < 3600
          ? ['kiosk.age.minutes', Math.floor(seconds / 60)]
          : ['kiosk.age.hours', Math.floor(seconds / 3600)];
    return t(key, { n });
  })();
  const state = !status || status.state === 'loading' ? 'loading' : status.state;
  const stateLevel: DotLevel =
    state === 'invalid' || (state === 'unreachable' && online)
      ? 'error'
      : !online || state !== 'ok'
        ? 'warn'
        : 'ok';
  const level =
    state === 'loading'
      ? stateLevel
      : worstLevel(stateLevel, priceAgeLevel(status?.confirmedAt ?? null, now, refreshMs));
  const text =
    state === 'loading'
      ? t('kiosk.status.loading')
      : state === 'invalid' || (state === 'unreachable' && online)
        ? t('kiosk.status.error', { error: status?.error ?? '?' })
        : (state === 'stale' || !online || state === 'unreachable') && !status?.confirmedAt
          ? t('kiosk.status.offlineNever')
          : state === 'stale'
            ? t('kiosk.status.stale', { age })
            : !online || state === 'unreachable'
              ? t('kiosk.status.offline', { age })
              : t('kiosk.status.ok', { age });
  return (
    <div
      className={`kiosk-status kiosk-status-${level}`}
      data-testid="kiosk-status"
      data-state={state}
      data-level={level}
      data-confirmed-at={status?.confirmedAt ?? ''}
    >
      <span className="kiosk-status-dot" aria-hidden="true" />
      <span className="kiosk-status-text">{text}</span>
      {problems.length > 0 && (
        <span className="kiosk-status-text">{t('kiosk.config.problems', { list: problems.join('; ') })}</span>
      )}
    </div>
  );
}
