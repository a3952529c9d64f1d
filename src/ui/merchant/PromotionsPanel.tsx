import { useT } from '../../i18n/useT';
import { useDraft, useDraftErrors } from '../../merchant/hooks';
import { AddPromotion } from './AddPromotion';
import { PriceFloorList } from './PriceFloorList';
import { PromotionRow } from './PromotionRow';
import { QuotePreview } from './QuotePreview';

/**
 * The promotions of the selected product and the store-wide ones, each editable in place, then the price-floor
 * check and a live quote for a sample cart.
 */
export function PromotionsPanel({ productId }: { productId: string }) {
  const t = useT();
  const draft = useDraft();
  const errors = useDraftErrors();
  if (!draft) return null;
  const product = draft.products.find((item) => item.id === productId);
  const rows = draft.promotions.map((promotion, index) => ({ promotion, index }));
  const ids = (promotion: (typeof rows)[number]['promotion']) =>
    Array.isArray(promotion.productIds) ? (promotion.productIds as unknown[]) : null;
  const mine = rows.filter(({ promotion }) => ids(promotion)?.includes(productId));
  const storeWide = rows.filter(({ promotion }) => ids(promotion) === null);
  const groups = [
    { title: t('merchant.promotions.forProduct'), rows: mine, id: 'product' },
    { title: t('merchant.promotions.storeWide'), rows: storeWide, id: 'store' },
  ];
  return (
    <div className="studio-panel" data-testid="promotions-panel">
      {groups.map((group) => (
        <section key={group.id}>
          <h3>{group.title}</h3>
          {group.rows.length === 0 ? (
            <p className="studio-muted">{t('merchant.promotions.none')}</p>
          ) : (
            <ul className="promotion-list">
              {group.rows.map(({ promotion, index }) => (
                <PromotionRow
                  key={`${index}:${promotion.kind}`}
                  index={index}
                  promotion={promotion}
                  errors={errors}
                  products={draft.products}
                />
              ))}
            </ul>
          )}
        </section>
      ))}
      {product && <AddPromotion product={product} />}
      <PriceFloorList productId={productId} />
      <QuotePreview productId={productId} />
    </div>
  );
}
