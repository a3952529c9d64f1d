import type { Product } from '../../domain/catalog';
import { maxLineQty } from '../../domain/cart/cart-lines';
import type { AppliedPromotion, QuoteLine } from '../../domain/pricing';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useActions, useLocale } from '../../state/hooks';
import { ProductPoster } from '../ProductPoster';
import { QtyStepper } from './QtyStepper';

export interface CartLineRowProps {
  product: Product;
  line: QuoteLine;
  applied: readonly AppliedPromotion[];
}

/** One priced cart line: what it is, how many, what it costs after discounts, and which promotions did it. */
export function CartLineRow({ product, line, applied }: CartLineRowProps) {
  const t = useT();
  const locale = useLocale();
  const { setCartQty } = useActions();
  const max = Math.min(product.stock, maxLineQty);
  const promotionIds = new Set([
    ...line.parts.flatMap((part) => (part.promotionId ? [part.promotionId] : [])),
    ...line.orderDiscounts.map((share) => share.promotionId),
  ]);
  const labels = applied.filter((promotion) => promotionIds.has(promotion.promotionId));
  const flash = line.parts.find((part) => part.kind === 'flash-price');
  const overflow = line.parts.find((part) => part.kind !== 'flash-price');
  return (
    <li className="cart-line" data-testid="cart-line" data-product-id={product.id}>
      <ProductPoster product={product} alt="" className="cart-line-poster" />
      <div className="cart-line-body">
        <div className="cart-line-name">{product.name[locale]}</div>
        <div className="cart-line-unit">{product.unit[locale]}</div>
        {labels.length > 0 && (
          <ul className="cart-line-promos">
            {labels.map((promotion) => (
              <li key={promotion.promotionId}>{promotion.label[locale]}</li>
            ))}
          </ul>
        )}
        <div className="cart-line-controls">
          <QtyStepper
            qty={line.qty}
            max={max}
            label={t('cart.qty')}
            onChange={(qty) => setCartQty(product.id, qty)}
          />
          <button type="button" className="link-button" onClick={() => setCartQty(product.id, 0)}>
            {t('cart.remove')}
          </button>
        </div>
        {line.qty >= max && (
          <p className="cart-line-reason" data-testid="qty-reason">
            {max === product.stock ? t('cart.atStock', { count: max }) : t('cart.atMax', { count: max })}
          </p>
        )}
        {flash && overflow && (
          <p className="cart-line-reason" data-testid="flash-limit">
            {t('cart.flashLimit', {
              limit: flash.units,
              price: formatFen(Math.round(overflow.fen / overflow.units), locale),
            })}
          </p>
        )}
      </div>
      <div className="cart-line-amount">
        <div className="price price-promo" data-testid="line-pay" data-fen={line.payFen}>
          {formatFen(line.payFen, locale)}
        </div>
        {line.payFen < line.listFen && <s className="price-list">{formatFen(line.listFen, locale)}</s>}
      </div>
    </li>
  );
}
