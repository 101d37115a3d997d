import { fieldControlProps, useDebouncedValue, type FieldControlProps } from '@rapport/web-ui';
import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface IdSelectProps extends FieldControlProps, Omit<SelectProps<string>, 'value' | 'onChange' | 'notFoundContent' | keyof FieldControlProps> {
  value?: string | null;
  /** The id picked, or null once cleared (the API's "no value"). */
  onChange?: (value: string | null) => void;
  /** The query behind the options failed: the list says so instead of "no results". */
  failed?: boolean;
  'data-testid'?: string;
}

/**
 * A select of one record by id, the base of the pickers (account, team, deal…). In a Form.Item
 * the field's id and aria attributes reach the input, so its label names it; an empty list says
 * whether it is loading, failed or found nothing.
 */
export function IdSelect({ value, onChange, failed, loading, ...select }: IdSelectProps) {
  const { t } = useTranslation();
  return (
    <Select<string>
      {...select}
      {...fieldControlProps(select)}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      loading={loading}
      notFoundContent={loading ? t('common.loading') : failed ? t('errors.loadFailed') : t('search.noResults')}
    />
  );
}

/**
 * What is typed into a picker the API searches: `search` (trimmed, after a pause) goes into the
 * query; `searchProps` go on the select (no filtering of its own; the text clears on leaving).
 */
export function useSearchText() {
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 250);
  return { search, searchProps: { showSearch: { filterOption: false, onSearch: setText, searchValue: text }, onBlur: () => setText('') } };
}
