import { useRef } from 'react';
import { Link } from 'wouter';
import { downloadCatalog } from '../../merchant/export-catalog';
import { readStudio, useStudio, useStudioActions } from '../../merchant/hooks';
import { useImportCatalog } from '../../merchant/useImportCatalog';
import { formatInstant } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { usePublishedCatalog, useCatalogMeta, useLocale } from '../../state/hooks';
import { StudioReportBar } from './StudioReportBar';
import { ServerActions } from './publish/ServerActions';
import { VersionState } from './publish/VersionState';
import { storeContext } from '../../data/store-context';

const onServer = storeContext.mode === 'server';

/**
 * Title, unsaved state, undo/redo, import, export, discard and the way to the label sheet; on the store
 * server also the draft's version state, publish and the version history.
 */
export function StudioToolbar() {
  const t = useT();
  const locale = useLocale();
  const published = usePublishedCatalog();
  const publishedMeta = useCatalogMeta();
  const canUndo = useStudio((state) => state.past.length > 0);
  const canRedo = useStudio((state) => state.future.length > 0);
  const dirtySince = useStudio((state) => state.dirtySince);
  const errorCount = useStudio((state) => state.errors.length);
  const { undo, redo, markSaved, discardDraft } = useStudioActions();
  const importCatalog = useImportCatalog();
  const picker = useRef<HTMLInputElement>(null);

  const exportDraft = () => {
    const { validCatalog, errors } = readStudio();
    if (errors.length > 0) return;
    if (!validCatalog) return;
    downloadCatalog(validCatalog);
    markSaved();
  };

  return (
    <header className="studio-toolbar">
      <div className="studio-title">
        <h1>{t('merchant.title')}</h1>
        <span
          className={dirtySince ? 'studio-state is-dirty' : 'studio-state'}
          data-testid="unsaved-state"
          data-dirty={dirtySince ? 'yes' : 'no'}
        >
          {dirtySince
            ? t(onServer ? 'merchant.server.unpublishedSince' : 'merchant.unsavedSince', {
                time: formatInstant(dirtySince, locale),
              })
            : t(onServer ? 'merchant.server.clean' : 'merchant.saved')}
        </span>
        {onServer && <VersionState />}
      </div>
      <div className="studio-actions">
        <button type="button" onClick={undo} disabled={!canUndo} data-testid="undo" title="Ctrl+Z">
          ↶ {t('merchant.undo')}
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} data-testid="redo" title="Ctrl+Shift+Z">
          ↷ {t('merchant.redo')}
        </button>
        <span className="studio-sep" />
        <button type="button" onClick={() => picker.current?.click()} data-testid="import">
          {t('merchant.import')}
        </button>
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importCatalog(file);
          }}
        />
        {onServer && <ServerActions />}
        <button
          type="button"
          className={onServer ? undefined : 'is-primary'}
          onClick={exportDraft}
          disabled={errorCount > 0}
          title={errorCount > 0 ? t('merchant.exportBlocked', { count: errorCount }) : undefined}
          data-testid="export"
        >
          {t('merchant.export')}
        </button>
        <button
          type="button"
          className="is-quiet"
          disabled={!published || !dirtySince}
          onClick={() =>
            published &&
            window.confirm(t('merchant.discardConfirm')) &&
            discardDraft(published, publishedMeta)
          }
        >
          {t('merchant.discard')}
        </button>
        <Link href="/merchant/labels" className="studio-link" data-testid="labels-link">
          {t('merchant.labels')}
        </Link>
      </div>
      <StudioReportBar />
    </header>
  );
}
