import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { applyDayjsLocale } from './antd-locale';
import en from './en.json';
import zhCN from './zh-CN.json';
import zhTW from './zh-TW.json';
import leadsEn from './features/leads.en.json';
import leadsZhCN from './features/leads.zh-CN.json';
import leadsZhTW from './features/leads.zh-TW.json';
import revenueEn from './features/revenue.en.json';
import revenueZhCN from './features/revenue.zh-CN.json';
import revenueZhTW from './features/revenue.zh-TW.json';
import { readStoredLanguage, storeLanguage } from './language-storage';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  languageFromBrowser,
  SUPPORTED_LANGUAGES,
  type Language,
} from './languages';

type Messages = { [key: string]: string | Messages };

/**
 * The core messages plus one file per feature area (features/<area>.<lng>.json), so feature work
 * doesn't contend for one huge file. Each feature owns its own top-level keys; a clash is a bug
 * and throws at start-up.
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

export const resources = {
  en: { translation: mergeMessages(en, leadsEn, revenueEn) },
  'zh-CN': { translation: mergeMessages(zhCN, leadsZhCN, revenueZhCN) },
  'zh-TW': { translation: mergeMessages(zhTW, leadsZhTW, revenueZhTW) },
} as const;

export const i18n: I18n = i18next.createInstance();

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
 * Initialises the shared i18next instance once. Resources are bundled (three small JSON files),
 * so init is synchronous and the first render is already translated.
 */
export function initI18n(language: Language = detectInitialLanguage()): I18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...SUPPORTED_LANGUAGES],
      // zh-CN must not fall back to a bare `zh` bundle we do not ship.
      load: 'currentOnly',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    i18n.on('languageChanged', (lng) => {
      if (isLanguage(lng)) syncSideEffects(lng);
    });
  } else if (i18n.language !== language) {
    void i18n.changeLanguage(language);
  }
  syncSideEffects(language);
  return i18n;
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Switches the UI language and remembers it on this device. */
export async function setLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}
