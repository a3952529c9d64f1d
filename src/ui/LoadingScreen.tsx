import { useT } from '../i18n/useT';

export function LoadingScreen() {
  const t = useT();
  return (
    <div className="loading-screen" role="status">
      {t('catalog.loading')}
    </div>
  );
}
