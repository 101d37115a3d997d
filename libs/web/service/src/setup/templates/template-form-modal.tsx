import { useMutation } from '@apollo/client/react';
import { SaveCaseReplyTemplateDocument, type CaseReplyTemplateFieldsFragment } from '@rapport/web-data-access';
import { FormModal, useFormModal } from '@rapport/web-core';
import { App, Col, Form, Input, Row, Select, Switch, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName, PLACEHOLDERS, placeholderName, previewParts, TEMPLATE_LANGUAGES, type Locale } from './template-model';

interface TemplateValues {
  name: string;
  language: Locale | 'ANY';
  body: string;
  active: boolean;
}

export type TemplateDialog = { mode: 'add' } | { mode: 'edit'; template: CaseReplyTemplateFieldsFragment };

/** A template's text as the preview without a case shows it: each placeholder a labelled chip. */
export function TemplatePreview({ body, testId }: { body: string; testId: string }) {
  const { t } = useTranslation();
  const parts = previewParts(body);
  if (!parts.length) return <Typography.Text type="secondary">{t('serviceSetup.templates.previewEmpty')}</Typography.Text>;
  return (
    <div style={{ whiteSpace: 'pre-wrap' }} data-testid={testId}>
      {parts.map((p, i) =>
        'text' in p ? (
          <span key={i}>{p.text}</span>
        ) : (
          <Tag key={i} color="blue" style={{ marginInline: 2 }} data-testid="template-preview-placeholder">
            {placeholderName(t, p.placeholder)}
          </Tag>
        ),
      )}
    </div>
  );
}

/**
 * Adds a reply template or changes one: its name, the language it is written in (or any), whether
 * agents are offered it, and its text with placeholders, previewed as it is typed with the
 * placeholders shown by name (there is no case to fill them from here). The API checks the Liquid.
 */
export function TemplateFormModal({ dialog, onClose }: { dialog?: TemplateDialog; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save, { loading }] = useMutation(SaveCaseReplyTemplateDocument, { refetchQueries: ['CaseReplyTemplates'], awaitRefetchQueries: true });
  const editing = dialog?.mode === 'edit' ? dialog.template : undefined;

  const submit = async (v: TemplateValues) => {
    await save({ variables: { input: { ...(editing ? { id: editing.id } : {}), name: v.name.trim(), language: v.language === 'ANY' ? null : v.language, body: v.body, active: v.active } } });
    void message.success(t('serviceSetup.templates.saved'));
    onClose();
  };
  const { firstField, form, modal } = useFormModal<TemplateValues>({ open: Boolean(dialog), onClose, fields: ['name', 'language', 'body', 'active'], submit });
  const body = (Form.useWatch('body', form) as string | undefined) ?? '';

  useEffect(() => {
    if (!dialog) return;
    const x = dialog.mode === 'edit' ? dialog.template : undefined;
    form.setFieldsValue({ name: x?.name ?? '', language: x?.language ?? 'ANY', body: x?.body ?? '', active: x?.active ?? true });
  }, [dialog, form]);

  return (
    <FormModal<TemplateValues>
      {...modal}
      title={editing ? t('serviceSetup.templates.editTitle', { name: editing.name }) : t('serviceSetup.templates.addTitle')}
      width={720}
      submitLabel={t('serviceSetup.save')}
      submitTestId="template-submit"
      loading={loading}
    >
      <Row gutter={16}>
        <Col xs={24} sm={14}>
          <Form.Item name="name" label={t('serviceSetup.fields.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input ref={firstField} maxLength={120} autoComplete="off" data-testid="template-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item name="language" label={t('serviceSetup.templates.fields.language')} extra={t('serviceSetup.templates.fields.languageHint')}>
            <Select options={[{ value: 'ANY', label: languageName(t, null) }, ...TEMPLATE_LANGUAGES.map((l) => ({ value: l, label: languageName(t, l) }))]} data-testid="template-language" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="body"
        label={t('serviceSetup.templates.fields.body')}
        extra={t('serviceSetup.templates.fields.bodyHint', { placeholders: PLACEHOLDERS.map((p) => `{{ ${p} }}`).join(t('serviceSetup.listSeparator')) })}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 5, maxRows: 14 }} maxLength={10_000} data-testid="template-body" />
      </Form.Item>
      <Form.Item name="active" label={t('serviceSetup.templates.fields.active')} valuePropName="checked" extra={t('serviceSetup.templates.fields.activeHint')}>
        <Switch data-testid="template-active" />
      </Form.Item>
      <Typography.Title level={5} id="template-preview-title">
        {t('serviceSetup.templates.preview')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('serviceSetup.templates.previewHint')}</Typography.Paragraph>
      <section aria-labelledby="template-preview-title" style={{ border: '1px solid rgba(0,0,0,0.15)', borderRadius: 6, padding: 12 }}>
        <TemplatePreview body={body} testId="template-preview" />
      </section>
    </FormModal>
  );
}
