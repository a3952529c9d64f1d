import { useT } from '../../../i18n/useT';
import { useStudio, useStudioActions } from '../../../merchant/hooks';
import { useCatalogMeta, useLiveVersion } from '../../../state/hooks';

/**
 * "Your draft is based on version N, the store is at version M": the live version comes from the store's
 * event stream, so a draft that went stale while open says so at once, with the way to rebase it.
 */
export function VersionState() {
  const t = useT();
  const base = useStudio((state) => state.base);
  const shown = useCatalogMeta();
  const announced = useLiveVersion();
  const { rebase } = useStudioActions();
  const live = announced?.version != null ? announced : shown;
  if (!live?.version || !live.etag) {
    return (
      <p className="studio-version" data-testid="version-state" data-state="checking">
        {t('merchant.version.checking')}
      </p>
    );
  }
  const state = !base?.etag ? 'unknown' : base.etag === live.etag ? 'current' : 'stale';
  const text =
    state === 'unknown'
      ? t('merchant.version.unknownBase', { live: live.version })
      : t(state === 'current' ? 'merchant.version.current' : 'merchant.version.stale', {
          base: base?.version ?? '?',
          live: live.version,
        });
  return (
    <p
      className={`studio-version is-${state}`}
      data-testid="version-state"
      data-state={state}
      data-base={base?.version ?? ''}
      data-live={live.version}
      role="status"
    >
      <span>{text}</span>
      {state !== 'current' && (
        <button type="button" onClick={() => rebase(live)} data-testid="rebase">
          {t('merchant.version.rebase', { live: live.version })}
        </button>
      )}
    </p>
  );
}
