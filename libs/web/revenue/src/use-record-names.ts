import { useQuery } from '@apollo/client/react';
import { RevenueRecordNamesDocument, type Role } from '@rapport/web-data-access';
import { useMemo } from 'react';

export interface RecordIds {
  opportunityIds?: readonly (string | null | undefined)[];
  accountIds?: readonly (string | null | undefined)[];
  userIds?: readonly (string | null | undefined)[];
}

export interface RecordNames {
  opportunity: (id: string | null | undefined) => string | undefined;
  account: (id: string | null | undefined) => string | undefined;
  user: (id: string | null | undefined) => string | undefined;
  /** The person's role, e.g. to know whose discount tolerance applies. */
  userRole: (id: string | null | undefined) => Role | undefined;
  loading: boolean;
}

// The API caps a page at 100; names beyond that show as "—", which is fine for one screen of rows.
const unique = (ids: readonly (string | null | undefined)[] = []) => [...new Set(ids.filter((id): id is string => !!id))].sort().slice(0, 100);

/**
 * Quotes, commitments and conflicts carry bare ids. One query names the deals, customers and
 * people on screen — only those the caller may see, so a rep sees no manager's name.
 */
export function useRecordNames(ids: RecordIds): RecordNames {
  const opportunityIds = unique(ids.opportunityIds);
  const accountIds = unique(ids.accountIds);
  const userIds = unique(ids.userIds);
  const variables = {
    opportunityIds,
    accountIds,
    userIds,
    withOpportunities: opportunityIds.length > 0,
    withAccounts: accountIds.length > 0,
    withUsers: userIds.length > 0,
  };
  const skip = !variables.withOpportunities && !variables.withAccounts && !variables.withUsers;
  const { data, previousData, loading } = useQuery(RevenueRecordNamesDocument, { variables, skip });
  const shown = data ?? previousData;
  return useMemo(() => {
    const map = (edges: readonly { node: { id: string; name: string } }[] | undefined) => new Map((edges ?? []).map((e) => [e.node.id, e.node.name]));
    const opportunities = map(shown?.opportunities?.edges);
    const accounts = map(shown?.accounts?.edges);
    const users = map(shown?.users?.edges);
    const roles = new Map((shown?.users?.edges ?? []).map((e) => [e.node.id, e.node.role]));
    return {
      opportunity: (id) => (id ? opportunities.get(id) : undefined),
      account: (id) => (id ? accounts.get(id) : undefined),
      user: (id) => (id ? users.get(id) : undefined),
      userRole: (id) => (id ? roles.get(id) : undefined),
      loading,
    };
  }, [shown, loading]);
}
