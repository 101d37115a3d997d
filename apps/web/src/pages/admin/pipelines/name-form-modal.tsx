import { FormModal, NAME_MAX_LENGTH, nameInput, TranslationFields, translationValues, useFormModal, type NamedThing, type NameFormValues, type TranslationLocale } from '@rapport/web-core';
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
  const submit = async (values: NameFormValues) => {
    const input = nameInput(values);
    await onSave(input);
    void message.success(t('names.saved', { name: input.name }));
    onClose();
  };
  // `input.names.zh-CN` belongs on the zh-CN box (applyServerErrors nests `names`); anything else is said above the form.
  const { firstField, form, modal } = useFormModal<NameFormValues>({ open: Boolean(target), onClose, fields: ['name', 'names'], submit });

  useEffect(() => {
    if (!target) return;
    form.setFieldsValue({ name: target.canonicalName, names: translationValues(target.names) });
  }, [target, form]);

  const maxRule = { max: NAME_MAX_LENGTH, message: t('validation.maxLength', { max: NAME_MAX_LENGTH }) };
  return (
    <FormModal<NameFormValues>
      {...modal}
      title={title}
      width={560}
      submitLabel={t('common.save')}
      submitTestId="name-submit"
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
