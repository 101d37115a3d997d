import { useMutation } from '@apollo/client/react';
import { ConvertLeadDocument, type ConvertLeadMutation, type LeadDetailFragment } from '@rapport/web-data-access';
import { Alert, Button, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '@rapport/web-core';
import { useModalForm } from '@rapport/web-core';
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
    <Modal
      open={open}
      title={t('convert.title', { name: personName(lead) })}
      onCancel={onClose}
      afterOpenChange={afterOpenChange}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="submit" type="primary" htmlType="submit" loading={loading} data-testid="convert-submit">
          {t('convert.submit')}
        </Button>,
      ]}
      modalRender={(dom) => (
        <Form<ConvertFormValues>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          clearOnDestroy
          disabled={loading}
          initialValues={{ createOpportunity: true }}
        >
          {dom}
        </Form>
      )}
    >
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
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
    </Modal>
  );
}
