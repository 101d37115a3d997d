import type { Locale } from '@rapport/web-data-access';
import { LANGUAGE_NATIVE_NAMES, languageFromLocale } from '@rapport/web-ui';

export const ALL_LOCALES: Locale[] = ['EN', 'ZH_CN', 'ZH_TW'];

/** Languages are named in themselves everywhere, like the switch in the header. */
export function localeLabel(locale: Locale): string {
  return LANGUAGE_NATIVE_NAMES[languageFromLocale(locale)];
}

export const LOCALE_OPTIONS = ALL_LOCALES.map((value) => ({ value, label: localeLabel(value) }));
