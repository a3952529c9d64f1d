import '../../i18n/register-stored-messages';
import { useLocation } from 'wouter';
import { resetSurfaceStorage } from '../../data/surface-storage';
import { useT } from '../../i18n/useT';

/**
 * What a surface shows when it failed to render (App's error boundary), instead of a blank page: reload, or
 * set aside this screen's saved data and reload. Its own lazy chunk, so the shop's first load stays small.
 */
export default function RecoveryScreen() {
  const t = useT();
  const [location] = useLocation();
  return (
    <section className="recovery" role="alert" data-testid="recovery-screen">
      <h1>{t('stored.recovery.title')}</h1>
      <p>{t('stored.recovery.body')}</p>
      <div className="recovery-actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('stored.recovery.reload')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="recovery-reset"
          onClick={() => {
            resetSurfaceStorage(location);
            window.location.reload();
          }}
        >
          {t('stored.recovery.reset')}
        </button>
      </div>
    </section>
  );
}
