import type { PriceView } from '../hooks/usePriceView';
import { badgeText } from '../i18n/badge-text';
import { formatFen, formatInstant } from '../i18n/format';
import { useT } from '../i18n/useT';
import { useLocale } from '../state/hooks';

export interface PriceBlockProps {
  price: PriceView;
  size?: 'small' | 'large';
}

/** Promotion price large, list price struck through, the saving and the promotion's window. */
export function PriceBlock({ price, size = 'small' }: PriceBlockProps) {
  const t = useT();
  const locale = useLocale();
  const discounted = price.priceFen < price.listFen;
  return (
    <div className={`price-block price-block-${size}`} data-testid="price-block">
      <div className="price-line">
        <span
          className={discounted ? 'price price-promo' : 'price'}
          data-testid="price"
          data-fen={price.priceFen}
        >
          {formatFen(price.priceFen, locale)}
        </span>
        {discounted && (
          <s className="price-list" data-testid="list-price" aria-label={t('product.listPrice')}>
            {formatFen(price.listFen, locale)}
          </s>
        )}
        {price.savePercent > 0 && (
          <span className="price-save">{t('promo.save', { percent: price.savePercent })}</span>
        )}
      </div>
      {price.badges.length > 0 && (
        <div className="price-badges">
          {price.badges.map((badge) => (
            <span key={badge.promotionId} className="price-badge" data-testid="price-badge">
              {badgeText(badge, locale)}
            </span>
          ))}
        </div>
      )}
      {size === 'large' && price.endsAt && (
        <div className="price-window">{t('promo.endsAt', { time: formatInstant(price.endsAt, locale) })}</div>
      )}
      {size === 'large' && !price.endsAt && price.nextStartsAt && (
        <div className="price-window">
          {t('promo.startsAt', { time: formatInstant(price.nextStartsAt, locale) })}
        </div>
      )}
    </div>
  );
}
