import { setServerMessageTranslator, type ServerMessageParams, type ServerMessageTranslator } from '@rapport/web-data-access';
import type { i18n as I18n } from 'i18next';

/**
 * Server messages in the person's language. The API sends each error with a catalogue key and
 * params (libs/shared/errors); their translations live under `server.` in
 * features/server.<lng>.json. Params that are words (an object, a quote status) are translated
 * too, from `server.values.<param>.<value>`.
 */
export const TRANSLATED_PARAMS = ['object', 'status'] as const;

const valueKey = (param: string, value: string | number) => `server.values.${param}.${String(value).replace(/\s+/g, '_')}`;

export function serverMessageTranslator(i18n: I18n): ServerMessageTranslator {
  return (key: string, params: ServerMessageParams, english: string) => {
    // The server writes English, and its own sentence is the most specific one ("Name must be 1 to
    // 120 characters." where the key only says "must be 1 to 120 characters").
    if (!i18n.language || i18n.language === 'en') return english;
    const full = `server.${key}`;
    if (!i18n.exists(full)) return english;
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) {
      if ((TRANSLATED_PARAMS as readonly string[]).includes(name)) {
        // A word we cannot say in this language would leave English in the middle of the sentence.
        if (!i18n.exists(valueKey(name, value))) return english;
        values[name] = i18n.t(valueKey(name, value));
      } else {
        values[name] = value;
      }
    }
    return i18n.t(full, values);
  };
}

/** Makes every error reader of data-access (errorMessageOf, fieldErrorsOf, problemMessageOf) translate. */
export function registerServerMessages(i18n: I18n): void {
  setServerMessageTranslator(serverMessageTranslator(i18n));
}
