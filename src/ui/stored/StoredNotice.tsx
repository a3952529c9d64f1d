import '../../i18n/register-stored-messages';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { setAsideKeys } from '../../data/stored-value';
import { isSurfaceKey } from '../../data/surface-storage';
import { useT } from '../../i18n/useT';

/** Says that this surface found its saved data damaged and set it aside (see data/stored-value.ts). */
export function StoredNotice() {
  const t = useT();
  const [location] = useLocation();
  const [dismissed, setDismissed] = useState(false);
  const damaged = [...setAsideKeys].some((key) => isSurfaceKey(location, key));
  if (!damaged || dismissed) return null;
  return (
    <p className="notice" role="status" data-testid="stored-notice">
      <span>{t('stored.damaged')}</span>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('notice.dismiss')}
      </button>
    </p>
  );
}
