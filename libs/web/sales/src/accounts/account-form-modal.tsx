import { useMutation } from '@apollo/client/react';
import { CreateAccountDocument, type AccountDetailFragment } from '@rapport/web-data-access';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { CustomFieldItems } from '@rapport/web-core';
import { customFieldsFromForm, type CustomFormValue } from '@rapport/web-core';
import { useCustomFieldDefinitions } from '@rapport/web-core';
import { FormModal, useFormModal } from '@rapport/web-core';
import { DuplicatesWarning } from '../shared/duplicates-warning';
import { usePossibleDuplicates } from '../shared/use-possible-duplicates';
import { ACCOUNT_FORM_FIELDS, accountInput, AccountFormItems, type AccountFormValues } from './account-fields';

type AccountCreateValues = AccountFormValues & { customFields?: Record<string, CustomFormValue> };

export interface AccountFormModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (account: AccountDetailFragment) => void;
}

export function AccountFormModal({ open, onClose, onCreated }: AccountFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { definitions } = useCustomFieldDefinitions('ACCOUNT');
  const [createAccount, { loading }] = useMutation(CreateAccountDocument, { refetchQueries: ['Accounts', 'SalesOverview'] });

  const submit = async (values: AccountCreateValues) => {
    const { data } = await createAccount({
      variables: { input: { ...accountInput(values), customFields: customFieldsFromForm(definitions, values.customFields, 'create') } },
    });
    if (data) {
      void message.success(t('accounts.created', { name: data.createAccount.account.name }));
      onCreated(data.createAccount.account);
    }
  };
  const { firstField, form, modal } = useFormModal<AccountCreateValues>({ open, onClose, fields: ACCOUNT_FORM_FIELDS, submit });
  const name = Form.useWatch('name', form);
  const duplicates = usePossibleDuplicates({ accountName: name }, open);

  return (
    <FormModal
      {...modal}
      title={t('accounts.createTitle')}
      width={720}
      submitLabel={t('common.create')}
      submitTestId="account-submit"
      loading={loading}
    >
      <DuplicatesWarning candidates={duplicates} />
      <AccountFormItems firstField={firstField} />
      <CustomFieldItems definitions={definitions} />
    </FormModal>
  );
}
