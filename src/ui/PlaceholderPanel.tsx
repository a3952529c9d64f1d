import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';

/** Stands in for a surface whose own issue has not landed yet; says so instead of pretending. */
export function PlaceholderPanel({ titleKey }: { titleKey: MessageKey }) {
  const t = useT();
  return (
    <section className="placeholder-surface">
      <h1>{t(titleKey)}</h1>
      <p>{t('surface.placeholder')}</p>
    </section>
  );
}
