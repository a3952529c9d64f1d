import { useMemo } from 'react';
import type { Catalog } from '../domain/catalog';
import { countdownText, type PriceTagText } from '../domain/price-tag';
import { usePriceView } from '../hooks/usePriceView';
import { badgeText } from '../i18n/badge-text';
import { formatFen } from '../i18n/format';
import { useT } from '../i18n/useT';
import { useLocale, useProduct } from '../state/hooks';

/**
 * The words on a product's price tag at `now`, formatted for the shopper's locale. Every amount comes from the
 * pricing engine (`usePriceView` over `unitPrice`); this only formats. Null for an unknown product.
 * `catalog` overrides the live catalog (the merchant studio's draft preview).
 */
export function usePriceTagText(productId: string, now: Date, catalog?: Catalog | null): PriceTagText | null {
  const t = useT();
  const locale = useLocale();
  const liveProduct = useProduct(productId);
  const product = catalog ? catalog.products.find((item) => item.id === productId) : liveProduct;
  const price = usePriceView(productId, now, catalog);
  const countdown = countdownText(price?.endsAt ?? null, now);
  return useMemo(() => {
    if (!product || !price) return null;
    const discounted = price.priceFen < price.listFen;
    return {
      name: product.name[locale],
      price: formatFen(price.priceFen, locale),
      listPrice: discounted ? formatFen(price.listFen, locale) : null,
      save: price.savePercent > 0 ? t('ar.tag.save', { percent: price.savePercent }) : null,
      badges: price.badges.map((badge) => badgeText(badge, locale)),
      countdown: countdown ? t('ar.tag.countdown', { time: countdown }) : null,
    };
  }, [product, price, locale, t, countdown]);
}
