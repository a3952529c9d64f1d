import { Link } from 'wouter';
import { useT } from '../i18n/useT';
import { useCartCount, useCatalog, useLocale } from '../state/hooks';
import { LocaleSwitch } from './LocaleSwitch';

export function AppHeader() {
  const t = useT();
  const locale = useLocale();
  const store = useCatalog()?.store;
  const cartCount = useCartCount();
  return (
    <header className="app-header">
      <Link href="/" className="brand">
        <span className="brand-mark" aria-hidden="true">
          11.11
        </span>
        <span className="brand-name">{store ? store.name[locale] : 'Shelfsight'}</span>
      </Link>
      <nav className="app-nav">
        <Link href="/shop">{t('nav.shop')}</Link>
        <Link href="/cart" className="cart-count" data-testid="cart-count" aria-label={t('nav.cart')}>
          {t('cart.count', { count: cartCount })}
        </Link>
        <LocaleSwitch />
      </nav>
    </header>
  );
}
