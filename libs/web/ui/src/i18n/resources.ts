import en from './bundles/en';
import zhCN from './bundles/zh-CN';
import zhTW from './bundles/zh-TW';

/**
 * Every language's messages at once, for the tests that compare them (same keys, placeholders,
 * glossary). The app itself never imports this module: it loads the Chinese bundles on demand
 * (language-bundles.ts).
 */
export const resources = {
  en: { translation: en.messages },
  'zh-CN': { translation: zhCN.messages },
  'zh-TW': { translation: zhTW.messages },
} as const;
