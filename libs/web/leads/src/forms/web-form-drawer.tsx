import { useMutation } from '@apollo/client/react';
import { SaveWebFormDocument, type WebFormFieldsFragment } from '@rapport/web-data-access';
import { useIsMobile } from '@rapport/web-ui';
import { Alert, App, Button, Checkbox, Col, Divider, Drawer, Flex, Form, Input, Row, Select, Switch, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '@rapport/web-core';
import { fieldLabel, SOURCE_VALUES, sourceLabel } from '../shared/intake-labels';
import { EmbedCode } from './embed-code';
import { FieldListEditor } from './field-list-editor';
import { canBeAnswered, formValues, toSaveInput, type FormFieldValue, type WebFormValues } from './web-form-model';
import { WebFormPreview } from './web-form-preview';

const FORM_FIELDS = ['name', 'source', 'campaign', 'redirectUrl', 'consentText', 'consentRequired', 'active', 'fields'] as const;

export interface WebFormDrawerProps {
  open: boolean;
  /** The form to edit; undefined creates one. */
  form?: WebFormFieldsFragment;
  readOnly: boolean;
  onClose: () => void;
  /** After a save: the drawer stays open on the saved form so its embed code can be copied. */
  onSaved: (form: WebFormFieldsFragment) => void;
}

/** Create or edit a web-to-lead form with a live preview; saved forms show their embed code. */
export function WebFormDrawer({ open, form, readOnly, onClose, onSaved }: WebFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const [antForm] = Form.useForm<WebFormValues>();
  const [formError, setFormError] = useState<string>();
  const [save, { loading }] = useMutation(SaveWebFormDocument, { refetchQueries: ['WebForms'] });
  const initial = useMemo(() => formValues(form, (k) => fieldLabel(t, k)), [form, t]);
  const watched = Form.useWatch([], antForm) as WebFormValues | undefined;
  const live = watched ?? initial;

  // A different form (or a fresh "new") starts from its own values.
  useEffect(() => {
    if (open) {
      antForm.resetFields();
      antForm.setFieldsValue(initial);
      setFormError(undefined);
    }
  }, [open, initial, antForm]);

  const onFinish = async (values: WebFormValues) => {
    setFormError(undefined);
    try {
      const { data } = await save({ variables: { input: toSaveInput(values, form?.id) } });
      if (data) {
        void message.success(t('intake.forms.saved', { name: data.saveWebForm.webForm.name }));
        onSaved(data.saveWebForm.webForm);
      }
    } catch (error) {
      setFormError(applyServerErrors(antForm, error, FORM_FIELDS, t));
    }
  };

  const title = readOnly ? (form?.name ?? '') : form ? t('intake.forms.editTitle', { name: form.name }) : t('intake.forms.createTitle');

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size={mobile ? '100%' : 1100}
      destroyOnHidden
      extra={
        readOnly ? null : (
          <Flex gap="small">
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={loading} onClick={() => antForm.submit()} data-testid="webform-submit">
              {t('common.save')}
            </Button>
          </Flex>
        )
      }
    >
      <Row gutter={[24, 24]} data-testid="webform-drawer">
        <Col xs={24} lg={13}>
          {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} data-testid="webform-error" /> : null}
          <Form<WebFormValues> form={antForm} layout="vertical" onFinish={onFinish} disabled={readOnly || loading} initialValues={initial}>
            <Form.Item name="name" label={t('intake.forms.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
              <Input autoFocus autoComplete="off" data-testid="webform-name" />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="source" label={t('intake.forms.source')} rules={[{ required: true, message: t('validation.required') }]}>
                  <Select options={SOURCE_VALUES.map((s) => ({ value: s, label: sourceLabel(t, s), 'data-testid': `webform-source-${s}` }))} data-testid="webform-source" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="campaign" label={t('intake.forms.campaign')} rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
                  <Input autoComplete="off" data-testid="webform-campaign" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="redirectUrl" label={t('intake.forms.redirectUrl')} extra={t('intake.forms.redirectHint')} rules={[{ type: 'url', message: t('validation.url') }]}>
              <Input type="url" placeholder="https://" autoComplete="off" data-testid="webform-redirect" />
            </Form.Item>
            <Form.Item
              name="fields"
              label={t('intake.forms.fields')}
              rules={[
                {
                  validator: async (_r, fields: FormFieldValue[] | undefined) => {
                    if (!fields?.length) throw new Error(t('intake.forms.needsField'));
                    if (fields.some((f) => !f.label.trim())) throw new Error(t('intake.forms.needsLabels'));
                    if (!canBeAnswered(fields)) throw new Error(t('intake.forms.needsContact'));
                  },
                },
              ]}
            >
              <FieldListEditor disabled={readOnly} />
            </Form.Item>
            <Form.Item name="consentText" label={t('intake.forms.consentText')} rules={[{ max: 2000, message: t('validation.maxLength', { max: 2000 }) }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="webform-consent-text" />
            </Form.Item>
            <Form.Item name="consentRequired" valuePropName="checked" extra={t('intake.forms.consentHint')}>
              <Checkbox disabled={readOnly || !live.consentText?.trim()} data-testid="webform-consent-required">
                {t('intake.forms.consentRequired')}
              </Checkbox>
            </Form.Item>
            <Form.Item name="active" valuePropName="checked" label={t('intake.forms.active')} extra={t('intake.forms.activeHint')}>
              <Switch data-testid="webform-active" />
            </Form.Item>
          </Form>
        </Col>
        <Col xs={24} lg={11}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('intake.forms.preview')}
          </Typography.Title>
          <WebFormPreview name={live.name} fields={live.fields ?? []} consentText={live.consentText} consentRequired={live.consentRequired} />
          <Divider />
          <Typography.Title level={5}>{t('intake.forms.embedTitle')}</Typography.Title>
          {form ? <EmbedCode form={form} /> : <Typography.Text type="secondary">{t('intake.forms.embedAfterSave')}</Typography.Text>}
        </Col>
      </Row>
    </Drawer>
  );
}
