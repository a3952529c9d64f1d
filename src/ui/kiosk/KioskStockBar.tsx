import { useT } from '../../i18n/useT';

export interface KioskStockBarProps {
  /** Units still sold at the flash price (from the engine's badge). */
  unitsLeft: number;
  /** The flash sale's stock cap (from the catalog's promotion). */
  cap: number;
}

/** The flash sale's "claimed" bar: urgency for the loop, figures straight from the catalog and engine. */
export function KioskStockBar({ unitsLeft, cap }: KioskStockBarProps) {
  const t = useT();
  const claimed = cap > 0 ? Math.min(100, Math.max(0, Math.round(((cap - unitsLeft) / cap) * 100))) : 100;
  return (
    <div className="kiosk-stock" data-testid="kiosk-stock">
      <div
        className="kiosk-stock-track"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={claimed}
      >
        <div className="kiosk-stock-fill" style={{ width: `${claimed}%` }} />
        <span className="kiosk-stock-claimed">{t('kiosk.stock.claimed', { percent: claimed })}</span>
      </div>
      <span className="kiosk-stock-left">
        {unitsLeft > 0 ? t('kiosk.stock.left', { left: unitsLeft }) : t('kiosk.stock.soldOut')}
      </span>
    </div>
  );
}
