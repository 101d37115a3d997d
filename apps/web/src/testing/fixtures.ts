import type { MockLink } from '@apollo/client/testing';
import { MeDocument, SalesOverviewDocument, type CurrentUserFragment, type Role } from '@rapport/web-data-access';

export function meMock(role: Role = 'ADMIN'): MockLink.MockedResponse {
  const me: CurrentUserFragment = {
    __typename: 'User',
    id: 'u-admin',
    email: 'ada@example.com',
    name: 'Ada Admin',
    role,
    locale: 'EN',
    team: null,
  };
  return { request: { query: MeDocument }, result: { data: { me } }, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** The Sales start page's counts (the landing page of most tests). */
export function salesOverviewMock(meId = 'u-admin'): MockLink.MockedResponse {
  const count = (typename: string, totalCount: number) => ({ __typename: typename, totalCount });
  return {
    request: { query: SalesOverviewDocument, variables: { me: meId } },
    result: {
      data: {
        accounts: count('AccountConnection', 240),
        contacts: count('ContactConnection', 1000),
        openOpportunities: count('OpportunityConnection', 180),
        openLeads: count('LeadConnection', 420),
        myOpenActivities: count('ActivityConnection', 7),
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
