import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { applyDayjsLocale } from './antd-locale';
import { loadBundle, loadedBundle } from './language-bundles';
import { readStoredLanguage, storeLanguage } from './language-storage';
import { registerServerMessages } from './server-messages';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  languageFromBrowser,
  SUPPORTED_LANGUAGES,
  type Language,
} from './languages';

export { mergeMessages } from './messages';
export type { Messages } from './messages';
// All three languages at once, for tests; the app loads languages through language-bundles.ts.
export { resources } from './resources';

export const i18n: I18n = i18next.createInstance();

/**
 * i18next asks this for a language it does not have yet (on init and on every changeLanguage):
 * the language's bundle is fetched then, and `changeLanguage` resolves once it is in.
 */
const bundleBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isLanguage(language)) return callback(null, {});
    loadBundle(language).then(
      (bundle) => callback(null, bundle.messages),
      (error: Error) => callback(error, false),
    );
  },
};

function syncSideEffects(language: Language): void {
  applyDayjsLocale(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** The stored choice wins; otherwise the browser's preference; otherwise English. */
export function detectInitialLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  const tags = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return languageFromBrowser(tags.filter(Boolean));
}

/**
 * Initialises the shared i18next instance once. English is bundled (it is also every language's
 * fallback), so for English init is synchronous; another language is fetched first and the
 * promise resolves when the app can render in it.
 */
export function initI18n(language: Language = detectInitialLanguage()): Promise<I18n> {
  if (!i18n.isInitialized) {
    // Before init: i18next announces the first language during init (at once for English).
    i18n.on('languageChanged', (lng) => {
      if (isLanguage(lng)) syncSideEffects(lng);
    });
    const ready = i18n
      .use(bundleBackend)
      .use(initReactI18next)
      .init({
        resources: { [DEFAULT_LANGUAGE]: { translation: loadedBundle(DEFAULT_LANGUAGE)!.messages } },
        // The resources above are only some of the languages: the backend loads the others.
        partialBundledLanguages: true,
        lng: language,
        fallbackLng: DEFAULT_LANGUAGE,
        supportedLngs: [...SUPPORTED_LANGUAGES],
        // zh-CN must not fall back to a bare `zh` bundle we do not ship.
        load: 'currentOnly',
        initAsync: false,
        interpolation: { escapeValue: false },
        returnNull: false,
      });
    registerServerMessages(i18n);
    return ready.then(() => i18n);
  }
  return i18n.changeLanguage(language).then(() => i18n);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Switches the UI language (fetching it the first time) and remembers it on this device. */
export async function setLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}
