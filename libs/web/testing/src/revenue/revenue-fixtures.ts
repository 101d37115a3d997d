import type { MockLink } from '@apollo/client/testing';
import {
  MeDocument,
  QuoteOpportunityDocument,
  RevenueRecordNamesDocument,
  type CommitmentRowFragment,
  type CurrentUserFragment,
  type QuoteApprovalFieldsFragment,
  type QuoteDetailFragment,
  type QuoteLineFieldsFragment,
  type Role,
} from '@rapport/web-data-access';
import type { DocumentNode } from 'graphql';
import { grantsFor } from '../fixtures';

// Test data for the revenue screens' render tests (vitest only; no screen imports this).

export const TEAM = { __typename: 'Team' as const, id: 't-east', name: 'Sales East' };
export const PEOPLE: Record<string, { name: string; role: Role }> = {
  'u-rita': { name: 'Rita Rep', role: 'SALES_REP' },
  'u-wang': { name: 'Wang Min', role: 'SALES_MANAGER' },
  'u-admin': { name: 'Ada Admin', role: 'ADMIN' },
};
export const DEALS: Record<string, string> = { 'o-1': 'Stark Trading – CRM Suite' };
export const ACCOUNTS: Record<string, string> = { 'a-1': 'Stark Trading Inc.' };

/** The signed-in person, with a team (forecasts default to it). */
export function signedIn(id: keyof typeof PEOPLE & string): MockLink.MockedResponse {
  const person = PEOPLE[id]!;
  const me: CurrentUserFragment = { __typename: 'User', id, email: `${id}@example.com`, name: person.name, role: person.role, locale: 'EN', team: person.role === 'ADMIN' ? null : TEAM, permissions: grantsFor(person.role) };
  return { request: { query: MeDocument }, result: { data: { me } }, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** The deal a quote is on (o-1), with whether the viewer may quote on it (its `viewerCan.createQuote`). */
export function quoteOpportunityMock(createQuote = true): MockLink.MockedResponse {
  return always(QuoteOpportunityDocument, {
    opportunity: {
      __typename: 'Opportunity',
      id: 'o-1',
      name: DEALS['o-1'],
      currency: 'CNY',
      account: { __typename: 'Account', id: 'a-1', name: ACCOUNTS['a-1'] },
      viewerCan: { __typename: 'OpportunityViewerCan', createQuote },
    },
  });
}

/** Any variables: for queries whose exact variables are not what the test is about. */
export function always(query: DocumentNode, data: Record<string, unknown>): MockLink.MockedResponse {
  return { request: { query, variables: () => true }, result: { data }, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** Names of whatever ids a screen asks for, from the directories above. */
export function namesMock(): MockLink.MockedResponse {
  const edges = <T>(typename: string, ids: string[], name: (id: string) => T | undefined, extra: (id: string) => object = () => ({})) => ({
    __typename: `${typename}Connection`,
    edges: ids.filter((id) => name(id) !== undefined).map((id) => ({ __typename: `${typename}Edge`, node: { __typename: typename, id, name: name(id), ...extra(id) } })),
  });
  return {
    request: { query: RevenueRecordNamesDocument, variables: () => true },
    result: (v: Record<string, unknown>) => ({
      data: {
        ...(v['withOpportunities'] ? { opportunities: edges('Opportunity', v['opportunityIds'] as string[], (id) => DEALS[id]) } : {}),
        ...(v['withAccounts'] ? { accounts: edges('Account', v['accountIds'] as string[], (id) => ACCOUNTS[id]) } : {}),
        ...(v['withUsers'] ? { users: edges('User', v['userIds'] as string[], (id) => PEOPLE[id]?.name, (id) => ({ role: PEOPLE[id]?.role })) } : {}),
      },
    }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function line(overrides: Partial<QuoteLineFieldsFragment> = {}): QuoteLineFieldsFragment {
  return {
    __typename: 'QuoteLine',
    id: 'l-1',
    lineNo: 1,
    productId: 'p-seat',
    sku: 'CRM-SEAT',
    productName: 'Cloud seat',
    productLine: 'software',
    quantity: 10,
    unitPrice: 1200,
    discountPercent: 15,
    netAmount: 10200,
    priceSource: 'standard',
    priceBookId: 'b-std',
    ...overrides,
  };
}

export function approval(overrides: Partial<QuoteApprovalFieldsFragment> = {}): QuoteApprovalFieldsFragment {
  return {
    __typename: 'QuoteApproval',
    id: 'ap-1',
    status: 'pending',
    reasonCode: 'competitive',
    note: 'Competitor offered 18 %',
    requestedBy: 'u-rita',
    requestedAt: '2026-11-20T09:00:00Z',
    approverId: 'u-wang',
    decidedAt: null,
    decisionNote: null,
    ...overrides,
  };
}

/** What the quote's owner (a rep) may do with a quote in this status, as the API's `viewerCan` says. */
export function ownersViewerCan(status: string): QuoteDetailFragment['viewerCan'] {
  const editable = status === 'draft' || status === 'rejected';
  return { __typename: 'QuoteViewerCan', update: editable, submit: editable, accept: status === 'approved', decide: false, unlock: false };
}

export function quote(overrides: Partial<QuoteDetailFragment> = {}): QuoteDetailFragment {
  return {
    viewerCan: ownersViewerCan(overrides.status ?? 'draft'),
    __typename: 'Quote',
    id: 'q-1',
    name: 'Stark Trading – CRM Suite v1',
    version: 1,
    status: 'draft',
    locked: false,
    currency: 'CNY',
    subtotal: 10200,
    total: 10200,
    discountPercent: 0,
    validUntil: '2026-12-20',
    language: 'en',
    opportunityId: 'o-1',
    accountId: 'a-1',
    ownerId: 'u-rita',
    createdAt: '2026-11-20T08:00:00Z',
    acceptedAt: null,
    notes: null,
    pricedOn: '2026-11-20',
    lines: [line()],
    approvals: [],
    ...overrides,
  };
}

export function connection<T extends { id: string }>(typename: string, nodes: T[]) {
  return {
    __typename: `${typename}Connection`,
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: nodes.map((node) => ({ __typename: `${typename}Edge`, cursor: node.id, node })),
  };
}

export function commitment(overrides: Partial<CommitmentRowFragment> = {}): CommitmentRowFragment {
  return {
    __typename: 'Commitment',
    id: 'c-1',
    kind: 'follow_up',
    description: 'Send the security white paper',
    status: 'open',
    dueAt: '2099-01-10T16:00:00Z',
    accountId: 'a-1',
    opportunityId: 'o-1',
    contactId: null,
    ownerId: 'u-rita',
    resolvedAt: null,
    createdAt: '2026-11-01T08:00:00Z',
    viewerCan: { __typename: 'CommitmentViewerCan', resolve: true },
    ...overrides,
  };
}
