import { en, zhCN, type MessageKey } from './messages';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';
/** Promotion windows are shown in the store's own time zone, wherever the phone is set. */
export const storeTimeZone = 'Asia/Shanghai';

const catalogs: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

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

/** Looks up a message and fills `{name}` placeholders with plain text (never HTML). */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = catalogs[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
