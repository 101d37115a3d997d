export { AppShell } from './layout/app-shell';
export type { AppShellProps } from './layout/app-shell';
export { AuthLayout } from './layout/auth-layout';
export type { AuthLayoutProps } from './layout/auth-layout';
export { Brand } from './layout/brand';

export { PageHeader } from './components/page-header';
export type { PageHeaderProps } from './components/page-header';
export { EmptyState } from './components/empty-state';
export type { EmptyStateProps } from './components/empty-state';
export { ErrorState } from './components/error-state';
export type { ErrorStateProps } from './components/error-state';
export { LoadingState } from './components/loading-state';
export { LanguageSwitch } from './components/language-switch';
export type { LanguageSwitchProps } from './components/language-switch';
export { ErrorBoundary, ErrorFallback } from './components/error-boundary';
export type { ErrorFallbackProps } from './components/error-boundary';

export { useDebouncedValue } from './hooks/use-debounced-value';
export { useIsMobile } from './hooks/use-is-mobile';
export { formatDate, formatDateTime, formatRelative } from './format/format-date';
export { formatMoney, formatMoneyTotals } from './format/format-money';

export { currentLanguage, detectInitialLanguage, i18n, initI18n, resources, setLanguage } from './i18n/i18n';
export { antdLocaleFor, applyDayjsLocale, dayjsLocaleFor } from './i18n/antd-locale';
export type { AntdLocale } from './i18n/antd-locale';
export { LANGUAGE_STORAGE_KEY, readStoredLanguage, storeLanguage } from './i18n/language-storage';
export {
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGE_NATIVE_NAMES,
  languageFromBrowser,
  languageFromLocale,
  localeFromLanguage,
  SUPPORTED_LANGUAGES,
} from './i18n/languages';
export type { ApiLocale, Language } from './i18n/languages';
export { withTestId } from './components/with-test-id';
