import { useT } from '../../i18n/useT';
import type { ValidationState } from '../../merchant/useModelAudit';

const severityName = ['error', 'warning', 'info', 'hint'];

/** The Khronos validator's verdict: counts, then each message with its code and JSON pointer. */
export function ValidatorReportView({ validation }: { validation: ValidationState }) {
  const t = useT();
  if (validation.status === 'loading')
    return <p className="studio-muted">{t('merchant.audit.validatorLoading')}</p>;
  if (validation.status === 'failed') {
    return (
      <p className="field-error">{t('merchant.audit.validatorFailed', { reason: validation.reason })}</p>
    );
  }
  const { issues, validatorVersion } = validation.report;
  return (
    <section className="validator" data-testid="validator-report" data-errors={issues.numErrors}>
      <h3>
        {t('merchant.audit.validator')} <small className="studio-muted">{validatorVersion}</small>
      </h3>
      <p className={issues.numErrors > 0 ? 'field-error' : 'price-floor-ok'}>
        {issues.numErrors > 0 ? '✕ ' : '✓ '}
        {t('merchant.audit.validatorSummary', {
          errors: issues.numErrors,
          warnings: issues.numWarnings,
          infos: issues.numInfos,
        })}
      </p>
      {issues.messages.length > 0 && (
        <ul className="validator-messages">
          {issues.messages.slice(0, 20).map((message, index) => (
            <li key={index} className={`is-${severityName[message.severity] ?? 'info'}`}>
              <code>{message.code}</code> {message.message}
              {message.pointer && <small> @ {message.pointer}</small>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
