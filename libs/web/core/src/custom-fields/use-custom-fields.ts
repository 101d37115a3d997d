import { useQuery } from '@apollo/client/react';
import { CustomFieldDefinitionsDocument, type CustomizableObject } from '@rapport/web-data-access';
import { currentLanguage, formatDate, formatMoney } from '@rapport/web-ui';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { customFieldLabel, customOptionLabel, formatCustomValue, type CustomFieldDef } from './custom-field-values';

const NO_DEFINITIONS: never[] = [];

/**
 * The active custom fields of one kind of record, in the admin's order. Lists, forms and record
 * pages all ask; the cache answers all but the first.
 */
export function useCustomFieldDefinitions(objectType: CustomizableObject) {
  const { data, loading, error } = useQuery(CustomFieldDefinitionsDocument, {
    variables: { objectType, includeArchived: false },
    // Definitions change rarely; one request per page visit is plenty.
    fetchPolicy: 'cache-first',
  });
  return { definitions: data?.customFieldDefinitions ?? NO_DEFINITIONS, loading, error };
}

/** Label, option labels and text of custom values in the current language. */
export function useCustomFieldText() {
  const { t, i18n } = useTranslation();
  const language = i18n.language || currentLanguage();
  const label = useCallback((def: Pick<CustomFieldDef, 'label' | 'labels'>) => customFieldLabel(def, language), [language]);
  const option = useCallback((def: Pick<CustomFieldDef, 'optionLabels'>, value: string) => customOptionLabel(def, value, language), [language]);
  const text = useCallback(
    (def: Pick<CustomFieldDef, 'type' | 'optionLabels'>, value: unknown) =>
      formatCustomValue(def, value, {
        yes: t('common.yes'),
        no: t('common.no'),
        language,
        formatMoney: (amount, currency) => formatMoney(amount, currency, language),
        formatDate: (iso) => formatDate(iso),
      }),
    [t, language],
  );
  return { label, option, text };
}
