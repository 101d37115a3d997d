import { useMutation } from '@apollo/client/react';
import { SaveSlaPolicyDocument, type SlaPolicyFieldsFragment } from '@rapport/web-data-access';
import { App, Form, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormModal } from '@rapport/web-core';
import { PRIORITIES, priorityLabel, SOURCE_VALUES, sourceLabel } from '../shared/intake-labels';
import { formatSlaMinutes } from '../shared/sla-format';

interface SlaFormValues {
  /** '' stands for "any" in the selects (antd cannot select null). */
  source: string;
  priority: string;
  responseMinutes: number;
  active: boolean;
}

const FORM_FIELDS = ['source', 'priority', 'responseMinutes', 'active'] as const;

export function SlaPolicyModal({ open, policy, onClose }: { open: boolean; policy?: SlaPolicyFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save, { loading }] = useMutation(SaveSlaPolicyDocument, { refetchQueries: ['ScoringSetup'] });

  const submit = async (v: SlaFormValues) => {
    await save({ variables: { input: { ...(policy ? { id: policy.id } : {}), source: v.source || null, priority: v.priority || null, responseMinutes: v.responseMinutes, active: v.active } } });
    void message.success(t('intake.sla.policySaved'));
    onClose();
  };
  const { form, modal } = useFormModal<SlaFormValues>({ open, onClose, fields: FORM_FIELDS, submit });
  const minutes = Form.useWatch('responseMinutes', form);

  return (
    <FormModal
      {...modal}
      title={policy ? t('intake.sla.editPolicy') : t('intake.sla.newPolicy')}
      submitLabel={t('common.save')}
      submitTestId="sla-policy-submit"
      loading={loading}
      formProps={{ initialValues: { source: policy?.source ?? '', priority: policy?.priority ?? '', responseMinutes: policy?.responseMinutes ?? 60, active: policy?.active ?? true } }}
    >
      <Form.Item name="source" label={t('intake.sla.source')}>
        <Select options={[{ value: '', label: t('intake.common.anySource') }, ...SOURCE_VALUES.map((s) => ({ value: s, label: sourceLabel(t, s) }))]} data-testid="sla-policy-source" />
      </Form.Item>
      <Form.Item name="priority" label={t('intake.sla.priority')} extra={t('intake.sla.priorityHint')}>
        <Select options={[{ value: '', label: t('intake.priority.any') }, ...PRIORITIES.map((p) => ({ value: p, label: priorityLabel(t, p) }))]} data-testid="sla-policy-priority" />
      </Form.Item>
      <Form.Item
        name="responseMinutes"
        label={t('intake.sla.minutes')}
        extra={typeof minutes === 'number' && minutes > 0 ? t('intake.sla.minutesHint', { duration: formatSlaMinutes(t, minutes) }) : undefined}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <InputNumber min={1} max={43200} precision={0} style={{ width: 180 }} data-testid="sla-policy-minutes" />
      </Form.Item>
      <Form.Item name="active" label={t('intake.common.active')} valuePropName="checked">
        <Switch data-testid="sla-policy-active" />
      </Form.Item>
    </FormModal>
  );
}
