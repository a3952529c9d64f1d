import { useMemo } from 'react';
import { fromShanghaiLocal, toShanghaiLocal } from '../../domain/merchant';
import { useT } from '../../i18n/useT';
import { usePreviewAt, usePreviewCatalog, useStudioActions } from '../../merchant/hooks';

const hourMs = 3600_000;
const dayMs = 24 * hourMs;

/**
 * The "preview at" instant: a date-time field on the store's clock (Asia/Shanghai, whatever the computer's
 * zone) and an hourly slider spanning every promotion window, a day either side.
 */
export function PreviewAtControl() {
  const t = useT();
  const at = usePreviewAt();
  const catalog = usePreviewCatalog();
  const { setPreviewAt } = useStudioActions();
  const atMs = Date.parse(at);
  const [minMs, maxMs] = useMemo(() => {
    const bounds = (catalog?.promotions ?? []).flatMap((promotion) => [
      Date.parse(promotion.startsAt),
      Date.parse(promotion.endsAt),
    ]);
    const low = Math.min(atMs, ...bounds) - dayMs;
    const high = Math.max(atMs, ...bounds) + dayMs;
    return [Math.floor(low / hourMs) * hourMs, Math.ceil(high / hourMs) * hourMs];
  }, [catalog, atMs]);
  const setMs = (ms: number) => setPreviewAt(new Date(ms).toISOString());
  return (
    <div className="studio-preview-at">
      <label>
        <span className="studio-muted">{t('merchant.previewAt')}</span>
        <input
          type="datetime-local"
          value={toShanghaiLocal(at)}
          onChange={(event) => {
            const iso = fromShanghaiLocal(event.target.value);
            if (iso) setPreviewAt(iso);
          }}
          data-testid="preview-at"
        />
      </label>
      <button type="button" className="is-quiet" onClick={() => setPreviewAt(new Date().toISOString())}>
        {t('merchant.previewNow')}
      </button>
      <input
        type="range"
        className="studio-slider"
        min={minMs}
        max={maxMs}
        step={hourMs}
        value={Math.min(maxMs, Math.max(minMs, atMs))}
        onChange={(event) => setMs(Number(event.target.value))}
        aria-label={t('merchant.previewSlider')}
        data-testid="preview-slider"
      />
    </div>
  );
}
