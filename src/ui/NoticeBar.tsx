import { useT } from '../i18n/useT';
import { catalogErrorText } from '../i18n/catalog-error-text';
import { formatInstant } from '../i18n/format';
import { useActions, useCartRecovered, useCatalogNotice, useLocale } from '../state/hooks';

/** Non-blocking notices: the page stays usable underneath. */
export function NoticeBar() {
  const t = useT();
  const locale = useLocale();
  const notice = useCatalogNotice();
  const cartRecovered = useCartRecovered();
  const { dismissCatalogNotice, dismissCartRecovered } = useActions();
  let catalogText: string | null = null;
  if (notice?.kind === 'invalid') {
    const first = notice.errors[0];
    catalogText = t('catalog.invalid', {
      first: first ? `${first.path}: ${catalogErrorText(first.message, locale)}` : '?',
    });
  } else if (notice?.kind === 'unreachable') {
    catalogText = notice.keptFrom
      ? t('catalog.error', { time: formatInstant(notice.keptFrom, locale) })
      : t('catalog.errorNoBackup');
  }
  if (!catalogText && !cartRecovered) return null;
  return (
    <div className="notice-bar" role="status" aria-live="polite">
      {catalogText && (
        <p className="notice" data-testid="catalog-notice">
          <span>{catalogText}</span>
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
