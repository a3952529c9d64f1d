import { useMemo } from 'react';
import { summarizeCatalogChange } from '../../../domain/catalog/diff';
import { useT } from '../../../i18n/useT';
import { usePreviewCatalog, useStudio } from '../../../merchant/hooks';
import type { usePublish } from '../../../merchant/usePublish';
import { usePublishedCatalog, useCatalogMeta, useLiveVersion } from '../../../state/hooks';
import { ChangeSummaryView } from './ChangeSummaryView';
import { StudioDialog } from './StudioDialog';

export type PublishDialogProps = ReturnType<typeof usePublish>;

/** Confirm a publish against what the store shows now; then its result, a conflict or the server's errors. */
export function PublishDialog({ phase, close, publish, rebaseOnto }: PublishDialogProps) {
  const t = useT();
  const live = usePublishedCatalog();
  const liveMeta = useCatalogMeta();
  const announced = useLiveVersion();
  const draft = usePreviewCatalog();
  const base = useStudio((state) => state.base);
  const summary = useMemo(() => (live && draft ? summarizeCatalogChange(live, draft) : null), [live, draft]);
  if (phase.kind === 'closed') return null;
  const liveVersion = announced?.version ?? liveMeta?.version ?? '?';
  const liveEtag = announced?.etag ?? liveMeta?.etag ?? null;
  const stale = !!base?.etag && !!liveEtag && base.etag !== liveEtag;
  return (
    <StudioDialog title={t('merchant.publish.title')} onClose={close} testId="publish-dialog">
      {(phase.kind === 'confirm' || phase.kind === 'busy') && (
        <>
          <p>{t('merchant.publish.intro', { live: liveVersion })}</p>
          {summary && <ChangeSummaryView summary={summary} catalog={draft} testId="publish-summary" />}
          {stale && (
            <p className="studio-warning" role="alert" data-testid="publish-stale-warning">
              {t('merchant.publish.staleWarn', { base: base?.version ?? '?', live: liveVersion })}
            </p>
          )}
        </>
      )}
      {phase.kind === 'done' && (
        <p className="studio-success" role="status" data-testid="publish-done" data-version={phase.version}>
          {t('merchant.publish.done', { version: phase.version })}
        </p>
      )}
      {phase.kind === 'stale' && (
        <div data-testid="publish-conflict" data-live={phase.live.version}>
          <p className="studio-warning" role="alert">
            {t('merchant.publish.stale', { live: phase.live.version })}
          </p>
          {phase.changes && (
            <ChangeSummaryView summary={phase.changes} catalog={live} testId="conflict-changes" />
          )}
        </div>
      )}
      {phase.kind === 'invalid' && (
        <div role="alert" data-testid="publish-invalid">
          <p>{t('merchant.publish.invalid', { count: phase.errors.length })}</p>
          <ul className="studio-errors">
            {phase.errors.map((error) => (
              <li key={`${error.path}:${error.message}`}>
                <code>{error.path}</code>: {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {phase.kind === 'failed' && (
        <p className="studio-warning" role="alert" data-testid="publish-failed">
          {t('merchant.publish.failed', { message: phase.message })}
        </p>
      )}
      <div className="studio-dialog-actions">
        {phase.kind === 'stale' && (
          <button
            type="button"
            className="is-primary"
            onClick={() => rebaseOnto(phase.live)}
            data-testid="conflict-rebase"
          >
            {t('merchant.version.rebase', { live: phase.live.version })}
          </button>
        )}
        {stale && phase.kind === 'confirm' && liveEtag && (
          <button
            type="button"
            onClick={() =>
              rebaseOnto({ version: announced?.version ?? liveMeta?.version ?? null, etag: liveEtag })
            }
            data-testid="publish-rebase"
          >
            {t('merchant.version.rebase', { live: liveVersion })}
          </button>
        )}
        {(phase.kind === 'confirm' || phase.kind === 'busy') && (
          <button
            type="button"
            className="is-primary"
            disabled={phase.kind === 'busy' || !summary || summary.unchanged}
            onClick={() => void publish()}
            data-testid="publish-confirm"
          >
            {phase.kind === 'busy' ? t('merchant.publish.busy') : t('merchant.publish.confirm')}
          </button>
        )}
        <button type="button" onClick={close} data-testid="publish-close">
          {phase.kind === 'done' ? t('merchant.history.close') : t('merchant.publish.cancel')}
        </button>
      </div>
    </StudioDialog>
  );
}
