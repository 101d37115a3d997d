import en from './bundles/en';
import zhCN from './bundles/zh-CN';
import zhTW from './bundles/zh-TW';
import { mergeMessages, type Messages } from './messages';

// The messages lazily loaded pages bring (lazy-messages.ts), per language.
const lazy = (files: Record<string, Messages>): Messages => mergeMessages(...Object.keys(files).sort().map((p) => files[p]!));
const LAZY = {
  en: lazy(import.meta.glob<Messages>('./lazy/*.en.json', { eager: true, import: 'default' })),
  'zh-CN': lazy(import.meta.glob<Messages>('./lazy/*.zh-CN.json', { eager: true, import: 'default' })),
  'zh-TW': lazy(import.meta.glob<Messages>('./lazy/*.zh-TW.json', { eager: true, import: 'default' })),
};

/**
 * Every language's messages at once, lazily loaded ones included, for the tests that compare them
 * (same keys, placeholders, glossary). The app itself never imports this module: it loads the
 * Chinese bundles on demand (language-bundles.ts) and pages' own messages with them (lazy-messages.ts).
 */
export const resources = {
  en: { translation: mergeMessages(en.messages, LAZY.en) },
  'zh-CN': { translation: mergeMessages(zhCN.messages, LAZY['zh-CN']) },
  'zh-TW': { translation: mergeMessages(zhTW.messages, LAZY['zh-TW']) },
} as const;
