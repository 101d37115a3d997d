import { useQuery } from '@apollo/client/react';
import { CampaignOptionsDocument } from '@rapport/web-data-access';
import { useSearchText } from '@rapport/web-core';
import { fieldControlProps, type FieldControlProps } from '@rapport/web-ui';
import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignName } from '../use-campaign-names';

export interface CampaignMultiSelectProps extends FieldControlProps {
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Names of the campaigns already picked (they may not be among the search's 20). */
  names: ReadonlyMap<string, CampaignName>;
  /** The mailing's own campaign: its members come in by status, not as a list. */
  excludeId?: string | null;
  placeholder?: string;
  'data-testid'?: string;
}

/**
 * Picks campaigns as lists by typing part of their names (the API searches, 20 at a time): a list
 * is every member of that campaign, whatever their status. In a Form.Item the field's label and
 * error reach the input.
 */
export function CampaignMultiSelect({ value, onChange, names, excludeId, placeholder, 'data-testid': testId, ...field }: CampaignMultiSelectProps) {
  const { t } = useTranslation();
  const { search, searchProps } = useSearchText();
  const { data, previousData, loading, error } = useQuery(CampaignOptionsDocument, { variables: { filter: search ? { name: { contains: search } } : undefined } });
  const options = useMemo(() => {
    const found = ((data ?? previousData)?.campaigns.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
    for (const id of value ?? []) if (!found.some((o) => o.value === id)) found.unshift({ value: id, label: names.get(id)?.name ?? '…' });
    return found.filter((o) => o.value !== excludeId);
  }, [data, previousData, value, names, excludeId]);
  return (
    <Select<string[]>
      {...fieldControlProps(field)}
      {...searchProps}
      mode="multiple"
      allowClear
      value={value ?? []}
      onChange={(v) => onChange?.(v)}
      options={options}
      loading={loading}
      placeholder={placeholder}
      notFoundContent={loading ? t('common.loading') : error ? t('errors.loadFailed') : t('search.noResults')}
      data-testid={testId}
    />
  );
}
