import { useQuery } from '@apollo/client/react';
import { MailingCampaignsDocument } from '@rapport/web-data-access';
import { useMemo } from 'react';

export interface CampaignName {
  id: string;
  name: string;
  type: string;
}

/**
 * The campaigns a page of mailings or one mailing names, by id: a mailing carries only ids. One
 * query for all of them (at most 100, the API's page cap); none when there are no ids.
 */
export function useCampaignNames(ids: readonly string[]) {
  const sorted = useMemo(() => [...new Set(ids)].sort(), [ids]);
  const { data, previousData, loading } = useQuery(MailingCampaignsDocument, { variables: { ids: sorted }, skip: sorted.length === 0 });
  const byId = useMemo(() => new Map<string, CampaignName>(((data ?? previousData)?.campaigns.edges ?? []).map(({ node }) => [node.id, node])), [data, previousData]);
  return { byId, loading };
}
