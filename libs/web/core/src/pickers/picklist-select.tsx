import { useQuery } from '@apollo/client/react';
import { PicklistsDocument, type PicklistValueFieldsFragment } from '@rapport/web-data-access';
import { currentLanguage, fieldControlProps, type FieldControlProps } from '@rapport/web-ui';
import { Select } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { customValuesOf } from '../custom-fields/custom-field-values';

/**
 * Configured value lists of built-in fields (docs/adr/0018-picklists.md): an account's industry
 * and territory, a product's line. Records store the value; every screen shows its translation in
 * the UI language (the value itself when there is none, or when an admin retired it).
 */
export type PicklistKey = 'industry' | 'territory' | 'productLine';

const NO_VALUES: PicklistValueFieldsFragment[] = [];

/** The API's list name for a catalogue's `picklist` (`productLine` → `PRODUCT_LINE`). */
const apiName = (list: string) => list.replace(/([A-Z])/g, '_$1').toUpperCase();

/** A value's label for a reader of `language`: their translation, else the value (ADR 0010: no fallback across scripts). */
export function picklistValueLabel(values: readonly PicklistValueFieldsFragment[], value: string, language: string): string {
  const names = customValuesOf(values.find((v) => v.value === value)?.names);
  const own = names[language];
  return typeof own === 'string' && own.trim() ? own : value;
}

/** Every picklist, fetched once per visit (they change rarely), and a label function in the UI language. */
export function usePicklists() {
  const { i18n } = useTranslation();
  const language = i18n.language || currentLanguage();
  const { data, loading, error } = useQuery(PicklistsDocument, { fetchPolicy: 'cache-first' });
  const byKey = useMemo(() => new Map((data?.picklists ?? []).map((p) => [p.name as string, p.values])), [data]);
  const values = useCallback((list: string) => byKey.get(apiName(list)) ?? NO_VALUES, [byKey]);
  const label = useCallback((list: string, value: string | null | undefined) => (value ? picklistValueLabel(values(list), value, language) : ''), [values, language]);
  return { values, label, loading, error };
}

export interface PicklistSelectProps extends FieldControlProps {
  list: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  disabled?: boolean;
  'data-testid'?: string;
}

/**
 * Picks a configured value: the active ones in the admin's order, searchable by the label shown,
 * plus the record's own value when an admin has since retired it (so editing keeps it).
 */
export function PicklistSelect({ list, value, onChange, placeholder, disabled, ...rest }: PicklistSelectProps) {
  const { t } = useTranslation();
  const { values, label, loading, error } = usePicklists();
  const options = useMemo(() => {
    const active = values(list).filter((v) => v.active || v.value === value);
    const shown = value && !active.some((v) => v.value === value) ? [...active, { value }] : active;
    return shown.map((v) => ({ value: v.value, label: label(list, v.value) }));
  }, [values, label, list, value]);
  return (
    <Select<string>
      {...fieldControlProps(rest)}
      data-testid={rest['data-testid']}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      disabled={disabled}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      placeholder={placeholder ?? t('recordForm.none')}
      notFoundContent={loading ? t('common.loading') : error ? t('errors.loadFailed') : t('picklists.noValues')}
      style={{ width: '100%' }}
    />
  );
}

/** A stored value as the reader sees it (a list cell, a detail row, a page subtitle). */
export function PicklistText({ list, value }: { list: string; value: string }) {
  const { label } = usePicklists();
  return <>{label(list, value)}</>;
}
