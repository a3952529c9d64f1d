import type { Product } from '../../domain/catalog';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';

export interface KioskLoopBarProps {
  products: readonly Product[];
  current: number;
}

/** Attract mode's footer: where the loop is, and the invitation to touch. */
export function KioskLoopBar({ products, current }: KioskLoopBarProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <footer className="kiosk-foot kiosk-loop">
      <ol className="kiosk-loop-steps" aria-hidden="true">
        {products.map((product, index) => (
          <li
            key={product.id}
            className={index === current ? 'kiosk-loop-step is-current' : 'kiosk-loop-step'}
          >
            {product.name[locale]}
          </li>
        ))}
      </ol>
      <p className="kiosk-cta" data-testid="kiosk-cta">
        <span className="kiosk-cta-hand" aria-hidden="true">
          ☝
        </span>
        {t('kiosk.cta')}
      </p>
    </footer>
  );
}
