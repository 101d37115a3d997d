import { useMutation, useQuery } from '@apollo/client/react';
import { CreateEntitlementDocument, ServiceSlaPoliciesDocument, UpdateEntitlementDocument, type EntitlementFieldsFragment } from '@rapport/web-data-access';
import { FormModal, useFormModal } from '@rapport/web-core';
import { DATE_FORMAT } from '@rapport/web-ui';
import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface ContractValues {
  name: string;
  level: string;
  startsOn: Dayjs | null;
  endsOn: Dayjs | null;
  policyId: string | undefined;
  visitsTotal: number | null;
  hoursTotal: number | null;
}

export type ContractDialog = { mode: 'add' } | { mode: 'edit'; contract: EntitlementFieldsFragment };

/**
 * Adds a service contract to an account or changes one: its name and level, first and last day
 * (none: open-ended), the SLA policy its cases are served under and what it counts (on-site visits,
 * service hours; empty: not counted). It covers every product (choosing products comes later).
 */
export function ContractFormModal({ accountId, dialog, onClose }: { accountId: string; dialog?: ContractDialog; onClose: () => void }) {
  const { t } = useTranslation();
  const policies = useQuery(ServiceSlaPoliciesDocument, { skip: !dialog }).data?.serviceSlaPolicies;
  const refetchQueries = ['AccountEntitlements'];
  const [create, { loading: creating }] = useMutation(CreateEntitlementDocument, { refetchQueries, awaitRefetchQueries: true });
  const [update, { loading: updating }] = useMutation(UpdateEntitlementDocument, { refetchQueries, awaitRefetchQueries: true });
  const editing = dialog?.mode === 'edit' ? dialog.contract : undefined;

  const submit = async (v: ContractValues) => {
    const common = {
      name: v.name.trim(),
      level: v.level.trim() || null,
      startsOn: v.startsOn!.format(DATE_FORMAT),
      endsOn: v.endsOn ? v.endsOn.format(DATE_FORMAT) : null,
      policyId: v.policyId!,
      visitsTotal: v.visitsTotal ?? null,
      hoursTotal: v.hoursTotal ?? null,
    };
    if (editing) await update({ variables: { input: { id: editing.id, ...common } } });
    else await create({ variables: { input: { accountId, ...common } } });
    onClose();
  };
  const { firstField, form, modal } = useFormModal<ContractValues>({
    open: Boolean(dialog),
    onClose,
    fields: ['name', 'level', 'startsOn', 'endsOn', 'policyId', 'visitsTotal', 'hoursTotal'],
    submit,
  });

  useEffect(() => {
    if (!dialog) return;
    const c = dialog.mode === 'edit' ? dialog.contract : undefined;
    form.setFieldsValue({
      name: c?.name ?? '',
      level: c?.level ?? '',
      startsOn: c ? dayjs(c.startsOn) : dayjs(),
      endsOn: c?.endsOn ? dayjs(c.endsOn) : null,
      policyId: c?.policyId,
      visitsTotal: c?.visitsTotal ?? null,
      hoursTotal: c?.hoursTotal ?? null,
    });
  }, [dialog, form]);

  const endRule = {
    validator: (_: unknown, end?: Dayjs | null) => {
      const start = form.getFieldValue('startsOn') as Dayjs | null;
      return end && start && end.isBefore(start, 'day') ? Promise.reject(new Error(t('serviceSetup.contracts.endBeforeStart'))) : Promise.resolve();
    },
  };

  return (
    <FormModal<ContractValues>
      {...modal}
      title={editing ? t('serviceSetup.contracts.editTitle', { name: editing.name }) : t('serviceSetup.contracts.addTitle')}
      width={560}
      submitLabel={t('serviceSetup.save')}
      submitTestId="contract-submit"
      loading={creating || updating}
    >
      <Row gutter={16}>
        <Col xs={24} sm={14}>
          <Form.Item name="name" label={t('serviceSetup.fields.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input ref={firstField} maxLength={120} autoComplete="off" data-testid="contract-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item name="level" label={t('serviceSetup.contracts.level')} extra={t('serviceSetup.contracts.levelHint')}>
            <Input maxLength={40} autoComplete="off" data-testid="contract-level" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="startsOn" label={t('serviceSetup.contracts.startsOn')} rules={[{ required: true, message: t('validation.required') }]}>
            <DatePicker allowClear={false} style={{ width: '100%' }} data-testid="contract-starts-on" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="endsOn" label={t('serviceSetup.contracts.endsOn')} extra={t('serviceSetup.contracts.endsOnHint')} dependencies={['startsOn']} rules={[endRule]}>
            <DatePicker style={{ width: '100%' }} data-testid="contract-ends-on" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="policyId" label={t('serviceSetup.contracts.policy')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select
          options={(policies ?? []).map((p) => ({ value: p.id, label: p.active ? p.name : `${p.name} (${t('serviceSetup.policies.inactive')})` }))}
          loading={!policies}
          notFoundContent={t('serviceSetup.contracts.noPolicies')}
          data-testid="contract-policy"
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="visitsTotal" label={t('serviceSetup.contracts.visitsTotal')} extra={t('serviceSetup.contracts.notCountedHint')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="contract-visits" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="hoursTotal" label={t('serviceSetup.contracts.hoursTotal')} extra={t('serviceSetup.contracts.notCountedHint')}>
            <InputNumber min={0} step={0.5} style={{ width: '100%' }} data-testid="contract-hours" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
