import type { Product } from '../../domain/catalog';
import { KioskStripItem } from './KioskStripItem';

export interface KioskProductStripProps {
  products: readonly Product[];
  selectedId: string;
  now: Date;
  onSelect: (productId: string) => void;
}

/** Touch mode's product picker: big tap targets with poster, name and current price. */
export function KioskProductStrip({ products, selectedId, now, onSelect }: KioskProductStripProps) {
  return (
    <footer className="kiosk-foot kiosk-strip">
      <ul className="kiosk-strip-list">
        {products.map((product) => (
          <KioskStripItem
            key={product.id}
            product={product}
            now={now}
            selected={product.id === selectedId}
            onSelect={onSelect}
          />
        ))}
      </ul>
    </footer>
  );
}
