import type { MockLink } from '@apollo/client/testing';
import { LeadDocument, type ActivityRowFragment, type LeadDetailFragment, type LeadRowFragment } from '@rapport/web-data-access';

/** A lead as the lead page loads it. */
export function leadDetail(overrides: Partial<LeadDetailFragment> = {}): LeadDetailFragment {
  return {
    __typename: 'Lead',
    id: 'l1',
    customFields: {},
    name: 'Ann Wu',
    firstName: 'Ann',
    lastName: 'Wu',
    company: 'Globex',
    title: null,
    email: 'ann@globex.example',
    phone: null,
    source: 'WEB',
    status: 'NEW',
    score: 40,
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    owner: { __typename: 'UserRef', id: 'u-rep', name: 'Rita Rep' },
    campaignSource: null,
    campaign: null,
    productInterest: null,
    timeZone: null,
    country: null,
    region: null,
    message: null,
    slaDueAt: null,
    convertedAt: null,
    viewerCan: { __typename: 'LeadViewerCan', update: true, share: true, merge: true, convert: overrides.status !== 'CONVERTED' },
    ...overrides,
  };
}

/** A lead as the lead lists show it (the same fields as the page's): `id` names it, and its email follows from it. */
export function leadRow(id: string, overrides: Partial<LeadRowFragment> = {}): LeadRowFragment {
  return leadDetail({ id, email: `${id}@example.com`, ...overrides });
}

export function leadMock(lead: LeadDetailFragment): MockLink.MockedResponse {
  return { request: { query: LeadDocument, variables: { id: lead.id } }, result: { data: { lead } }, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** An activity as lists and record pages show it: a rep's open call on an account. */
export function activityRow(overrides: Partial<ActivityRowFragment> = {}): ActivityRowFragment {
  return {
    __typename: 'Activity',
    id: 'act-1',
    type: 'CALL',
    subject: 'Call about the renewal',
    body: null,
    dueAt: null,
    done: false,
    doneAt: null,
    occurredAt: '2026-11-01T10:00:00Z',
    reminderAt: null,
    createdAt: '2026-11-01T10:00:00Z',
    accountId: 'a-1',
    contactId: null,
    leadId: null,
    opportunityId: null,
    owner: { __typename: 'UserRef', id: 'u-rep', name: 'Rita Rep' },
    viewerCan: { __typename: 'ActivityViewerCan', update: true, complete: true },
    account: { __typename: 'Account', id: 'a-1', name: 'Stark Trading Inc.' },
    contact: null,
    lead: null,
    opportunity: null,
    ...overrides,
  };
}
