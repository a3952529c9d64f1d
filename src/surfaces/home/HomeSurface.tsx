import { useNow } from '../../hooks/useNow';
import { useT } from '../../i18n/useT';
import { useProducts } from '../../state/hooks';
import { CatalogGate } from '../../ui/CatalogGate';
import { ProductCard } from '../../ui/ProductCard';

/** The storefront home: every product with its poster and the price it sells at right now. */
export default function HomeSurface() {
  return (
    <CatalogGate>
      <ProductGrid />
    </CatalogGate>
  );
}

function ProductGrid() {
  const t = useT();
  const products = useProducts();
  const now = useNow(1000);
  return (
    <section className="home">
      <div className="home-hero">
        <h1>{t('home.heading')}</h1>
        <p>{t('home.subheading')}</p>
      </div>
      <ul className="product-grid" data-testid="product-grid">
        {products.map((product) => (
          <ProductCard key={product.id} product={product} now={now} />
        ))}
      </ul>
    </section>
  );
}
