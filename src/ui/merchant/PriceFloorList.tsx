import { useMemo } from 'react';
import { checkPriceFloor } from '../../domain/merchant';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { usePreviewCatalog } from '../../merchant/hooks';
import { useLocale } from '../../state/hooks';

/**
 * The price-floor check over the whole draft: each promotion price that is not at least 10% below the product's
 * lowest 30-day price, naming the product, the promotion and the numbers. The selected product's come first.
 */
export function PriceFloorList({ productId }: { productId: string }) {
  const t = useT();
  const locale = useLocale();
  const catalog = usePreviewCatalog();
  const warnings = useMemo(() => {
    const all = catalog ? checkPriceFloor(catalog) : [];
    return [...all.filter((w) => w.productId === productId), ...all.filter((w) => w.productId !== productId)];
  }, [catalog, productId]);
  return (
    <section className="price-floor" data-testid="price-floor">
      <h3>{t('merchant.floor.title')}</h3>
      {warnings.length === 0 ? (
        <p className="price-floor-ok">✓ {t('merchant.floor.ok')}</p>
      ) : (
        <ul>
          {warnings.map((warning) => {
            const promotion = catalog?.promotions[warning.promotionIndex];
            return (
              <li
                key={`${warning.promotionId}:${warning.productId}`}
                className="price-floor-warning"
                role="alert"
                data-testid={`floor-${warning.promotionId}`}
              >
                ⚠{' '}
                {t('merchant.floor.warning', {
                  product: warning.productName[locale],
                  promotion: promotion?.label[locale] ?? warning.promotionId,
                  price: formatFen(warning.priceFen, locale),
                  lowest: formatFen(warning.lowest30DayFen, locale),
                  ceiling: formatFen(warning.ceilingFen, locale),
                })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
