import type { Catalog, Product } from '../../domain/catalog';
import type { Quote } from '../../domain/pricing';
import type { PriceView } from '../../hooks/usePriceView';
import { useT } from '../../i18n/useT';
import { KioskCart } from './KioskCart';
import { KioskPricePanel } from './KioskPricePanel';

export interface KioskTouchPanelProps {
  catalog: Catalog;
  product: Product;
  price: PriceView | null;
  inCart: number;
  quote: Quote | null;
  handoffUrl: string | null;
  idleSeconds: number;
  onAdd: () => void;
  onQty: (productId: string, qty: number) => void;
  onBack: () => void;
}

/** Touch mode's side panel: the selected product with "add to cart", then the kiosk cart and hand-off. */
export function KioskTouchPanel(props: KioskTouchPanelProps) {
  const { catalog, product, price, inCart, quote, handoffUrl, idleSeconds, onAdd, onQty, onBack } = props;
  const t = useT();
  return (
    <div className="kiosk-side kiosk-touch">
      <div className="kiosk-touch-head">
        {price && <KioskPricePanel product={product} price={price} compact />}
        <div className="kiosk-actions">
          <button
            type="button"
            className="kiosk-add"
            data-testid="kiosk-add"
            disabled={product.stock === 0 || inCart >= product.stock}
            onClick={onAdd}
          >
            {t('kiosk.add')}
          </button>
          {inCart > 0 && <span className="kiosk-in-cart">{t('kiosk.inCart', { count: inCart })}</span>}
          <button type="button" className="kiosk-back" data-testid="kiosk-back" onClick={onBack}>
            {t('kiosk.back')}
          </button>
        </div>
      </div>
      <KioskCart catalog={catalog} quote={quote} handoffUrl={handoffUrl} onQty={onQty} />
      <p className="kiosk-idle-note">{t('kiosk.idle', { seconds: idleSeconds })}</p>
    </div>
  );
}
