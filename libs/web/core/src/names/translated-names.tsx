import { Col, Flex, Form, Input, Typography, type ColProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { customValuesOf } from '../custom-fields/custom-field-values';

/**
 * Configured names with their translations (docs/adr/0010): the pieces every admin screen that
 * edits one shares (pipelines and stages, products). The API answers `name` in the UI language and
 * `canonicalName` / `names` for editing.
 */

/** The translations the API takes, in the order forms and tables show them. */
export const TRANSLATION_LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

/** The longest name or translation the API accepts (NAME_MAX_LENGTH in shared-domain). */
export const NAME_MAX_LENGTH = 80;

export interface NamedThing {
  id: string;
  /** The name in the UI language. */
  name: string;
  canonicalName: string;
  names: unknown;
}

export type TranslationValues = Partial<Record<TranslationLocale, string>>;

export interface NameFormValues {
  name: string;
  names: TranslationValues;
}

/** Every translation box as the API takes it: trimmed, an empty one meaning "clear it". */
export function translationsInput(values: TranslationValues | undefined): Record<TranslationLocale, string> {
  const names = {} as Record<TranslationLocale, string>;
  for (const locale of TRANSLATION_LOCALES) names[locale] = values?.[locale]?.trim() ?? '';
  return names;
}

/** What the update mutations take: the trimmed name and every translation box. */
export function nameInput(values: NameFormValues): { name: string; names: Record<TranslationLocale, string> } {
  return { name: values.name.trim(), names: translationsInput(values.names) };
}

/** The stored translations as form values: one string per box. */
export function translationValues(names: unknown): Record<TranslationLocale, string> {
  const stored = customValuesOf(names);
  return Object.fromEntries(TRANSLATION_LOCALES.map((l) => [l, typeof stored[l] === 'string' ? stored[l] : ''])) as Record<TranslationLocale, string>;
}

const FIELD_LABEL_KEYS: Record<TranslationLocale, string> = { en: 'names.fields.en', 'zh-CN': 'names.fields.zhCN', 'zh-TW': 'names.fields.zhTW' };
export const TRANSLATION_COLUMN_KEYS: Record<TranslationLocale, string> = { en: 'names.columns.en', 'zh-CN': 'names.columns.zhCN', 'zh-TW': 'names.columns.zhTW' };
const TEST_IDS: Record<TranslationLocale, string> = { en: 'name-en', 'zh-CN': 'name-zh-cn', 'zh-TW': 'name-zh-tw' };

/**
 * The translation boxes of a name form, under `names.<locale>`; server errors land on each box
 * (`input.names.zh-TW`). With `col`, each box is a column of the form's grid row.
 */
export function TranslationFields({ col }: { col?: ColProps }) {
  const { t } = useTranslation();
  const maxRule = { max: NAME_MAX_LENGTH, message: t('validation.maxLength', { max: NAME_MAX_LENGTH }) };
  return (
    <>
      {TRANSLATION_LOCALES.map((locale) => {
        const item = (
          <Form.Item key={locale} name={['names', locale]} label={t(FIELD_LABEL_KEYS[locale])} extra={locale === 'zh-TW' ? t('names.fields.translationHint') : undefined} rules={[maxRule]}>
            <Input autoComplete="off" lang={locale} data-testid={TEST_IDS[locale]} />
          </Form.Item>
        );
        return col ? (
          <Col key={locale} {...col}>
            {item}
          </Col>
        ) : (
          item
        );
      })}
    </>
  );
}

/** One translation in a table, or a dash a screen reader reads as "no translation". */
export function TranslationCell({ names, locale }: { names: unknown; locale: TranslationLocale }) {
  const { t } = useTranslation();
  const text = customValuesOf(names)[locale];
  return typeof text === 'string' && text ? (
    <span lang={locale}>{text}</span>
  ) : (
    // A dash alone would read as "dash" to a screen reader.
    <Typography.Text type="secondary" aria-label={t('names.noTranslation')}>
      —
    </Typography.Text>
  );
}

/** The stored name, and under it the one this reader sees when a translation replaces it. */
export function NameCell({ thing }: { thing: Pick<NamedThing, 'name' | 'canonicalName'> }) {
  return (
    <Flex vertical>
      <Typography.Text strong>{thing.canonicalName}</Typography.Text>
      {thing.name !== thing.canonicalName ? <Typography.Text type="secondary">{thing.name}</Typography.Text> : null}
    </Flex>
  );
}
