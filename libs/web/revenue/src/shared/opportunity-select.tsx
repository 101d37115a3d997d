import { useQuery } from '@apollo/client/react';
import { RevenueOpportunityOptionsDocument, type OpportunityFilter } from '@rapport/web-data-access';
import type { FieldControlProps } from '@rapport/web-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { IdSelect, useSearchText } from '@rapport/web-core';

export interface OpportunityOption {
  id: string;
  name: string;
  account: { id: string; name: string } | null;
}

export interface OpportunitySelectProps extends FieldControlProps {
  value?: string | null;
  onChange?: (value: string | null, opportunity?: OpportunityOption) => void;
  /** Only this customer's deals (e.g. once an account is chosen). */
  accountId?: string | null;
  /** Only deals still open (quoting, promising). */
  openOnly?: boolean;
  allowClear?: boolean;
  autoFocus?: boolean;
  'data-testid'?: string;
}

/** Picks a deal by typing part of its name; the API searches among the deals the caller may see. */
export function OpportunitySelect({ value, onChange, accountId, openOnly, allowClear = true, autoFocus, ...rest }: OpportunitySelectProps) {
  const { t } = useTranslation();
  const { search, searchProps } = useSearchText();
  const filter = useMemo<OpportunityFilter | undefined>(() => {
    const parts: OpportunityFilter[] = [];
    if (search) parts.push({ name: { contains: search } });
    if (accountId) parts.push({ accountId: { eq: accountId } });
    if (openOnly) parts.push({ isClosed: { eq: false } });
    return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { and: parts };
  }, [search, accountId, openOnly]);
  const { data, previousData, loading, error } = useQuery(RevenueOpportunityOptionsDocument, { variables: { filter } });
  const found = useMemo(() => ((data ?? previousData)?.opportunities.edges ?? []).map((e) => e.node), [data, previousData]);
  return (
    <IdSelect
      {...rest}
      {...searchProps}
      value={value}
      onChange={(v) => onChange?.(v, found.find((o) => o.id === v))}
      options={found.map((o) => ({ value: o.id, label: o.account ? `${o.name} · ${o.account.name}` : o.name }))}
      loading={loading}
      failed={!!error}
      allowClear={allowClear}
      autoFocus={autoFocus}
      placeholder={t('revenue.pickOpportunity')}
      style={{ width: '100%' }}
    />
  );
}
