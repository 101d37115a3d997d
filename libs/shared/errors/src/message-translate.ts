import { MessageParams } from './message-lookup';
import { TRANSLATED_PARAMS } from './messages';
import { MESSAGE_TRANSLATIONS } from './message-translations.generated';

/** The languages the server writes pages and files in (the SPA's, and users' `locale`). */
export const MESSAGE_LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];

export function isMessageLocale(value: unknown): value is MessageLocale {
  return typeof value === 'string' && (MESSAGE_LOCALES as readonly string[]).includes(value);
}

const valueKey = (value: string | number) => String(value).replace(/\s+/g, '_');

/**
 * A catalogue message in `locale`, for what the server renders itself (the web form's HTML pages,
 * the import report's CSV). The words are the SPA's (features/server.<lng>.json, copied into
 * message-translations.generated.ts by `npm run messages:print`), so a page and a screen say the
 * same thing. Like the SPA, it keeps `english` — the thrower's own sentence, often more specific
 * than the key's — for English readers, an unknown key, or a word-valued param it cannot say
 * (English in the middle of a Chinese sentence reads worse than an English sentence).
 */
export function translateMessage(locale: string | null | undefined, messageKey: string | null | undefined, params: MessageParams | null | undefined, english: string): string {
  if (!messageKey || !isMessageLocale(locale) || locale === 'en') return english;
  const table = MESSAGE_TRANSLATIONS[locale];
  const template = table.messages[messageKey];
  if (template === undefined) return english;
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (name in TRANSLATED_PARAMS) {
      const word = table.values[name]?.[valueKey(value)];
      if (word === undefined) return english;
      values[name] = word;
    } else {
      values[name] = String(value);
    }
  }
  let missing = false;
  const text = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    if (!(name in values)) missing = true;
    return values[name] ?? '';
  });
  return missing ? english : text;
}
