import type { ConfigProviderProps } from 'antd';
import { accessibleAntdLocale } from './antd-locale-a11y';

export type Messages = { [key: string]: string | Messages };
export type AntdLocale = NonNullable<ConfigProviderProps['locale']>;

/** What the app needs to speak one language: its messages and antd's own texts (pickers, pagination). */
export interface LanguageBundle {
  messages: Messages;
  antdLocale: AntdLocale;
}

/**
 * The core messages plus one file per feature area (features/<area>.<lng>.json), so feature work
 * doesn't contend for one huge file. Each feature owns its own top-level keys; a clash is a bug
 * and throws when the language loads.
 */
export function mergeMessages(...parts: Messages[]): Messages {
  const out: Messages = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in out) throw new Error(`i18n: the top-level key "${key}" is defined twice`);
      out[key] = value;
    }
  }
  return out;
}

/** A language's bundle from its message files (as `import.meta.glob` returns them) and antd locale. */
export function languageBundle(files: Record<string, unknown>, antdLocale: AntdLocale): LanguageBundle {
  const paths = Object.keys(files).sort();
  return { messages: mergeMessages(...paths.map((p) => files[p] as Messages)), antdLocale: accessibleAntdLocale(antdLocale) };
}
