import { useMutation } from '@apollo/client/react';
import { CreateCaseDocument } from '@rapport/web-data-access';
import type { CaseChannel, CasePriority, CaseType } from './case-types';
import { AccountSelect, FormModal, useFormModal } from '@rapport/web-core';
import { App, Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CaseContactSelect } from './case-contact-select';
import { CaseOrderItem, NO_ORDER } from './case-order';
import { CASE_CHANNELS, CASE_TYPES, caseTypeLabel, channelLabel, priorityLabel } from './case-labels';
import { CASE_PRIORITIES } from './case-model';

interface CaseFormValues {
  subject: string;
  description?: string;
  accountId?: string | null;
  contactId?: string | null;
  orderId?: string;
  priority: CasePriority;
  type: CaseType;
  channel: CaseChannel;
  /** Issue 19: queue it for routing instead of keeping it with its owner. */
  route?: boolean;
}

const FIELDS = ['subject', 'description', 'accountId', 'contactId', 'orderId', 'priority', 'type', 'channel', 'route'] as const;

export interface CaseFormModalProps {
  open: boolean;
  onClose: () => void;
  onSaved: (id: string) => void;
}

/**
 * "New case": what the problem is, whose (account, and the person who asked, among the account's
 * people once an account is picked, and the order it is about among that person's latest orders),
 * how urgent, what kind and where it came from. The server chooses the contract and its SLA,
 * numbers the case and says what is wrong field by field.
 */
export function CaseFormModal({ open, onClose, onSaved }: CaseFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [createCase, created] = useMutation(CreateCaseDocument, { refetchQueries: ['Cases'] });
  const { form, firstField, modal } = useFormModal<CaseFormValues>({
    open,
    onClose,
    fields: FIELDS,
    submit: async (v) => {
      const { data } = await createCase({
        variables: {
          input: {
            subject: v.subject.trim(),
            description: v.description?.trim() || undefined,
            accountId: v.accountId ?? undefined,
            contactId: v.contactId ?? undefined,
            // Offered only once a contact is picked; "No order" (empty) sends none.
            orderId: v.contactId && v.orderId ? v.orderId : undefined,
            priority: v.priority,
            type: v.type,
            channel: v.channel,
            ...(v.route ? { route: true } : {}),
          },
        },
      });
      if (!data) return;
      void message.success(t('service.form.created', { number: data.createCase.case.number }));
      onSaved(data.createCase.case.id);
    },
  });
  const accountId = Form.useWatch('accountId', form);
  const contactId = Form.useWatch('contactId', form);

  return (
    <FormModal<CaseFormValues>
      {...modal}
      formProps={{ initialValues: { priority: 'NORMAL', type: 'QUESTION', channel: 'PHONE', orderId: NO_ORDER } }}
      formErrorTestId="case-form-error"
      title={t('service.form.title')}
      width={640}
      submitLabel={t('common.create')}
      submitTestId="case-submit"
      loading={created.loading}
    >
      <Form.Item name="subject" label={t('service.fields.subject')} rules={[{ required: true, whitespace: true, message: t('service.form.subjectRequired') }]}>
        <Input ref={firstField} maxLength={300} data-testid="case-subject" />
      </Form.Item>
      <Form.Item name="description" label={t('service.fields.description')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="case-description" />
      </Form.Item>
      <Form.Item name="accountId" label={t('service.fields.account')}>
        <AccountSelect allowClear data-testid="case-account" onChange={(id) => form.setFieldsValue({ accountId: id, contactId: null, orderId: NO_ORDER })} />
      </Form.Item>
      <Form.Item name="contactId" label={t('service.fields.contact')}>
        <CaseContactSelect accountId={accountId} data-testid="case-contact" onChange={() => form.setFieldsValue({ orderId: NO_ORDER })} />
      </Form.Item>
      {/* The order the problem is about: one of the picked person's latest orders. */}
      {contactId ? <CaseOrderItem contactId={contactId} /> : null}
      <Form.Item name="priority" label={t('service.fields.priority')}>
        <Select data-testid="case-priority-input" options={CASE_PRIORITIES.map((p) => ({ value: p, label: priorityLabel(t, p) }))} />
      </Form.Item>
      <Form.Item name="type" label={t('service.fields.type')}>
        <Select data-testid="case-type" options={CASE_TYPES.map((v) => ({ value: v, label: caseTypeLabel(t, v) }))} />
      </Form.Item>
      <Form.Item name="channel" label={t('service.fields.channel')}>
        <Select data-testid="case-channel" options={CASE_CHANNELS.map((v) => ({ value: v, label: channelLabel(t, v) }))} />
      </Form.Item>
      <Form.Item name="route" valuePropName="checked" extra={t('routing.route.newCaseHint')}>
        <Checkbox data-testid="case-route">{t('routing.route.newCase')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
