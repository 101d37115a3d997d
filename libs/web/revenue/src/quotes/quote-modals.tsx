import { Alert, Form, Input, Select, Typography } from 'antd';
import { FormModal } from '@rapport/web-core';
import { useTranslation } from 'react-i18next';
import { REASON_CODES, reasonLabel } from '../revenue-labels';

export interface SubmitReasonModalProps {
  open: boolean;
  saving: boolean;
  error?: string;
  onCancel: () => void;
  onSubmit: (values: { reasonCode: string; note?: string }) => void;
}

/** Asked only after the server said the discount needs a manager: the reason code and a note for them. */
export function SubmitReasonModal({ open, saving, error, onCancel, onSubmit }: SubmitReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reasonCode: string; note?: string }>();
  return (
    <FormModal
      open={open}
      title={t('revenue.submit.title')}
      onClose={onCancel}
      intro={<Alert type="info" showIcon title={t('revenue.submit.needsApproval')} description={t('revenue.submit.explain')} style={{ marginBottom: 16 }} />}
      formError={error}
      submitLabel={t('revenue.submit.send')}
      submitTestId="submit-confirm"
      loading={saving}
      onSubmit={() => form.submit()}
    >
      <Form form={form} layout="vertical" onFinish={(v) => onSubmit({ reasonCode: v.reasonCode, note: v.note?.trim() || undefined })} disabled={saving} clearOnDestroy>
        <Form.Item name="reasonCode" label={t('revenue.submit.reason')} rules={[{ required: true, message: t('revenue.submit.reasonRequired') }]}>
          <Select
            autoFocus
            data-testid="submit-reason"
            placeholder={t('revenue.submit.reasonPick')}
            options={REASON_CODES.map((code) => ({ value: code, label: reasonLabel(t, code), 'data-testid': `submit-reason-${code}` }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('revenue.submit.note')} rules={[{ max: 2000, message: t('validation.maxLength', { max: 2000 }) }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} placeholder={t('revenue.submit.notePlaceholder')} data-testid="submit-note" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

export interface ReasonModalProps {
  open: boolean;
  title: string;
  /** What the person is asked for (label of the text box). */
  label: string;
  explain?: string;
  okText: string;
  danger?: boolean;
  /** When false the text may stay empty (approving needs no note, rejecting does). */
  required?: boolean;
  saving: boolean;
  error?: string;
  testId: string;
  onCancel: () => void;
  onSubmit: (text: string) => void;
}

/** One text box and a confirm button: reject with a note, approve with an optional one, unlock with a reason. */
export function ReasonModal({ open, title, label, explain, okText, danger, required = true, saving, error, testId, onCancel, onSubmit }: ReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text?: string }>();
  return (
    <FormModal
      open={open}
      title={title}
      onClose={onCancel}
      intro={explain ? <Typography.Paragraph type="secondary">{explain}</Typography.Paragraph> : null}
      formError={error}
      submitLabel={okText}
      submitTestId={`${testId}-confirm`}
      danger={danger}
      loading={saving}
      onSubmit={() => form.submit()}
    >
      <Form form={form} layout="vertical" onFinish={(v) => onSubmit(v.text?.trim() ?? '')} disabled={saving} clearOnDestroy>
        <Form.Item
          name="text"
          label={label}
          rules={[
            { required, whitespace: true, message: t('validation.required') },
            { max: 2000, message: t('validation.maxLength', { max: 2000 }) },
          ]}
        >
          <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 6 }} data-testid={`${testId}-text`} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
