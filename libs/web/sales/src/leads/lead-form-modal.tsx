import { useMutation } from '@apollo/client/react';
import { CreateLeadDocument, type LeadDetailFragment } from '@rapport/web-data-access';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { CustomFieldItems } from '@rapport/web-core';
import { customFieldsFromForm, type CustomFormValue } from '@rapport/web-core';
import { useCustomFieldDefinitions } from '@rapport/web-core';
import { FormModal, useFormModal } from '@rapport/web-core';
import { DuplicatesWarning } from '../shared/duplicates-warning';
import { usePossibleDuplicates } from '../shared/use-possible-duplicates';
import { leadFormFields, leadInput, LeadFormItems, type LeadFormValues } from './lead-fields';
import { personName } from '@rapport/web-core';

type LeadCreateValues = LeadFormValues & { customFields?: Record<string, CustomFormValue> };

const FORM_FIELDS = leadFormFields('create');
const PROBED = ['firstName', 'lastName', 'company', 'email', 'phone'] as const;

export interface LeadFormModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (lead: LeadDetailFragment) => void;
}

export function LeadFormModal({ open, onClose, onCreated }: LeadFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { definitions } = useCustomFieldDefinitions('LEAD');
  const [createLead, { loading }] = useMutation(CreateLeadDocument);

  const submit = async (values: LeadCreateValues) => {
    const { data } = await createLead({
      variables: {
        input: { ...leadInput(values, 'create'), customFields: customFieldsFromForm(definitions, values.customFields, 'create') },
      },
    });
    if (data) {
      void message.success(t('leads.created', { name: personName(data.createLead.lead) }));
      onCreated(data.createLead.lead);
    }
  };
  const { firstField, form, modal } = useFormModal<LeadCreateValues>({ open, onClose, fields: FORM_FIELDS, submit });
  // The identity fields, as the duplicate check takes them.
  const probe = Form.useWatch((v: Partial<LeadFormValues>) => Object.fromEntries(PROBED.map((k) => [k, v[k] as string | undefined])), form);
  const duplicates = usePossibleDuplicates(probe ?? {}, open);

  return (
    <FormModal
      {...modal}
      title={t('leads.createTitle')}
      width={720}
      submitLabel={t('common.create')}
      submitTestId="lead-submit"
      loading={loading}
    >
      <DuplicatesWarning candidates={duplicates} />
      <LeadFormItems mode="create" firstField={firstField} />
      <CustomFieldItems definitions={definitions} />
    </FormModal>
  );
}
