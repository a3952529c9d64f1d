import type { Product } from '../../domain/catalog';
import { usePriceView } from '../../hooks/usePriceView';
import { formatFen } from '../../i18n/format';
import { useLocale } from '../../state/hooks';
import { ProductPoster } from '../ProductPoster';

/** One product button of the touch-mode strip. */
export function KioskStripItem({
  product,
  now,
  selected,
  onSelect,
}: {
  product: Product;
  now: Date;
  selected: boolean;
  onSelect: (productId: string) => void;
}) {
  const locale = useLocale();
  const price = usePriceView(product.id, now);
  return (
    <li>
      <button
        type="button"
        className={selected ? 'kiosk-strip-item is-selected' : 'kiosk-strip-item'}
        aria-pressed={selected}
        data-testid="kiosk-pick"
        data-product={product.id}
        onClick={() => onSelect(product.id)}
      >
        <ProductPoster className="kiosk-strip-poster" product={product} alt="" />
        <span className="kiosk-strip-name">{product.name[locale]}</span>
        {price && <span className="kiosk-strip-price">{formatFen(price.priceFen, locale)}</span>}
      </button>
    </li>
  );
}
