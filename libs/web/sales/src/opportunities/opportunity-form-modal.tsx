import { useMutation, useQuery } from '@apollo/client/react';
import { CreateOpportunityDocument, PipelinesDocument, type OpportunityDetailFragment } from '@rapport/web-data-access';
import { App, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomFieldItems } from '@rapport/web-core';
import { customFieldsFromForm, type CustomFormValue } from '@rapport/web-core';
import { useCustomFieldDefinitions } from '@rapport/web-core';
import { applyServerErrors } from '@rapport/web-core';
import { FormModal, useModalForm } from '@rapport/web-core';
import { AccountSelect } from '@rapport/web-core';
import { blankToNull } from '../shared/form-values';
import { CURRENCY_PATTERN } from '@rapport/web-core';

interface OpportunityCreateValues {
  name: string;
  account: string;
  pipeline?: string;
  stage?: string;
  amount?: number | null;
  currency?: string;
  closeDate?: Dayjs | null;
  nextStep?: string;
  customFields?: Record<string, CustomFormValue>;
}

const FORM_FIELDS = ['name', 'account', 'pipeline', 'stage', 'amount', 'currency', 'closeDate', 'nextStep'] as const;
const RENAME = { accountId: 'account', pipelineId: 'pipeline', stageId: 'stage' };

export interface OpportunityFormModalProps {
  open: boolean;
  account?: { id: string; name: string };
  onClose: () => void;
  onCreated: (opportunity: OpportunityDetailFragment) => void;
}

export function OpportunityFormModal({ open, account, onClose, onCreated }: OpportunityFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OpportunityCreateValues>();
  const { firstField, formError, setFormError, afterOpenChange } = useModalForm();
  const { definitions } = useCustomFieldDefinitions('OPPORTUNITY');
  const pipelines = useQuery(PipelinesDocument, { skip: !open });
  const [createOpportunity, { loading }] = useMutation(CreateOpportunityDocument, {
    refetchQueries: ['Opportunities', 'AccountTimeline', 'SalesOverview'],
  });
  const pipelineId = Form.useWatch('pipeline', form);
  const all = pipelines.data?.pipelines ?? [];
  const pipeline = all.find((p) => p.id === pipelineId);
  const defaultPipeline = all.find((p) => p.isDefault) ?? all[0];

  // Pipelines arrive after the dialog opens: start in the default one, at its first stage.
  useEffect(() => {
    if (open && defaultPipeline && !form.getFieldValue('pipeline')) {
      form.setFieldsValue({ pipeline: defaultPipeline.id, currency: defaultPipeline.currency });
    }
  }, [open, defaultPipeline, form]);

  const onFinish = async (v: OpportunityCreateValues) => {
    setFormError(undefined);
    try {
      const { data } = await createOpportunity({
        variables: {
          input: {
            name: v.name.trim(),
            accountId: v.account,
            pipelineId: v.pipeline,
            stageId: v.stage,
            amount: v.amount ?? null,
            currency: v.currency?.trim() || undefined,
            closeDate: v.closeDate ? v.closeDate.format('YYYY-MM-DD') : null,
            nextStep: blankToNull(v.nextStep),
            customFields: customFieldsFromForm(definitions, v.customFields, 'create'),
          },
        },
      });
      if (data) {
        void message.success(t('opportunities.created', { name: data.createOpportunity.opportunity.name }));
        onCreated(data.createOpportunity.opportunity);
      }
    } catch (error) {
      setFormError(applyServerErrors(form, error, FORM_FIELDS, t, RENAME));
    }
  };

  return (
    <FormModal
      open={open}
      title={t('opportunities.createTitle')}
      width={720}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      formError={formError}
      submitLabel={t('common.create')}
      submitTestId="opportunity-submit"
      loading={loading}
      form={form}
      onFinish={onFinish}
      formProps={{
        initialValues: { account: account?.id },
        onValuesChange: (changed: Partial<OpportunityCreateValues>) => {
          // Another pipeline has other stages and maybe another currency.
          if ('pipeline' in changed) {
            const next = all.find((p) => p.id === changed.pipeline);
            form.setFieldsValue({ stage: undefined, currency: next?.currency });
          }
        },
      }}
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item
            name="name"
            label={t('fields.name')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 200, message: t('validation.maxLength', { max: 200 }) },
            ]}
          >
            <Input ref={firstField} autoComplete="off" data-testid="opportunity-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="account" label={t('fields.account')} rules={[{ required: true, message: t('validation.required') }]}>
            <AccountSelect current={account} data-testid="opportunity-account" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="pipeline" label={t('fields.pipeline')}>
            <Select loading={pipelines.loading} options={all.map((p) => ({ value: p.id, label: p.name }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="stage" label={t('fields.stage')} extra={t('opportunities.stageHint')}>
            <Select
              allowClear
              options={(pipeline?.stages ?? [])
                .filter((s) => !s.isWon && !s.isLost)
                .map((s) => ({ value: s.id, label: `${s.name} · ${s.probability}%` }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="closeDate" label={t('fields.closeDate')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={16} sm={8}>
          <Form.Item name="amount" label={t('fields.amount')} rules={[{ type: 'number', min: 0, message: t('validation.notNegative') }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="opportunity-amount" />
          </Form.Item>
        </Col>
        <Col xs={8} sm={4}>
          <Form.Item
            name="currency"
            label={t('fields.currency')}
            normalize={(v?: string) => v?.toUpperCase()}
            rules={[{ pattern: CURRENCY_PATTERN, message: t('validation.currency') }]}
          >
            <Input maxLength={3} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="nextStep" label={t('opportunities.fields.nextStep')} rules={[{ max: 500, message: t('validation.maxLength', { max: 500 }) }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <CustomFieldItems definitions={definitions} />
    </FormModal>
  );
}
