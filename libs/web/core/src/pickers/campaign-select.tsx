import { useQuery } from '@apollo/client/react';
import { CampaignOptionsDocument } from '@rapport/web-data-access';
import { IdSelect, useSearchText } from './id-select';
import type { FieldControlProps } from '@rapport/web-ui';
import type { FieldControl } from '../records/record-form-items';
import { useCan } from '../session/permissions';
import { useMemo } from 'react';

export interface CampaignSelectProps extends FieldControlProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The current campaign, so its name shows before any search. */
  current?: { id: string; name: string } | null;
  /** A campaign cannot roll up into itself. */
  excludeId?: string;
  placeholder?: string;
  'data-testid'?: string;
}

/**
 * Picks a campaign by typing part of its name; the API searches, 20 at a time. Used by marketing's
 * own forms (a parent campaign) and by sales' lead and deal forms (the campaign they came from).
 */
export function CampaignSelect({ current, excludeId, placeholder, ...props }: CampaignSelectProps) {
  const { search, searchProps } = useSearchText();
  const { data, previousData, loading, error } = useQuery(CampaignOptionsDocument, {
    variables: { filter: search ? { name: { contains: search } } : undefined },
  });
  const options = useMemo(() => {
    const found = ((data ?? previousData)?.campaigns.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name })).filter((o) => o.value !== excludeId);
    if (current && !found.some((o) => o.value === current.id)) found.unshift({ value: current.id, label: current.name });
    return found;
  }, [data, previousData, current, excludeId]);
  return <IdSelect {...props} {...searchProps} allowClear options={options} loading={loading} failed={!!error} placeholder={placeholder} />;
}

/**
 * The `campaignId` control of a lead's or a deal's form: readers of campaigns pick one; the others
 * get no control, so their saves neither show nor send it (see `campaignInputOf`).
 */
export function useCampaignControl(current: { id: string; name: string } | null | undefined, testId: string): Record<string, FieldControl> {
  const canRead = useCan('campaign', 'read');
  return canRead ? { campaignId: { control: <CampaignSelect current={current} data-testid={testId} /> } } : {};
}

/** The picked campaign for an input, only where the form had the picker (a cleared one is null). */
export function campaignInputOf(values: Record<string, unknown>): { campaignId?: string | null } {
  return 'campaignId' in values ? { campaignId: (values['campaignId'] as string | undefined) ?? null } : {};
}
