import { Button, Checkbox, Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormFieldValue } from './web-form-model';

/**
 * What a visitor will see, from the values being edited (the saved HTML changes only on save):
 * the labels in order, required marks and the consent box. Typing works; nothing is sent.
 */
export function WebFormPreview({ name, fields, consentText, consentRequired }: { name?: string; fields: FormFieldValue[]; consentText?: string | null; consentRequired?: boolean }) {
  const { t } = useTranslation();
  return (
    <div data-testid="webform-preview" style={{ padding: 16, border: '1px dashed rgba(0,0,0,0.15)', borderRadius: 8, background: '#fff' }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {name?.trim() || t('intake.forms.untitled')}
      </Typography.Title>
      <Form layout="vertical" component="div" requiredMark>
        {fields.map((f) => (
          <Form.Item key={f.key} label={f.label || ' '} required={f.required} style={{ marginBottom: 12 }}>
            {f.key === 'message' ? (
              <Input.TextArea rows={3} aria-label={f.label} />
            ) : f.key === 'employees' ? (
              <InputNumber min={0} style={{ width: '100%' }} aria-label={f.label} />
            ) : (
              <Input type={f.key === 'email' ? 'email' : f.key === 'phone' ? 'tel' : 'text'} aria-label={f.label} />
            )}
          </Form.Item>
        ))}
        {consentText?.trim() ? (
          <Form.Item required={consentRequired} style={{ marginBottom: 12 }}>
            <Checkbox>{consentText}</Checkbox>
          </Form.Item>
        ) : null}
        <Button type="primary" htmlType="button" tabIndex={-1}>
          {t('intake.forms.previewSubmit')}
        </Button>
      </Form>
    </div>
  );
}
