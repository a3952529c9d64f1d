import type { Product } from '../../domain/catalog';
import type { PriceView } from '../../hooks/usePriceView';
import { badgeText } from '../../i18n/badge-text';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useCatalog, useLocale } from '../../state/hooks';
import { KioskStockBar } from './KioskStockBar';

export interface KioskPricePanelProps {
  product: Product;
  price: PriceView;
  /** Compact layout for touch mode (the cart needs the room). */
  compact?: boolean;
}

/** Name, origin, the promotion price large enough to read from 3 m, the saving, badges and the stock bar. */
export function KioskPricePanel({ product, price, compact = false }: KioskPricePanelProps) {
  const t = useT();
  const locale = useLocale();
  const catalog = useCatalog();
  const saved = price.listFen - price.priceFen;
  const flash = price.badges.find((badge) => badge.kind === 'flash-price');
  const promotion = flash && catalog?.promotions.find((p) => p.id === flash.promotionId);
  const cap = promotion && promotion.kind === 'flash-price' ? (promotion.stockCap ?? null) : null;
  return (
    <section
      className={compact ? 'kiosk-price kiosk-price-compact' : 'kiosk-price'}
      data-testid="kiosk-price-panel"
      data-product={product.id}
    >
      <h1 className="kiosk-name">{product.name[locale]}</h1>
      <p className="kiosk-origin">{t('kiosk.origin', { origin: product.origin[locale] })}</p>
      {price.badges.length > 0 && (
        <ul className="kiosk-badges">
          {price.badges.map((badge) => (
            <li key={badge.promotionId} className={`kiosk-badge kiosk-badge-${badge.kind}`}>
              {badgeText(badge, locale)}
            </li>
          ))}
        </ul>
      )}
      <p className="kiosk-now">
        <span className="kiosk-now-label">{t('kiosk.price.now')}</span>
        <span className="kiosk-now-price" data-testid="kiosk-price" data-fen={price.priceFen}>
          {formatFen(price.priceFen, locale)}
        </span>
        <span className="kiosk-unit">{t('kiosk.price.unit', { unit: product.unit[locale] })}</span>
      </p>
      {saved > 0 && (
        <p className="kiosk-saving">
          <s className="kiosk-list">{t('kiosk.price.list', { price: formatFen(price.listFen, locale) })}</s>
          <span className="kiosk-save">{t('kiosk.price.save', { amount: formatFen(saved, locale) })}</span>
          <span className="kiosk-percent">{t('kiosk.price.percent', { percent: price.savePercent })}</span>
        </p>
      )}
      {flash && flash.kind === 'flash-price' && flash.unitsLeft !== null && cap !== null && (
        <KioskStockBar unitsLeft={flash.unitsLeft} cap={cap} />
      )}
    </section>
  );
}
