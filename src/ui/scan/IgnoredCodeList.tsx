import type { IgnoredCode } from '../../domain/label';
import { useT } from '../../i18n/useT';

/** Codes the scanner saw but ignored, each with the reason (shown once per code, not once per frame). */
export function IgnoredCodeList({ codes }: { codes: readonly IgnoredCode[] }) {
  const t = useT();
  if (codes.length === 0) return null;
  return (
    <section className="scan-ignored" aria-label={t('scan.ignoredTitle')}>
      <h3>{t('scan.ignoredTitle')}</h3>
      <ul>
        {codes.map((code) => (
          <li key={code.text} data-testid="scan-ignored" data-reason={code.reason}>
            {t(`scan.reason.${code.reason}`, { detail: code.detail })}
          </li>
        ))}
      </ul>
    </section>
  );
}
