import { useMutation } from '@apollo/client/react';
import { CreateCommitmentDocument } from '@rapport/web-data-access';
import { App, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { GetRef } from 'antd';
import { useRef } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { evictLists } from '../shared/evict';
import { focusUnlessTyping, FormModal, useFormModal } from '@rapport/web-core';
import { AccountSelect } from '@rapport/web-core';
import { COMMITMENT_KINDS, commitmentKindLabel } from '../revenue-labels';
import { OpportunitySelect } from '../shared/opportunity-select';

interface CommitmentValues {
  kind: string;
  description: string;
  dueAt?: Dayjs | null;
  accountId?: string | null;
  opportunityId?: string | null;
}

const FORM_FIELDS = ['kind', 'description', 'dueAt', 'accountId', 'opportunityId'] as const;

export interface CreateCommitmentModalProps {
  open: boolean;
  /** Fixed customer (the account page's panel); otherwise the person picks one. */
  account?: { id: string; name: string };
  onClose: () => void;
  onCreated: () => void;
}

/** Records a promise made to a customer: what, by when, and which customer or deal it belongs to. */
export function CreateCommitmentModal({ open, account, onClose, onCreated }: CreateCommitmentModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const description = useRef<GetRef<typeof Input.TextArea>>(null);
  const [create, creating] = useMutation(CreateCommitmentDocument, { update: evictLists('commitments') });

  const submit = async (v: CommitmentValues) => {
    if (!v.accountId && !v.opportunityId && !account) {
      setFormError(t('revenue.commitments.linkNeeded'));
      return;
    }
    await create({
      variables: {
        input: {
          kind: v.kind,
          description: v.description.trim(),
          // A promise "by Friday" holds until the end of that day in the person's time zone.
          dueAt: v.dueAt ? v.dueAt.endOf('day').toISOString() : null,
          accountId: account?.id ?? v.accountId ?? undefined,
          opportunityId: v.opportunityId ?? undefined,
        },
      },
    });
    void message.success(t('revenue.commitments.created'));
    onCreated();
  };
  const { form, setFormError, modal } = useFormModal<CommitmentValues>({ open, onClose, fields: FORM_FIELDS, submit });
  const accountId = Form.useWatch('accountId', form) ?? account?.id;

  return (
    <FormModal
      {...modal}
      title={account ? t('revenue.commitments.createFor', { name: account.name }) : t('revenue.commitments.createTitle')}
      afterOpenChange={(visible) => {
        modal.afterOpenChange(visible);
        // The dialog takes focus while it animates; the first field gets it once it is open.
        if (visible) focusUnlessTyping(description.current);
      }}
      formErrorTestId="commitment-form-error"
      submitLabel={t('common.create')}
      submitTestId="commitment-submit"
      loading={creating.loading}
      formProps={{
        initialValues: { kind: 'follow_up', dueAt: dayjs().add(7, 'day') },
        onValuesChange: (changed: Partial<CommitmentValues>) => {
          // A deal of another customer would contradict the chosen account.
          if ('accountId' in changed) form.setFieldValue('opportunityId', null);
        },
      }}
    >
      <Form.Item name="description" label={t('revenue.commitments.fields.description')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 2000, message: t('validation.maxLength', { max: 2000 }) }]}>
        <Input.TextArea ref={description} autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t('revenue.commitments.descriptionPlaceholder')} data-testid="commitment-description" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label={t('revenue.commitments.fields.kind')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select data-testid="commitment-kind" options={COMMITMENT_KINDS.map((k) => ({ value: k, label: commitmentKindLabel(t, k), 'data-testid': `commitment-kind-${k}` }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="dueAt" label={t('revenue.commitments.fields.dueAt')}>
            <DatePicker style={{ width: '100%' }} data-testid="commitment-due" />
          </Form.Item>
        </Col>
      </Row>
      {account ? null : (
        <Form.Item name="accountId" label={t('fields.account')}>
          <AccountSelect allowClear data-testid="commitment-account" />
        </Form.Item>
      )}
      <Form.Item name="opportunityId" label={t('revenue.quotes.fields.opportunity')} extra={t('revenue.commitments.linkHint')}>
        <OpportunitySelect accountId={accountId} aria-label={t('revenue.quotes.fields.opportunity')} data-testid="commitment-opportunity" />
      </Form.Item>
    </FormModal>
  );
}
