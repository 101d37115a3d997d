/** Languages the staff app ships. The codes are BCP 47 tags so `<html lang>` can use them as-is. */
export const SUPPORTED_LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** Each language's name in itself, so a reader who does not know the current one can find theirs. */
export const LANGUAGE_NATIVE_NAMES: Record<Language, string> = {
  en: 'English',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
};

export const DEFAULT_LANGUAGE: Language = 'en';

/** API `Locale` enum values (kept as strings so the ui lib does not depend on data-access). */
export type ApiLocale = 'EN' | 'ZH_CN' | 'ZH_TW';

const FROM_LOCALE: Record<ApiLocale, Language> = { EN: 'en', ZH_CN: 'zh-CN', ZH_TW: 'zh-TW' };
const TO_LOCALE: Record<Language, ApiLocale> = { en: 'EN', 'zh-CN': 'ZH_CN', 'zh-TW': 'ZH_TW' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

export function languageFromLocale(locale: string | null | undefined): Language {
  return (locale && FROM_LOCALE[locale as ApiLocale]) || DEFAULT_LANGUAGE;
}

export function localeFromLanguage(language: Language): ApiLocale {
  return TO_LOCALE[language];
}

/**
 * Best guess for a first visit: zh-TW/zh-HK/zh-Hant → Traditional, other zh → Simplified.
 */
export function languageFromBrowser(tags: readonly string[]): Language {
  for (const raw of tags) {
    const tag = raw.toLowerCase();
    if (tag.startsWith('zh')) {
      return /hant|tw|hk|mo/.test(tag) ? 'zh-TW' : 'zh-CN';
    }
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LANGUAGE;
}
