import { useMutation } from '@apollo/client/react';
import { CreateLeadDocument, type LeadDetailFragment, type LeadSource } from '@rapport/web-data-access';
import { App, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CustomFieldItems } from '@rapport/web-core';
import { customFieldsFromForm, type CustomFormValue } from '@rapport/web-core';
import { useCustomFieldDefinitions } from '@rapport/web-core';
import { applyServerErrors } from '@rapport/web-core';
import { FormModal, useModalForm } from '@rapport/web-core';
import { ALL_LEAD_SOURCES, leadSourceLabel } from '@rapport/web-core';
import { DuplicatesWarning } from '../shared/duplicates-warning';
import { usePossibleDuplicates } from '../shared/use-possible-duplicates';
import { blankToNull } from '../shared/form-values';
import { personName } from '@rapport/web-core';

export interface LeadFormValues {
  firstName?: string;
  lastName: string;
  company?: string;
  title?: string;
  email?: string;
  phone?: string;
  source: LeadSource;
  campaign?: string;
  productInterest?: string;
  country?: string;
  region?: string;
  message?: string;
  customFields?: Record<string, CustomFormValue>;
}

const FORM_FIELDS = [
  'firstName',
  'lastName',
  'company',
  'title',
  'email',
  'phone',
  'source',
  'campaign',
  'productInterest',
  'country',
  'region',
  'message',
] as const;

export interface LeadFormModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (lead: LeadDetailFragment) => void;
}

export function LeadFormModal({ open, onClose, onCreated }: LeadFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<LeadFormValues>();
  const { firstField, formError, setFormError, afterOpenChange } = useModalForm();
  const { definitions } = useCustomFieldDefinitions('LEAD');
  const [createLead, { loading }] = useMutation(CreateLeadDocument);
  const probe = Form.useWatch((v: Partial<LeadFormValues>) => ({
    firstName: v.firstName,
    lastName: v.lastName,
    company: v.company,
    email: v.email,
    phone: v.phone,
  }), form);
  const duplicates = usePossibleDuplicates(probe ?? {}, open);

  const onFinish = async (values: LeadFormValues) => {
    setFormError(undefined);
    try {
      const { data } = await createLead({
        variables: {
          input: {
            firstName: values.firstName?.trim() || undefined,
            lastName: values.lastName.trim(),
            company: blankToNull(values.company),
            title: blankToNull(values.title),
            email: blankToNull(values.email),
            phone: blankToNull(values.phone),
            source: values.source,
            campaign: blankToNull(values.campaign),
            productInterest: blankToNull(values.productInterest),
            country: blankToNull(values.country),
            region: blankToNull(values.region),
            message: blankToNull(values.message),
            customFields: customFieldsFromForm(definitions, values.customFields, 'create'),
          },
        },
      });
      if (data) {
        void message.success(t('leads.created', { name: personName(data.createLead.lead) }));
        onCreated(data.createLead.lead);
      }
    } catch (error) {
      setFormError(applyServerErrors(form, error, FORM_FIELDS, t));
    }
  };

  return (
    <FormModal
      open={open}
      title={t('leads.createTitle')}
      width={720}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      formError={formError}
      submitLabel={t('common.create')}
      submitTestId="lead-submit"
      loading={loading}
      form={form}
      onFinish={onFinish}
    >
      <DuplicatesWarning candidates={duplicates} />
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="firstName" label={t('fields.firstName')} rules={[{ max: 100, message: t('validation.maxLength', { max: 100 }) }]}>
            <Input ref={firstField} autoComplete="off" data-testid="lead-first-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="lastName"
            label={t('fields.lastName')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 100, message: t('validation.maxLength', { max: 100 }) },
            ]}
          >
            <Input autoComplete="off" data-testid="lead-last-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="company" label={t('fields.company')} rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
            <Input autoComplete="off" data-testid="lead-company" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="title" label={t('fields.title')} rules={[{ max: 120, message: t('validation.maxLength', { max: 120 }) }]}>
            <Input autoComplete="off" data-testid="lead-title" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="email"
            label={t('fields.email')}
            rules={[
              { type: 'email', message: t('validation.email') },
              { max: 254, message: t('validation.maxLength', { max: 254 }) },
            ]}
          >
            <Input type="email" autoComplete="off" data-testid="lead-email" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="phone" label={t('fields.phone')} rules={[{ max: 40, message: t('validation.maxLength', { max: 40 }) }]}>
            <Input type="tel" autoComplete="off" data-testid="lead-phone" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="source" label={t('fields.source')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select<LeadSource>
              data-testid="lead-source"
              placeholder={t('leads.fields.sourcePlaceholder')}
              options={ALL_LEAD_SOURCES.map((s) => ({ value: s, label: leadSourceLabel(t, s), 'data-testid': `lead-source-${s}` }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="campaign" label={t('leads.fields.campaign')} rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="productInterest" label={t('leads.fields.productInterest')} rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="country" label={t('leads.fields.country')} rules={[{ max: 80, message: t('validation.maxLength', { max: 80 }) }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="message" label={t('leads.fields.message')} rules={[{ max: 5000, message: t('validation.maxLength', { max: 5000 }) }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </Col>
      </Row>
      <CustomFieldItems definitions={definitions} />
    </FormModal>
  );
}
