import { useMutation } from '@apollo/client/react';
import { ConvertLeadDocument, type ConvertLeadMutation, type LeadDetailFragment } from '@rapport/web-data-access';
import { Checkbox, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '@rapport/web-core';
import { FormModal, useModalForm } from '@rapport/web-core';
import { blankToUndefined } from '../shared/form-values';
import { personName } from '@rapport/web-core';

interface ConvertFormValues {
  createOpportunity: boolean;
  opportunityName?: string;
}

const FORM_FIELDS = ['createOpportunity', 'opportunityName'] as const;

export type ConversionResult = ConvertLeadMutation['convertLead'];

export interface ConvertLeadModalProps {
  open: boolean;
  lead: Pick<LeadDetailFragment, 'id' | 'name' | 'firstName' | 'lastName' | 'company' | 'productInterest'>;
  onClose: () => void;
  onConverted: (result: ConversionResult) => void;
}

/** Lead → account + contact (+ opportunity). The API reuses a matching account or contact. */
export function ConvertLeadModal({ open, lead, onClose, onConverted }: ConvertLeadModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ConvertFormValues>();
  const { formError, setFormError, afterOpenChange } = useModalForm();
  const createOpportunity = Form.useWatch('createOpportunity', form);
  const [convertLead, { loading }] = useMutation(ConvertLeadDocument, {
    refetchQueries: ['Leads', 'Accounts', 'Contacts', 'Opportunities', 'SalesOverview', 'LeadTimeline'],
  });

  const onFinish = async (values: ConvertFormValues) => {
    setFormError(undefined);
    try {
      const { data } = await convertLead({
        variables: {
          input: {
            leadId: lead.id,
            createOpportunity: values.createOpportunity,
            opportunityName: values.createOpportunity ? blankToUndefined(values.opportunityName) : undefined,
          },
        },
      });
      if (data) onConverted(data.convertLead);
    } catch (error) {
      setFormError(applyServerErrors(form, error, FORM_FIELDS, t));
    }
  };

  const defaultName = `${lead.company?.trim() || personName(lead)} – ${lead.productInterest?.trim() || t('convert.newBusiness')}`;

  return (
    <FormModal
      open={open}
      title={t('convert.title', { name: personName(lead) })}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      formError={formError}
      submitLabel={t('convert.submit')}
      submitTestId="convert-submit"
      loading={loading}
      form={form}
      onFinish={onFinish}
      formProps={{ initialValues: { createOpportunity: true } }}
    >
      <Typography.Paragraph type="secondary">{t('convert.explain')}</Typography.Paragraph>
      <Form.Item name="createOpportunity" valuePropName="checked">
        <Checkbox data-testid="convert-create-opportunity">{t('convert.createOpportunity')}</Checkbox>
      </Form.Item>
      {createOpportunity ? (
        <Form.Item
          name="opportunityName"
          label={t('convert.opportunityName')}
          extra={t('convert.opportunityNameHint')}
          rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}
        >
          <Input placeholder={defaultName} autoComplete="off" data-testid="convert-opportunity-name" />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
