import { Link } from 'wouter';
import type { Product } from '../domain/catalog';
import { usePriceView } from '../hooks/usePriceView';
import { useLocale } from '../state/hooks';
import { PriceBlock } from './PriceBlock';
import { ProductPoster } from './ProductPoster';

/** A product in the storefront grid: poster, name, origin and unit, and the price it sells at now. */
export function ProductCard({ product, now }: { product: Product; now: Date }) {
  const locale = useLocale();
  const price = usePriceView(product.id, now);
  return (
    <li className="product-card" data-testid="product-card" data-product-id={product.id}>
      <Link href={`/p/${product.id}`} className="product-card-link">
        <div className="product-card-poster">
          <ProductPoster product={product} alt="" lazy />
        </div>
        <div className="product-card-body">
          <h2 className="product-card-name">{product.name[locale]}</h2>
          <p className="product-card-meta">
            {product.origin[locale]} · {product.unit[locale]}
          </p>
          {price && <PriceBlock price={price} />}
        </div>
      </Link>
    </li>
  );
}
