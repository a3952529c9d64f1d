import { useEffect } from 'react';
import { isLocale, localeFromLanguages, type Locale } from '../i18n/locale';
import { useLocale } from '../state/hooks';

const localeKey = 'shelfsight.locale';

/** The locale to start with: URL `?lang=`, else the shopper's last choice, else the browser's languages. */
export function initialLocale(): Locale {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLocale(fromUrl)) return fromUrl;
  try {
    const saved = localStorage.getItem(localeKey);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage blocked: fall through to the browser's languages.
  }
  return localeFromLanguages(navigator.languages ?? [navigator.language]);
}

/** Mirrors the current locale to <html lang> and remembers the shopper's choice. */
export function useLocaleSync(): void {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
    try {
      localStorage.setItem(localeKey, locale);
    } catch {
      // Not remembered across visits; nothing else depends on it.
    }
  }, [locale]);
}
