import { eagerEn, eagerZh, type MessageKey } from './messages';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';
/** Promotion windows are shown in the store's own time zone, wherever the phone is set. */
export const storeTimeZone = 'Asia/Shanghai';

// Starts with the eager strings; lazily loaded surfaces add theirs with registerMessages.
const catalogs: Record<Locale, Partial<Record<MessageKey, string>>> = {
  'zh-CN': { ...eagerZh },
  en: { ...eagerEn },
};

/**
 * Adds a surface's strings (both languages, same keys) to the table. Called at the top level of a module the
 * surface imports (register-*-messages.ts), so it runs when the surface's lazy chunk is evaluated, before any
 * of its components render. Registering the same bundle again is harmless.
 */
export function registerMessages<K extends MessageKey>(
  zh: Readonly<Record<K, string>>,
  english: Readonly<Record<K, string>>,
): void {
  Object.assign(catalogs['zh-CN'], zh);
  Object.assign(catalogs.en, english);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** zh-CN unless the browser prefers English over any Chinese. */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return defaultLocale;
}

/**
 * Looks up a message and fills `{name}` placeholders with plain text (never HTML). A key whose bundle was
 * never registered throws in dev and tests, so the mistake is caught there; a shopper in production sees the
 * key instead of a crashed page.
 */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = catalogs[locale][key];
  if (template === undefined) {
    if (import.meta.env.DEV || import.meta.env.MODE === 'test') {
      throw new Error(`No ${locale} message "${key}": the surface using it did not register its bundle`);
    }
    return key;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
