import './ar.css';
import { useNow } from '../../hooks/useNow';
import { useT } from '../../i18n/useT';
import { useProducts } from '../../state/hooks';
import { ArPickerChip } from './ArPickerChip';

export interface ArProductPickerProps {
  selectedId: string | null;
  onPick: (productId: string) => void;
}

/** Chooses what the next tap places: every catalog product with its current price. */
export function ArProductPicker({ selectedId, onPick }: ArProductPickerProps) {
  const t = useT();
  const products = useProducts();
  const now = useNow(1000);
  return (
    <div className="ar-picker" role="radiogroup" aria-label={t('ar.pick')} data-testid="ar-picker">
      {products.map((product) => (
        <ArPickerChip
          key={product.id}
          product={product}
          now={now}
          checked={product.id === selectedId}
          onPick={onPick}
        />
      ))}
    </div>
  );
}
