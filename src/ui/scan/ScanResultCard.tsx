import { Link } from 'wouter';
import { useNow } from '../../hooks/useNow';
import { usePriceView } from '../../hooks/usePriceView';
import { useT } from '../../i18n/useT';
import { useActions, useCartLines, useLocale, useProduct } from '../../state/hooks';
import { PriceBlock } from '../PriceBlock';

export interface ScanResultCardProps {
  productId: string;
  shelfId: string | null;
  /** Shown when the camera view can switch to shelf AR. */
  onViewInAr?: (productId: string) => void;
  onClose?: () => void;
}

/** A recognized label: the product's name and current promotion price at once, with add-to-cart and AR. */
export function ScanResultCard({ productId, shelfId, onViewInAr, onClose }: ScanResultCardProps) {
  const t = useT();
  const locale = useLocale();
  const product = useProduct(productId);
  const price = usePriceView(productId, useNow(1000));
  const { addToCart } = useActions();
  const inCart = useCartLines().find((line) => line.productId === productId)?.qty ?? 0;
  if (!product || !price) return null;
  return (
    <article className="scan-card" data-testid="scan-card" data-product-id={productId}>
      <header className="scan-card-head">
        <h2 data-testid="scan-card-name">{product.name[locale]}</h2>
        {shelfId && <span className="scan-card-shelf">{t('scan.shelf', { shelf: shelfId })}</span>}
        {onClose && (
          <button type="button" className="scan-card-close" aria-label={t('scan.close')} onClick={onClose}>
            ×
          </button>
        )}
      </header>
      <PriceBlock price={price} />
      <div className="scan-card-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="scan-add-to-cart"
          disabled={product.stock === 0}
          onClick={() => addToCart(productId)}
        >
          {product.stock > 0 ? t('scan.addToCart') : t('scan.soldOut')}
        </button>
        {onViewInAr && (
          <button
            type="button"
            className="button"
            data-testid="scan-view-ar"
            onClick={() => onViewInAr(productId)}
          >
            {t('scan.viewInAr')}
          </button>
        )}
        <Link href={`/p/${productId}`} className="scan-card-link">
          {t('scan.details')}
        </Link>
      </div>
      {inCart > 0 && (
        <p className="scan-card-added" role="status">
          {t('scan.added', { count: inCart })}
        </p>
      )}
    </article>
  );
}
