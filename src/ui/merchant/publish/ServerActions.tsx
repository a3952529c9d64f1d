import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { useStudio } from '../../../merchant/hooks';
import { usePublish } from '../../../merchant/usePublish';
import { HistoryPanel } from './HistoryPanel';
import { PublishDialog } from './PublishDialog';
import './publish.css';

/** The studio toolbar's store-server buttons: publish (with its confirmation) and the version history. */
export function ServerActions() {
  const t = useT();
  const flow = usePublish();
  const [history, setHistory] = useState(false);
  const errorCount = useStudio((state) => state.errors.length);
  const hasBase = useStudio((state) => !!state.base?.etag);
  const blocked =
    errorCount > 0
      ? t('merchant.publish.blocked', { count: errorCount })
      : !hasBase
        ? t('merchant.publish.noBase')
        : null;
  return (
    <>
      <button
        type="button"
        className="is-primary"
        onClick={flow.open}
        disabled={blocked !== null}
        title={blocked ?? undefined}
        data-testid="publish"
      >
        {t('merchant.publish')}
      </button>
      <button type="button" onClick={() => setHistory(true)} data-testid="history">
        {t('merchant.history')}
      </button>
      <PublishDialog {...flow} />
      {history && <HistoryPanel onClose={() => setHistory(false)} />}
    </>
  );
}
