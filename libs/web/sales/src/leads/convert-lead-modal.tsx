import { useMutation } from '@apollo/client/react';
import { ConvertLeadDocument, type ConvertLeadMutation, type LeadDetailFragment } from '@rapport/web-data-access';
import { Checkbox, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormModal } from '@rapport/web-core';
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
  const [convertLead, { loading }] = useMutation(ConvertLeadDocument, {
    refetchQueries: ['Leads', 'Accounts', 'Contacts', 'Opportunities', 'SalesOverview', 'LeadTimeline'],
  });

  const submit = async (values: ConvertFormValues) => {
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
  };
  const { form, modal } = useFormModal<ConvertFormValues>({ open, onClose, fields: FORM_FIELDS, submit });
  const createOpportunity = Form.useWatch('createOpportunity', form);

  const defaultName = `${lead.company?.trim() || personName(lead)} – ${lead.productInterest?.trim() || t('convert.newBusiness')}`;

  return (
    <FormModal
      {...modal}
      title={t('convert.title', { name: personName(lead) })}
      submitLabel={t('convert.submit')}
      submitTestId="convert-submit"
      loading={loading}
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
