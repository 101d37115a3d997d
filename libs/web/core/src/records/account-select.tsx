import { useQuery } from '@apollo/client/react';
import { AccountOptionsDocument } from '@rapport/web-data-access';
import { fieldControlProps, useDebouncedValue, type FieldControlProps } from '@rapport/web-ui';
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface AccountSelectProps extends FieldControlProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The current account, so its name shows before any search. */
  current?: { id: string; name: string } | null;
  allowClear?: boolean;
  disabled?: boolean;
  'data-testid'?: string;
}

/**
 * Picks an account by typing part of its name; the API searches, 20 at a time. In a Form.Item the
 * field's id and aria attributes reach the input, so its label names it.
 */
export function AccountSelect({ value, onChange, current, allowClear, disabled, 'data-testid': testId, ...field }: AccountSelectProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 250);
  const { data, previousData, loading } = useQuery(AccountOptionsDocument, {
    variables: { filter: search ? { name: { contains: search } } : undefined },
  });
  const options = useMemo(() => {
    const found = ((data ?? previousData)?.accounts.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
    if (current && !found.some((o) => o.value === current.id)) found.unshift({ value: current.id, label: current.name });
    return found;
  }, [data, previousData, current]);
  return (
    <Select<string>
      {...fieldControlProps(field)}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      loading={loading}
      allowClear={allowClear}
      disabled={disabled}
      placeholder={t('accounts.pick')}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      onBlur={() => setText('')}
      notFoundContent={loading ? t('common.loading') : t('search.noResults')}
      data-testid={testId}
    />
  );
}
