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
 * doesn't contend for one huge file. Files may share a branch (the server's messages of a domain
 * come in a lazy file of their own under `server`); a text defined twice is a bug and throws when
 * the language loads.
 */
export function mergeMessages(...parts: Messages[]): Messages {
  const out: Messages = {};
  const into = (target: Messages, part: Messages, path: string) => {
    for (const [key, value] of Object.entries(part)) {
      const here = target[key];
      if (here !== undefined && (typeof here === 'string' || typeof value === 'string')) throw new Error(`i18n: the key "${path}${key}" is defined twice`);
      if (typeof value === 'string') target[key] = value;
      else into((target[key] ??= {}) as Messages, value, `${path}${key}.`);
    }
  };
  for (const part of parts) into(out, part, '');
  return out;
}

/** A language's bundle from its message files (as `import.meta.glob` returns them) and antd locale. */
export function languageBundle(files: Record<string, unknown>, antdLocale: AntdLocale): LanguageBundle {
  const paths = Object.keys(files).sort();
  return { messages: mergeMessages(...paths.map((p) => files[p] as Messages)), antdLocale: accessibleAntdLocale(antdLocale) };
}
