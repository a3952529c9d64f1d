import type { Product } from '../../domain/catalog';
import { usePriceView } from '../../hooks/usePriceView';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';

export interface ArPickerChipProps {
  product: Product;
  now: Date;
  checked: boolean;
  onPick: (productId: string) => void;
}

/**
 * One product to choose in the AR picker: its name and the price it sells at now, or "sold out" once the
 * live stock (laid over the catalog in the store) is gone. A sold-out product can still be placed to look at.
 */
export function ArPickerChip({ product, now, checked, onPick }: ArPickerChipProps) {
  const t = useT();
  const locale = useLocale();
  const price = usePriceView(product.id, now);
  return (
    <button
      type="button"
      role="radio"
      aria-checked={checked}
      className="ar-chip"
      data-testid={`ar-pick-${product.id}`}
      onClick={() => onPick(product.id)}
    >
      <span className="ar-chip-name">{product.name[locale]}</span>
      <span className="ar-chip-price">
        {product.stock > 0 ? price && formatFen(price.priceFen, locale) : t('product.soldOut')}
      </span>
    </button>
  );
}
