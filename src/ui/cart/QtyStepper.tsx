import { useT } from '../../i18n/useT';

export interface QtyStepperProps {
  qty: number;
  max: number;
  onChange: (qty: number) => void;
  label: string;
}

/** − qty + with hard bounds: never below 1 here (removal is its own button), never above `max`. */
export function QtyStepper({ qty, max, onChange, label }: QtyStepperProps) {
  const t = useT();
  return (
    <div className="qty-stepper" role="group" aria-label={label}>
      <button
        type="button"
        aria-label={t('cart.decrease')}
        data-testid="qty-decrease"
        disabled={qty <= 1}
        onClick={() => onChange(qty - 1)}
      >
        −
      </button>
      <output data-testid="qty" aria-live="polite">
        {qty}
      </output>
      <button
        type="button"
        aria-label={t('cart.increase')}
        data-testid="qty-increase"
        disabled={qty >= max}
        onClick={() => onChange(Math.min(qty + 1, max))}
      >
        +
      </button>
    </div>
  );
}
