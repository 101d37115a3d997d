import type { InputRef } from 'antd';
import type { Ref } from 'react';
import { formFieldsOf, recordInputOf, RecordFormItems } from '@rapport/web-core';

/** Form values of an account: the catalogue's editable fields (docs/adr/0011), by name. */
export type AccountFormValues = Record<string, unknown> & { name: string };

export const ACCOUNT_FORM_FIELDS = formFieldsOf('account').map((f) => f.name);

/** The API input fields from the form (blank texts clear the value). */
export function accountInput(v: AccountFormValues) {
  return recordInputOf('account', v) as { name: string };
}

/** Account fields for the create dialog and the record page's edit mode. */
export function AccountFormItems({ firstField }: { firstField?: Ref<InputRef> }) {
  return <RecordFormItems type="account" firstField={firstField} />;
}
