import type { MockLink } from '@apollo/client/testing';
import { MeDocument, type CurrentUserFragment, type Role } from '@rapport/web-data-access';

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
