import { isLanguage, type Language } from './languages';

export const LANGUAGE_STORAGE_KEY = 'rapport.language';

// Storage can throw (private mode, disabled cookies); the language is a nicety, never a blocker.
export function readStoredLanguage(): Language | undefined {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // ignored on purpose, see above
  }
}
