import { lazy, Suspense } from 'react';
import { useT } from '../i18n/useT';
import { useActions, useCartRecovered, useCatalogNotice } from '../state/hooks';

const CatalogNoticeText = lazy(() => import('./CatalogNoticeText'));

/** Non-blocking notices: the page stays usable underneath. */
export function NoticeBar() {
  const t = useT();
  const notice = useCatalogNotice();
  const cartRecovered = useCartRecovered();
  const { dismissCatalogNotice, dismissCartRecovered } = useActions();
  if (!notice && !cartRecovered) return null;
  return (
    <div className="notice-bar" role="status" aria-live="polite">
      {notice && (
        <p className="notice" data-testid="catalog-notice" data-kind={notice.kind}>
          <Suspense fallback={null}>
            <CatalogNoticeText notice={notice} />
          </Suspense>
          <button type="button" onClick={dismissCatalogNotice}>
            {t('notice.dismiss')}
          </button>
        </p>
      )}
      {cartRecovered && (
        <p className="notice" data-testid="cart-notice">
          <span>{t('cart.recovered')}</span>
          <button type="button" onClick={dismissCartRecovered}>
            {t('notice.dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}
