export { AppShell } from './layout/app-shell';
export type { AppShellProps } from './layout/app-shell';
export { AuthLayout } from './layout/auth-layout';
export type { AuthLayoutProps } from './layout/auth-layout';
export { Brand } from './layout/brand';
export { MAIN_CONTENT_ID } from './layout/app-shell';
export { SkipLink } from './layout/skip-link';
export { APP_THEME, BRAND_BLUE } from './theme/app-theme';

export { PageHeader } from './components/page-header';
export type { PageHeaderProps } from './components/page-header';
export { EmptyState } from './components/empty-state';
export type { EmptyStateProps } from './components/empty-state';
export { ErrorState } from './components/error-state';
export type { ErrorStateProps } from './components/error-state';
export { LoadingState } from './components/loading-state';
export { ChartCard, ChartLegend } from './components/chart-card';
export type { ChartCardProps } from './components/chart-card';
export { LanguageSwitch } from './components/language-switch';
export type { LanguageSwitchProps } from './components/language-switch';
export { ErrorBoundary } from './components/error-boundary';
export { ErrorFallback } from './components/error-fallback';
export type { ErrorFallbackProps } from './components/error-fallback';

export { useDebouncedValue } from './hooks/use-debounced-value';
export { useElementWidth } from './hooks/use-element-width';
export { useIsMobile } from './hooks/use-is-mobile';
export { DATE_FORMAT, DATE_TIME_FORMAT, formatDate, formatDateTime, formatRelative } from './format/format-date';
export { currencyName, formatMoney, formatMoneyTotals } from './format/format-money';
export { formatPercent, NO_FIGURE } from './format/format-number';
export { Figure } from './components/figure';
export { MarkdownView } from './components/markdown-view';
export type { MarkdownViewProps } from './components/markdown-view';

export { currentLanguage, detectInitialLanguage, i18n, initI18n, resources, setLanguage } from './i18n/i18n';
export { LazyMessagesGate, loadLazyMessages, useLazyMessages } from './i18n/lazy-messages';
export type { LazyMessageArea } from './i18n/lazy-messages';
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
export { decorativeByDefault, decorativeIconProps, isNamedIcon } from './icons/decorative-icon';
export type { IconAriaProps } from './icons/decorative-icon';
export { nameAntdControls, nameListbox, useAntdAccessibility, watchAntdControls } from './a11y/antd-accessibility';
export { withTestId } from './components/with-test-id';
export { VISUALLY_HIDDEN } from './components/visually-hidden';
export { ScrollRegion, useKeyboardScrollableTable } from './components/scroll-region';
export { CheckboxGroupField, fieldControlProps } from './components/field-control';
export { PasswordInput } from './components/password-input';
export type { PasswordInputProps } from './components/password-input';
export type { CheckboxGroupFieldProps, FieldControlProps } from './components/field-control';
export type { ScrollRegionProps } from './components/scroll-region';
export { copyText } from './format/copy-text';
export { hasCjk } from './format/scripts';
