import { useCustomFieldDefinitions, useCustomFieldText } from '@rapport/web-core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { segmentFields, type FieldRecordType, type SegmentField } from './field-options';

/** The fields of contact and account conditions in the reader's language, custom fields included (the cache answers after the first ask). */
export function useSegmentFields(): Record<FieldRecordType, readonly SegmentField[]> {
  const { t } = useTranslation();
  const contact = useCustomFieldDefinitions('CONTACT');
  const account = useCustomFieldDefinitions('ACCOUNT');
  const text = useCustomFieldText();
  return useMemo(
    () => ({
      contact: segmentFields('contact', t, contact.definitions, text.label, text.option),
      account: segmentFields('account', t, account.definitions, text.label, text.option),
    }),
    [t, contact.definitions, account.definitions, text.label, text.option],
  );
}
