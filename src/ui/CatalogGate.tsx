import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { useCatalogStatus } from '../state/hooks';
import { LoadingScreen } from './LoadingScreen';

/** Renders children once a catalog (fresh or last good) is in the store; explains when there is none. */
export function CatalogGate({ children }: { children: ReactNode }) {
  const t = useT();
  const status = useCatalogStatus();
  if (status === 'loading') return <LoadingScreen />;
  if (status === 'failed') {
    return (
      <section className="catalog-failed" role="alert">
        <p>{t('catalog.errorNoBackup')}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('catalog.retry')}
        </button>
      </section>
    );
  }
  return <>{children}</>;
}
