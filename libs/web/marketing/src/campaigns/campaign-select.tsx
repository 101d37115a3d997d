import { useQuery } from '@apollo/client/react';
import { CampaignOptionsDocument } from '@rapport/web-data-access';
import { IdSelect, useSearchText } from '@rapport/web-core';
import type { FieldControlProps } from '@rapport/web-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface CampaignSelectProps extends FieldControlProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The current campaign, so its name shows before any search. */
  current?: { id: string; name: string } | null;
  /** A campaign cannot roll up into itself. */
  excludeId?: string;
  'data-testid'?: string;
}

/** Picks a campaign by typing part of its name; the API searches, 20 at a time. */
export function CampaignSelect({ current, excludeId, ...props }: CampaignSelectProps) {
  const { t } = useTranslation();
  const { search, searchProps } = useSearchText();
  const { data, previousData, loading, error } = useQuery(CampaignOptionsDocument, {
    variables: { filter: search ? { name: { contains: search } } : undefined },
  });
  const options = useMemo(() => {
    const found = ((data ?? previousData)?.campaigns.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name })).filter((o) => o.value !== excludeId);
    if (current && !found.some((o) => o.value === current.id)) found.unshift({ value: current.id, label: current.name });
    return found;
  }, [data, previousData, current, excludeId]);
  return <IdSelect {...props} {...searchProps} allowClear options={options} loading={loading} failed={!!error} placeholder={t('marketing.pickParent')} />;
}
