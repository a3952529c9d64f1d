import { useT } from '../i18n/useT';
import { useActions, useLocale } from '../state/hooks';

/** One button that flips between 中文 and English (the only two locales). */
export function LocaleSwitch() {
  const t = useT();
  const locale = useLocale();
  const { setLocale } = useActions();
  return (
    <button
      type="button"
      className="locale-switch"
      data-testid="locale-switch"
      aria-label={t('locale.label')}
      lang={locale === 'zh-CN' ? 'en' : 'zh-CN'}
      onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
    >
      {t('locale.switch')}
    </button>
  );
}
