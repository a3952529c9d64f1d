import { useMemo } from 'react';
import type { Product } from '../../domain/catalog';
import { checkPriceFloor } from '../../domain/merchant';
import { unitPrice } from '../../domain/pricing';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { usePreviewAt, usePreviewCatalog } from '../../merchant/hooks';
import { useLocale } from '../../state/hooks';

export interface ProductListProps {
  products: readonly Product[];
  selectedId: string | null;
  onSelect: (productId: string) => void;
}

/** Every product with its price at the preview instant (from the draft) and its price-floor warnings. */
export function ProductList({ products, selectedId, onSelect }: ProductListProps) {
  const t = useT();
  const locale = useLocale();
  const catalog = usePreviewCatalog();
  const at = usePreviewAt();
  const warnings = useMemo(() => (catalog ? checkPriceFloor(catalog) : []), [catalog]);
  return (
    <nav className="studio-products" aria-label={t('merchant.products')}>
      <h2>{t('merchant.products')}</h2>
      <ul>
        {products.map((product) => {
          const price = catalog ? unitPrice(catalog, product.id, at) : null;
          const count = warnings.filter((warning) => warning.productId === product.id).length;
          const discounted = price?.ok && price.unitFen < price.listFen;
          return (
            <li key={product.id}>
              <button
                type="button"
                className={product.id === selectedId ? 'is-selected' : undefined}
                aria-current={product.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(product.id)}
                data-testid={`product-${product.id}`}
              >
                {product.poster ? (
                  <img src={`${import.meta.env.BASE_URL}${product.poster}`} alt="" width={44} height={44} />
                ) : (
                  <span className="studio-thumb" />
                )}
                <span className="studio-product-text">
                  <span className="studio-product-name">{product.name[locale]}</span>
                  <span className="studio-product-price" data-testid={`list-price-${product.id}`}>
                    {price?.ok ? formatFen(price.unitFen, locale) : '—'}
                    {discounted && <s>{formatFen(price.listFen, locale)}</s>}
                  </span>
                </span>
                {count > 0 && (
                  <span className="studio-warn-dot" title={t('merchant.warnCount', { count })}>
                    {count}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
