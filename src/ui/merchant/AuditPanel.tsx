import { useRef } from 'react';
import { checkModelBudgets, type BudgetMetric } from '../../domain/merchant';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { usePreviewCatalog, useStudio, useStudioActions } from '../../merchant/hooks';
import { useCustomModelDrop } from '../../merchant/useCustomModelDrop';
import { useModelAudit } from '../../merchant/useModelAudit';
import { assetUrl } from '../../data/asset-url';
import { ValidatorReportView } from './ValidatorReportView';

const metricLabel: Record<BudgetMetric, MessageKey> = {
  bytes: 'merchant.audit.bytes',
  triangles: 'merchant.audit.triangles',
  drawCalls: 'merchant.audit.drawCalls',
  materials: 'merchant.audit.materials',
  textureSide: 'merchant.audit.textures',
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const cm = (metres: number) => (metres * 100).toFixed(1);

/** The model audit of the selected product (or the merchant's dropped model): budgets green/red, validator. */
export function AuditPanel({ productId }: { productId: string }) {
  const t = useT();
  const catalog = usePreviewCatalog();
  const custom = useStudio((state) => state.customModels[productId]);
  const { setCustomModel } = useStudioActions();
  const dropModel = useCustomModelDrop();
  const picker = useRef<HTMLInputElement>(null);
  const product = catalog?.products.find((item) => item.id === productId);
  const url = custom?.url ?? (product ? assetUrl(product.model) : '');
  const audit = useModelAudit(url);
  const format = (metric: BudgetMetric, value: number) =>
    metric === 'bytes'
      ? kb(value)
      : metric === 'textureSide'
        ? value
          ? `${value}²`
          : t('merchant.audit.noTextures')
        : String(value);
  return (
    <div className="studio-panel audit" data-testid="audit-panel">
      {custom && (
        <p className="audit-custom">
          {t('merchant.audit.custom', { name: custom.name })}{' '}
          <button type="button" className="is-quiet" onClick={() => setCustomModel(productId, null)}>
            {t('merchant.audit.removeCustom')}
          </button>
        </p>
      )}
      <p className="studio-muted audit-file">{custom?.name ?? product?.model}</p>
      {audit.status === 'loading' && <p className="studio-muted">{t('merchant.audit.loading')}</p>}
      {audit.status === 'failed' && (
        <p className="field-error">{t('merchant.audit.failed', { reason: audit.reason })}</p>
      )}
      {audit.status === 'done' && (
        <>
          <table className="audit-table" data-testid="audit-table">
            <tbody>
              {checkModelBudgets(audit.stats).map((check) => (
                <tr
                  key={check.metric}
                  className={check.ok ? 'is-ok' : 'is-over'}
                  data-metric={check.metric}
                  data-ok={check.ok}
                >
                  <th>{t(metricLabel[check.metric])}</th>
                  <td className="audit-value">{format(check.metric, check.value)}</td>
                  <td className="audit-budget">
                    {t('merchant.audit.budget', { budget: format(check.metric, check.budget) })}
                  </td>
                  <td className="audit-mark">{check.ok ? '✓' : '✕'}</td>
                </tr>
              ))}
              <tr
                data-metric="shopper-viewer"
                className={audit.shopperViewer ? 'is-ok' : 'is-over'}
                data-ok={audit.shopperViewer}
              >
                <th>{t('merchant.audit.shopperViewer')}</th>
                <td className="audit-value" colSpan={2}>
                  {audit.shopperViewer
                    ? t('merchant.audit.shopperViewerOk')
                    : t('merchant.audit.shopperViewerNo')}
                </td>
                <td className="audit-mark">{audit.shopperViewer ? '✓' : '✕'}</td>
              </tr>
              <tr data-metric="size">
                <th>{t('merchant.audit.size')}</th>
                <td className="audit-value" colSpan={3}>
                  {t('merchant.size', {
                    w: cm(audit.stats.size.x),
                    h: cm(audit.stats.size.y),
                    d: cm(audit.stats.size.z),
                  })}
                </td>
              </tr>
            </tbody>
          </table>
          <ValidatorReportView validation={audit.validation} />
        </>
      )}
      <div
        className="audit-drop"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          event.stopPropagation();
          const file = event.dataTransfer.files[0];
          if (file) void dropModel(productId, file);
        }}
      >
        {t('merchant.audit.drop')}{' '}
        <button type="button" className="is-link" onClick={() => picker.current?.click()}>
          {t('merchant.audit.pick')}
        </button>
        <small className="studio-muted">{t('merchant.audit.dropLimit')}</small>
        <input
          ref={picker}
          type="file"
          accept=".glb,model/gltf-binary"
          hidden
          data-testid="model-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void dropModel(productId, file);
          }}
        />
      </div>
    </div>
  );
}
