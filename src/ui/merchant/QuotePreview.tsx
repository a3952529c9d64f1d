import { useMemo, useState } from 'react';
import { quote } from '../../domain/pricing';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { usePreviewAt, usePreviewCatalog } from '../../merchant/hooks';
import { useLocale } from '../../state/hooks';

/** A live quote of a sample cart (the selected product, a quantity, an optional coupon) at the preview instant. */
export function QuotePreview({ productId }: { productId: string }) {
  const t = useT();
  const locale = useLocale();
  const catalog = usePreviewCatalog();
  const at = usePreviewAt();
  const [qty, setQty] = useState(3);
  const [coupon, setCoupon] = useState('');
  const result = useMemo(
    () =>
      catalog
        ? quote({ catalog, lines: [{ productId, qty }], at, coupons: coupon.trim() ? [coupon] : [] })
        : null,
    [catalog, productId, qty, at, coupon],
  );
  if (!result) return null;
  const money = (fen: number) => formatFen(fen, locale);
  return (
    <section className="quote-preview" data-testid="quote-preview">
      <h3>{t('merchant.quote.title')}</h3>
      <div className="quote-inputs">
        <label>
          <span className="studio-muted">{t('merchant.quote.qty')}</span>
          <input
            type="number"
            min={1}
            max={99}
            value={qty}
            onChange={(event) =>
              setQty(Math.max(1, Math.min(99, Math.floor(Number(event.target.value)) || 1)))
            }
            data-testid="quote-qty"
          />
        </label>
        <label>
          <span className="studio-muted">{t('merchant.quote.coupon')}</span>
          <input value={coupon} onChange={(event) => setCoupon(event.target.value)} placeholder="XJ15" />
        </label>
      </div>
      {result.ok ? (
        <dl className="quote-lines">
          <dt>{t('merchant.quote.list')}</dt>
          <dd>{money(result.listFen)}</dd>
          {result.applied.map((applied) => (
            <div key={applied.promotionId} className="quote-applied">
              <dt>{applied.label[locale]}</dt>
              <dd>−{money(applied.fen)}</dd>
            </div>
          ))}
          <dt className="quote-total">{t('merchant.quote.total')}</dt>
          <dd className="quote-total" data-testid="quote-total">
            {money(result.totalFen)}
          </dd>
          {result.payLaterFen > 0 && (
            <>
              <dt>{t('merchant.quote.payLater')}</dt>
              <dd>{money(result.payLaterFen)}</dd>
            </>
          )}
          {result.rejectedCoupons.map((rejected) => (
            <p key={rejected.code} className="field-error">
              {rejected.message[locale]}
            </p>
          ))}
        </dl>
      ) : (
        <p className="field-error">
          {t('merchant.quote.error', {
            reason: result.errors.map((error) => error.message[locale]).join('; '),
          })}
        </p>
      )}
    </section>
  );
}
