import { catalogErrorText } from '../../i18n/catalog-error-text';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';
import { useStudio, useStudioActions } from '../../merchant/hooks';

/** The outcome of the last import or model drop: every error with its JSON path, until dismissed. */
export function StudioReportBar() {
  const t = useT();
  const locale = useLocale();
  const report = useStudio((state) => state.report);
  const { setReport } = useStudioActions();
  if (!report) return null;
  const failed = report.kind !== 'import-done';
  const title =
    report.kind === 'import-failed'
      ? t('merchant.import.failed', { name: report.name, count: report.errors.length })
      : report.kind === 'import-done'
        ? t('merchant.import.done', { name: report.name })
        : t('merchant.audit.rejected', { name: report.name, reason: report.errors[0]?.message ?? '' });
  return (
    <div
      className={failed ? 'studio-report is-error' : 'studio-report'}
      role={failed ? 'alert' : 'status'}
      data-testid="studio-report"
      data-kind={report.kind}
    >
      <div className="studio-report-head">
        <strong>{title}</strong>
        <button type="button" className="is-quiet" onClick={() => setReport(null)}>
          {t('merchant.import.dismiss')}
        </button>
      </div>
      {report.kind === 'import-failed' && (
        <ol className="studio-report-errors" data-testid="import-errors">
          {report.errors.map((error, index) => (
            <li key={index}>
              <code>{error.path}</code> {catalogErrorText(error.message, locale)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
