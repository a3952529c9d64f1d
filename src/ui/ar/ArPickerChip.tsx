import type { Product } from '../../domain/catalog';
import { usePriceView } from '../../hooks/usePriceView';
import { formatFen } from '../../i18n/format';
import { useLocale } from '../../state/hooks';

export interface ArPickerChipProps {
  product: Product;
  now: Date;
  checked: boolean;
  onPick: (productId: string) => void;
}

/** One product to choose in the AR picker: its name and the price it sells at now. */
export function ArPickerChip({ product, now, checked, onPick }: ArPickerChipProps) {
  const locale = useLocale();
  const price = usePriceView(product.id, now);
  return (
    <button
      type="button"
      role="radio"
      aria-checked={checked}
      className={checked ? 'ar-chip ar-chip-checked' : 'ar-chip'}
      data-testid={`ar-pick-${product.id}`}
      onClick={() => onPick(product.id)}
    >
      <span className="ar-chip-name">{product.name[locale]}</span>
      {price && <span className="ar-chip-price">{formatFen(price.priceFen, locale)}</span>}
    </button>
  );
}
