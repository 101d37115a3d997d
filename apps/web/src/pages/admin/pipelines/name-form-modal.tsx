import { fieldErrorsOf, mapFieldErrors } from '@rapport/web-data-access';
import { FormModal, NAME_MAX_LENGTH, nameInput, TranslationFields, translationValues, useModalForm, type NamedThing, type NameFormValues, type TranslationLocale } from '@rapport/web-core';
import { App, Col, Form, Input, Row } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export interface NameFormModalProps {
  /** The pipeline or stage being renamed; undefined when closed. */
  target?: NamedThing;
  title: string;
  onSave: (input: { name: string; names: Record<TranslationLocale, string> }) => Promise<unknown>;
  onClose: () => void;
}

/** Renames a pipeline or a stage and edits its translations; the same form for both. */
export function NameFormModal({ target, title, onSave, onClose }: NameFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NameFormValues>();
  const { firstField, formError, setFormError, afterOpenChange } = useModalForm();

  useEffect(() => {
    if (!target) return;
    form.setFieldsValue({ name: target.canonicalName, names: translationValues(target.names) });
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

  const maxRule = { max: NAME_MAX_LENGTH, message: t('validation.maxLength', { max: NAME_MAX_LENGTH }) };
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
        <Col span={24}>
          <TranslationFields />
        </Col>
      </Row>
    </FormModal>
  );
}
