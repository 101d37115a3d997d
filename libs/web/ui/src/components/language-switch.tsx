import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NATIVE_NAMES, SUPPORTED_LANGUAGES, type Language } from '../i18n/languages';

export interface LanguageSwitchProps {
  value: Language;
  onChange: (language: Language) => void;
  disabled?: boolean;
  /** Phone headers: show a short tag (EN / 简 / 繁) instead of the full name. */
  compact?: boolean;
}

const SHORT_NAMES: Record<Language, string> = { en: 'EN', 'zh-CN': '简', 'zh-TW': '繁' };

/**
 * Presentational: the caller decides what a change means (store it, save it to the profile).
 * Options carry `lang-<code>` test ids; the selected value is rendered without one so a test id
 * never matches two elements.
 */
export function LanguageSwitch({ value, onChange, disabled, compact }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <Select<Language>
      data-testid="language-switch"
      aria-label={t('language.label')}
      value={value}
      onChange={onChange}
      disabled={disabled}
      variant="borderless"
      prefix={<GlobalOutlined />}
      popupMatchSelectWidth={false}
      labelRender={({ value: v }) => (compact ? SHORT_NAMES : LANGUAGE_NATIVE_NAMES)[v as Language] ?? String(v)}
      options={SUPPORTED_LANGUAGES.map((lng) => ({
        value: lng,
        label: <span lang={lng}>{LANGUAGE_NATIVE_NAMES[lng]}</span>,
        'data-testid': `lang-${lng}`,
      }))}
      style={{ minWidth: compact ? 0 : 130 }}
    />
  );
}
