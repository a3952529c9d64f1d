import { countdownText } from '../../domain/price-tag';
import { useNow } from '../../hooks/useNow';
import { usePriceView } from '../../hooks/usePriceView';
import { badgeText } from '../../i18n/badge-text';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useLocale, useProduct } from '../../state/hooks';

/**
 * The selected product in the AR overlay: name, promotion price, list price struck through, percent saved,
 * badges and the countdown to the promotion's end. Numbers from `usePriceView` (the engine's unitPrice).
 */
export function ArPriceSummary({ productId }: { productId: string }) {
  const t = useT();
  const locale = useLocale();
  const now = useNow(1000);
  const product = useProduct(productId);
  const price = usePriceView(productId, now);
  if (!product || !price) return null;
  const discounted = price.priceFen < price.listFen;
  const countdown = countdownText(price.endsAt, now);
  return (
    <div className="ar-summary" data-testid="ar-summary" data-product-id={productId}>
      <div className="ar-summary-name" data-testid="ar-selected-name">
        {product.name[locale]}
      </div>
      <div className="ar-summary-prices">
        <span className="ar-summary-price" data-testid="ar-price" data-fen={price.priceFen}>
          {formatFen(price.priceFen, locale)}
        </span>
        {discounted && (
          <s className="ar-summary-list" data-testid="ar-list-price" aria-label={t('ar.listPrice')}>
            {formatFen(price.listFen, locale)}
          </s>
        )}
        {price.savePercent > 0 && (
          <span className="ar-summary-save" data-testid="ar-save">
            {t('ar.tag.save', { percent: price.savePercent })}
          </span>
        )}
      </div>
      {price.badges.length > 0 && (
        <div className="ar-summary-badges">
          {price.badges.map((badge) => (
            <span key={badge.promotionId} className="price-badge">
              {badgeText(badge, locale)}
            </span>
          ))}
        </div>
      )}
      {countdown && (
        <div className="ar-summary-countdown" data-testid="ar-countdown" role="timer">
          {t('ar.tag.countdown', { time: countdown })}
        </div>
      )}
    </div>
  );
}
