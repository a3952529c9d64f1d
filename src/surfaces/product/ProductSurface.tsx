import { useEffect } from 'react';
import { Link } from 'wouter';
import { useNow } from '../../hooks/useNow';
import { usePriceView } from '../../hooks/usePriceView';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useActions, useCartLines, useLocale, useProduct } from '../../state/hooks';
import { CatalogGate } from '../../ui/CatalogGate';
import { NotFound } from '../../ui/NotFound';
import { PriceBlock } from '../../ui/PriceBlock';
import { ProductViewer } from '../../ui/ProductViewer';
import { ViewInArButton } from '../../ui/ar/ViewInArButton';

const productIdPattern = /^[a-z0-9-]{1,64}$/;

/** `/p/:productId`: the product in 3D with its details and current price. Unknown ids get a not-found page. */
export default function ProductSurface({ productId }: { productId: string }) {
  return (
    <CatalogGate>
      <ProductPage productId={productIdPattern.test(productId) ? productId : undefined} />
    </CatalogGate>
  );
}

function ProductPage({ productId }: { productId: string | undefined }) {
  const t = useT();
  const locale = useLocale();
  const product = useProduct(productId);
  const now = useNow(1000);
  const price = usePriceView(productId ?? '', now);
  const { addToCart, selectProduct } = useActions();
  const inCart = useCartLines().find((line) => line.productId === productId)?.qty ?? 0;

  useEffect(() => {
    if (product) selectProduct(product.id);
  }, [product, selectProduct]);

  if (!product || !price) return <NotFound />;
  return (
    <article className="product-page" data-testid="product-page" data-product-id={product.id}>
      <ProductViewer product={product} />
      <div className="product-details">
        <Link href="/" className="back-link">
          ← {t('product.back')}
        </Link>
        <h1 data-testid="product-name">{product.name[locale]}</h1>
        {product.description && <p className="product-description">{product.description[locale]}</p>}
        <PriceBlock price={price} size="large" />
        <dl className="product-facts">
          <dt>{t('product.origin')}</dt>
          <dd data-testid="product-origin">{product.origin[locale]}</dd>
          <dt>{t('product.unit')}</dt>
          <dd>{product.unit[locale]}</dd>
          <dt>{t('product.lowest30')}</dt>
          <dd>{formatFen(product.lowest30DayFen, locale)}</dd>
          <dt>{t('product.stock')}</dt>
          <dd>
            {product.stock > 0 ? t('product.stockCount', { count: product.stock }) : t('product.soldOut')}
          </dd>
        </dl>
        <button
          type="button"
          className="button button-primary"
          data-testid="add-to-cart"
          disabled={product.stock === 0}
          onClick={() => addToCart(product.id)}
        >
          {product.stock > 0 ? t('product.addToCart') : t('product.outOfStock')}
        </button>
        <ViewInArButton productId={product.id} />
        {inCart > 0 && (
          <p className="added-note" role="status">
            {t('product.added', { count: inCart })}
          </p>
        )}
      </div>
    </article>
  );
}
