import { fieldErrorsOf, mapFieldErrors } from '@rapport/web-data-access';
import { customValuesOf, FormModal, useModalForm } from '@rapport/web-core';
import { App, Col, Form, Input, Row } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The translations the API takes (docs/adr/0010), in the order the form shows them. */
export const TRANSLATION_LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

export interface NamedThing {
  id: string;
  /** The name in the UI language. */
  name: string;
  canonicalName: string;
  names: unknown;
}

export interface NameFormValues {
  name: string;
  names: Partial<Record<TranslationLocale, string>>;
}

/** What the update mutations take: the trimmed name and every translation box (an empty one clears it). */
export function nameInput(values: NameFormValues): { name: string; names: Record<TranslationLocale, string> } {
  const names = {} as Record<TranslationLocale, string>;
  for (const locale of TRANSLATION_LOCALES) names[locale] = values.names?.[locale]?.trim() ?? '';
  return { name: values.name.trim(), names };
}

export interface NameFormModalProps {
  /** The pipeline or stage being renamed; undefined when closed. */
  target?: NamedThing;
  title: string;
  onSave: (input: { name: string; names: Record<TranslationLocale, string> }) => Promise<unknown>;
  onClose: () => void;
}

const LABEL_KEYS: Record<TranslationLocale, string> = { en: 'names.fields.en', 'zh-CN': 'names.fields.zhCN', 'zh-TW': 'names.fields.zhTW' };
const TEST_IDS: Record<TranslationLocale, string> = { en: 'name-en', 'zh-CN': 'name-zh-cn', 'zh-TW': 'name-zh-tw' };

/** Renames a pipeline or a stage and edits its translations; the same form for both. */
export function NameFormModal({ target, title, onSave, onClose }: NameFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NameFormValues>();
  const { firstField, formError, setFormError, afterOpenChange } = useModalForm();

  useEffect(() => {
    if (!target) return;
    const names = customValuesOf(target.names);
    form.setFieldsValue({
      name: target.canonicalName,
      names: Object.fromEntries(TRANSLATION_LOCALES.map((l) => [l, typeof names[l] === 'string' ? names[l] : ''])),
    });
  }, [target, form]);

  const onFinish = async (values: NameFormValues) => {
    setFormError(undefined);
    const input = nameInput(values);
    try {
      await onSave(input);
      void message.success(t('names.saved', { name: input.name }));
      onClose();
    } catch (error) {
      // `input.names.zh-CN` belongs on the zh-CN box; anything else is said above the form.
      const mapped = mapFieldErrors(fieldErrorsOf(error), ['name', 'names'], { nested: ['names'] });
      if (mapped.fields.length) form.setFields(mapped.fields as Parameters<typeof form.setFields>[0]);
      setFormError(mapped.unmatched.length ? mapped.unmatched.join(' ') : mapped.fields.length ? undefined : t('errors.generic'));
    }
  };

  const maxRule = { max: 80, message: t('validation.maxLength', { max: 80 }) };
  return (
    <FormModal<NameFormValues>
      open={Boolean(target)}
      title={title}
      width={560}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      formError={formError}
      submitLabel={t('common.save')}
      submitTestId="name-submit"
      form={form}
      onFinish={onFinish}
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="name" label={t('names.fields.name')} extra={t('names.fields.nameHint')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, maxRule]}>
            <Input ref={firstField} autoComplete="off" data-testid="name-canonical" />
          </Form.Item>
        </Col>
        {TRANSLATION_LOCALES.map((locale) => (
          <Col span={24} key={locale}>
            <Form.Item name={['names', locale]} label={t(LABEL_KEYS[locale])} extra={locale === 'zh-TW' ? t('names.fields.translationHint') : undefined} rules={[maxRule]}>
              <Input autoComplete="off" lang={locale} data-testid={TEST_IDS[locale]} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </FormModal>
  );
}
