import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import relativeTime from 'dayjs/plugin/relativeTime';
import { loadedBundle } from './language-bundles';
import type { Language } from './languages';
import type { AntdLocale } from './messages';

export type { AntdLocale } from './messages';

dayjs.extend(localizedFormat);
dayjs.extend(relativeTime);

// antd's and dayjs' locales travel with each language's bundle (bundles/<lng>.ts), loaded on demand.
const DAYJS: Record<Language, string> = { en: 'en', 'zh-CN': 'zh-cn', 'zh-TW': 'zh-tw' };

/** antd's texts for a language; English until that language has loaded (i18n switches only after). */
export function antdLocaleFor(language: Language): AntdLocale {
  return (loadedBundle(language) ?? loadedBundle('en')!).antdLocale;
}

export function dayjsLocaleFor(language: Language): string {
  return DAYJS[language];
}

/** dayjs keeps one global locale; antd's DatePicker and our formatters both read it. */
export function applyDayjsLocale(language: Language): void {
  dayjs.locale(DAYJS[language]);
}
