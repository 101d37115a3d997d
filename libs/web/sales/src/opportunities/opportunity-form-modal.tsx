import { useMutation, useQuery } from '@apollo/client/react';
import { CreateOpportunityDocument, PipelinesDocument, type OpportunityDetailFragment } from '@rapport/web-data-access';
import { App, Form } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomFieldItems } from '@rapport/web-core';
import { customFieldsFromForm, type CustomFormValue } from '@rapport/web-core';
import { useCustomFieldDefinitions } from '@rapport/web-core';
import { FormModal, useFormModal } from '@rapport/web-core';
import { newOpportunityInput, OpportunityFormItems, opportunityFormFields, type OpportunityFormValues } from './opportunity-fields';

type OpportunityCreateValues = OpportunityFormValues & { pipelineId?: string; customFields?: Record<string, CustomFormValue> };

const FORM_FIELDS = opportunityFormFields('create');

export interface OpportunityFormModalProps {
  open: boolean;
  account?: { id: string; name: string };
  onClose: () => void;
  onCreated: (opportunity: OpportunityDetailFragment) => void;
}

export function OpportunityFormModal({ open, account, onClose, onCreated }: OpportunityFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { definitions } = useCustomFieldDefinitions('OPPORTUNITY');
  const pipelines = useQuery(PipelinesDocument, { skip: !open });
  const [createOpportunity, { loading }] = useMutation(CreateOpportunityDocument, {
    refetchQueries: ['Opportunities', 'AccountTimeline', 'SalesOverview'],
  });
  const all = pipelines.data?.pipelines ?? [];
  const defaultPipeline = all.find((p) => p.isDefault) ?? all[0];

  const submit = async (v: OpportunityCreateValues) => {
    const { data } = await createOpportunity({
      variables: { input: { ...newOpportunityInput(v), customFields: customFieldsFromForm(definitions, v.customFields, 'create') } },
    });
    if (data) {
      void message.success(t('opportunities.created', { name: data.createOpportunity.opportunity.name }));
      onCreated(data.createOpportunity.opportunity);
    }
  };
  const { firstField, form, modal } = useFormModal<OpportunityCreateValues>({ open, onClose, fields: FORM_FIELDS, submit });
  const pipelineId = Form.useWatch('pipelineId', form);
  // Pipelines arrive after the dialog opens: start in the default one, at its first stage.
  useEffect(() => {
    if (open && defaultPipeline && !form.getFieldValue('pipelineId')) {
      form.setFieldsValue({ pipelineId: defaultPipeline.id, currency: defaultPipeline.currency });
    }
  }, [open, defaultPipeline, form]);

  return (
    <FormModal
      {...modal}
      title={t('opportunities.createTitle')}
      width={720}
      submitLabel={t('common.create')}
      submitTestId="opportunity-submit"
      loading={loading}
      formProps={{
        initialValues: { accountId: account?.id },
        onValuesChange: (changed: Partial<OpportunityCreateValues>) => {
          // Another pipeline has other stages and maybe another currency.
          if ('pipelineId' in changed) {
            const next = all.find((p) => p.id === changed.pipelineId);
            form.setFieldsValue({ stageId: undefined, currency: next?.currency });
          }
        },
      }}
    >
      <OpportunityFormItems mode="create" firstField={firstField} pickers={{ account, pipelines: all, loading: pipelines.loading, pipelineId }} />
      <CustomFieldItems definitions={definitions} />
    </FormModal>
  );
}
