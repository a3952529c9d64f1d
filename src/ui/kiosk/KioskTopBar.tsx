import { useT } from '../../i18n/useT';
import { kioskCountdown } from '../../kiosk/countdown';
import { useCatalog, useLocale } from '../../state/hooks';

export interface KioskTopBarProps {
  now: Date;
  /** End of the promotion that sets the shown product's price (from the pricing engine), or null. */
  promotionEndsAt: string | null;
}

/** Store name, festival mark and the big countdown (to 11.11 00:00, then to the shown deal's end). */
export function KioskTopBar({ now, promotionEndsAt }: KioskTopBarProps) {
  const t = useT();
  const locale = useLocale();
  const store = useCatalog()?.store;
  const countdown = kioskCountdown(now, promotionEndsAt);
  return (
    <header className="kiosk-top">
      <div className="kiosk-brand">
        <span className="kiosk-brand-mark">11.11</span>
        <span className="kiosk-brand-text">
          <strong>{store?.name[locale]}</strong>
          <span>{t('kiosk.festival')}</span>
        </span>
      </div>
      {countdown && (
        <div className="kiosk-countdown" data-testid="kiosk-countdown" data-kind={countdown.kind}>
          <span className="kiosk-countdown-label">
            {t(countdown.kind === 'festival' ? 'kiosk.countdown.festival' : 'kiosk.countdown.promotion')}
          </span>
          {countdown.days > 0 && (
            <span className="kiosk-countdown-days">
              {t('kiosk.countdown.days', { days: countdown.days })}
            </span>
          )}
          <span className="kiosk-countdown-clock">{countdown.clock}</span>
        </div>
      )}
    </header>
  );
}
