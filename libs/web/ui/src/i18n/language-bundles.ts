import english from './bundles/en';
import type { Language } from './languages';
import type { LanguageBundle } from './messages';

/**
 * English is in the entry chunk: it is the fallback of the others, and the language of most first
 * visits. Each Chinese bundle (~20 KB brotli with antd's and dayjs' locales) is fetched only when
 * someone starts in it or switches to it (issue 12: the login page loads only what it needs).
 */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{ default: LanguageBundle }>> = {
  'zh-CN': () => import('./bundles/zh-CN'),
  'zh-TW': () => import('./bundles/zh-TW'),
};

const loaded = new Map<Language, LanguageBundle>([['en', english]]);

export function loadedBundle(language: Language): LanguageBundle | undefined {
  return loaded.get(language);
}

export async function loadBundle(language: Language): Promise<LanguageBundle> {
  const ready = loaded.get(language);
  if (ready) return ready;
  const bundle = (await LOADERS[language as Exclude<Language, 'en'>]()).default;
  loaded.set(language, bundle);
  return bundle;
}
