import type { ConfigProviderProps } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import zhTW from 'antd/locale/zh_TW';
import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import relativeTime from 'dayjs/plugin/relativeTime';
import type { Language } from './languages';

export type AntdLocale = NonNullable<ConfigProviderProps['locale']>;

dayjs.extend(localizedFormat);
dayjs.extend(relativeTime);

const ANTD: Record<Language, AntdLocale> = { en: enUS, 'zh-CN': zhCN, 'zh-TW': zhTW };
const DAYJS: Record<Language, string> = { en: 'en', 'zh-CN': 'zh-cn', 'zh-TW': 'zh-tw' };

export function antdLocaleFor(language: Language): AntdLocale {
  return ANTD[language];
}

export function dayjsLocaleFor(language: Language): string {
  return DAYJS[language];
}

/** dayjs keeps one global locale; antd's DatePicker and our formatters both read it. */
export function applyDayjsLocale(language: Language): void {
  dayjs.locale(DAYJS[language]);
}
