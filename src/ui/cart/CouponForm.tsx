import { useState, type FormEvent } from 'react';
import type { Quote } from '../../domain/pricing';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useActions, useLocale } from '../../state/hooks';

/** Coupon entry: accepted codes show their saving, rejected ones the engine's reason, in the shopper's language. */
export function CouponForm({ quote, coupons }: { quote: Quote | null; coupons: readonly string[] }) {
  const t = useT();
  const locale = useLocale();
  const { addCoupon, removeCoupon } = useActions();
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim()) addCoupon(code);
    setCode('');
  };
  const couponSaving = quote?.applied.find((applied) => applied.kind === 'coupon')?.fen ?? 0;
  return (
    <section className="coupon-form" data-testid="coupons">
      <form onSubmit={submit}>
        <label htmlFor="coupon-code">{t('cart.coupon.label')}</label>
        <div className="coupon-row">
          <input
            id="coupon-code"
            data-testid="coupon-input"
            value={code}
            maxLength={20}
            autoCapitalize="characters"
            autoComplete="off"
            placeholder={t('cart.coupon.placeholder')}
            onChange={(event) => setCode(event.target.value)}
          />
          <button type="submit" className="button" data-testid="coupon-apply">
            {t('cart.coupon.apply')}
          </button>
        </div>
      </form>
      <ul className="coupon-list">
        {coupons.map((entered) => {
          const rejection = quote?.rejectedCoupons.find(
            (rejected) => rejected.code.toUpperCase() === entered,
          );
          const accepted = quote?.appliedCoupon?.toUpperCase() === entered;
          return (
            <li
              key={entered}
              className={accepted ? 'coupon coupon-ok' : 'coupon coupon-rejected'}
              data-testid="coupon-status"
              data-code={entered}
              data-state={accepted ? 'applied' : 'rejected'}
            >
              <span>
                {accepted
                  ? t('cart.coupon.applied', { code: entered, save: formatFen(couponSaving, locale) })
                  : `${entered}: ${rejection ? rejection.message[locale] : ''}`}
              </span>
              <button type="button" className="link-button" onClick={() => removeCoupon(entered)}>
                {t('cart.coupon.remove')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
