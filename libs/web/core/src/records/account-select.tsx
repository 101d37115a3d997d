import { useQuery } from '@apollo/client/react';
import { AccountOptionsDocument } from '@rapport/web-data-access';
import type { FieldControlProps } from '@rapport/web-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { IdSelect, useSearchText } from '../pickers/id-select';

export interface AccountSelectProps extends FieldControlProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The current account, so its name shows before any search. */
  current?: { id: string; name: string } | null;
  allowClear?: boolean;
  disabled?: boolean;
  'data-testid'?: string;
}

/** Picks an account by typing part of its name; the API searches, 20 at a time. */
export function AccountSelect({ current, ...props }: AccountSelectProps) {
  const { t } = useTranslation();
  const { search, searchProps } = useSearchText();
  const { data, previousData, loading, error } = useQuery(AccountOptionsDocument, {
    variables: { filter: search ? { name: { contains: search } } : undefined },
  });
  const options = useMemo(() => {
    const found = ((data ?? previousData)?.accounts.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
    if (current && !found.some((o) => o.value === current.id)) found.unshift({ value: current.id, label: current.name });
    return found;
  }, [data, previousData, current]);
  return <IdSelect {...props} {...searchProps} options={options} loading={loading} failed={!!error} placeholder={t('accounts.pick')} />;
}
