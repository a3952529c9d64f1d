import type { CartProblem } from '../../hooks/useCartQuote';
import { useT } from '../../i18n/useT';
import { useActions, useLocale, useProduct } from '../../state/hooks';

/**
 * A line the engine left out (product gone, stock too low) or could not price (`reason`: the engine's
 * message), with the fix one tap away.
 */
export function CartProblemRow({ problem, reason }: { problem: CartProblem; reason?: string }) {
  const t = useT();
  const locale = useLocale();
  const product = useProduct(problem.productId);
  const { setCartQty } = useActions();
  return (
    <li
      className="cart-line cart-line-problem"
      data-testid="cart-problem"
      data-product-id={problem.productId}
    >
      <div className="cart-line-body">
        <div className="cart-line-name">{product ? product.name[locale] : problem.productId}</div>
        <p className="cart-line-reason">
          {problem.kind === 'unpriced'
            ? reason
            : problem.kind === 'unknown-product'
              ? t('cart.problem.unknown')
              : problem.available === 0
                ? t('product.soldOut')
                : t('cart.problem.stock', { count: problem.available })}
        </p>
        <div className="cart-line-controls">
          {problem.kind === 'exceeds-stock' && problem.available > 0 && (
            <button
              type="button"
              className="button"
              onClick={() => setCartQty(problem.productId, problem.available)}
            >
              {t('cart.problem.fixStock', { count: problem.available })}
            </button>
          )}
          <button type="button" className="link-button" onClick={() => setCartQty(problem.productId, 0)}>
            {t('cart.remove')}
          </button>
        </div>
      </div>
    </li>
  );
}
