import type { MockLink } from '@apollo/client/testing';
import {
  ContactCampaignsDocument,
  ContactConsentDocument,
  LeadCampaignsDocument,
  LeadConsentDocument,
  SubscriptionTypesDocument,
  type ConsentEventFieldsFragment,
  type ConsentStateFieldsFragment,
  type SubscriptionTypeFieldsFragment,
  type SuppressionFieldsFragment,
} from '@rapport/web-data-access';

/** Consent fixtures (issue 15) for the consent panel and the marketing consent screens. */

export function subscriptionType(overrides: Partial<SubscriptionTypeFieldsFragment> & Pick<SubscriptionTypeFieldsFragment, 'id' | 'key' | 'name'>): SubscriptionTypeFieldsFragment {
  return {
    __typename: 'SubscriptionType',
    canonicalName: overrides.name,
    names: {},
    description: null,
    doubleOptIn: false,
    requiresOptIn: true,
    active: true,
    ...overrides,
  };
}

export const NEWSLETTER = subscriptionType({ id: 'st-news', key: 'newsletter', name: 'Newsletter', names: { 'zh-CN': '新闻简报', 'zh-TW': '電子報' }, doubleOptIn: true });
export const PRODUCT_NEWS = subscriptionType({ id: 'st-product', key: 'product-news', name: 'Product news', requiresOptIn: false });
export const EVENTS = subscriptionType({ id: 'st-events', key: 'events', name: 'Events and seminars' });
export const OLD_DIGEST = subscriptionType({ id: 'st-old', key: 'digest', name: 'Weekly digest', active: false });
export const TYPES = [EVENTS, NEWSLETTER, PRODUCT_NEWS, OLD_DIGEST];

export function typesMock(types = TYPES): MockLink.MockedResponse {
  return { request: { query: SubscriptionTypesDocument }, result: { data: { subscriptionTypes: types } }, maxUsageCount: Number.POSITIVE_INFINITY };
}

export function state(address: string, typeId: string | null, status: ConsentStateFieldsFragment['status'], updatedAt = '2026-03-02T12:00:00Z'): ConsentStateFieldsFragment {
  return { __typename: 'Consent', address, status, updatedAt, subscriptionType: typeId ? { __typename: 'SubscriptionType', id: typeId } : null };
}

export function event(id: string, overrides: Partial<ConsentEventFieldsFragment> = {}): ConsentEventFieldsFragment {
  return {
    __typename: 'ConsentEvent',
    id,
    address: 'ann.wu@example.com',
    status: 'OPTED_IN',
    lawfulBasis: 'CONSENT',
    source: 'FORM',
    wordingVersion: null,
    ip: null,
    userAgent: null,
    recordedBy: null,
    occurredAt: '2026-03-02T12:00:00Z',
    subscriptionType: null,
    ...overrides,
  };
}

export function suppression(address: string, reason: SuppressionFieldsFragment['reason'], detail: string | null = null, createdAt = '2026-02-01T12:00:00Z'): SuppressionFieldsFragment {
  return { __typename: 'Suppression', address, reason, detail, softBounces: 0, createdAt };
}

export interface PersonFixture {
  emails: string[];
  consents?: ConsentStateFieldsFragment[];
  history?: ConsentEventFieldsFragment[];
  suppressions?: SuppressionFieldsFragment[];
  update?: boolean;
}

export function contactConsent(id: string, p: PersonFixture) {
  return {
    contact: {
      __typename: 'Contact' as const,
      id,
      emails: p.emails,
      viewerCan: { __typename: 'RecordViewerCan' as const, update: p.update ?? true, share: false, merge: false },
      consents: p.consents ?? [],
      consentHistory: p.history ?? [],
      suppressions: p.suppressions ?? [],
    },
  };
}

export function leadConsent(id: string, p: PersonFixture) {
  return {
    lead: {
      __typename: 'Lead' as const,
      id,
      email: p.emails[0] ?? null,
      viewerCan: { __typename: 'LeadViewerCan' as const, update: p.update ?? true, share: false, merge: false, convert: false },
      consents: p.consents ?? [],
      consentHistory: p.history ?? [],
      suppressions: p.suppressions ?? [],
    },
  };
}

/**
 * The contact's consent, answered with `answers` in turn (the last one again after that), counting
 * the requests; and its campaigns panel, quiet (none), since the slot shows both.
 */
export function contactMocks(id: string, answers: PersonFixture[], asked: { count: number } = { count: 0 }): MockLink.MockedResponse[] {
  return [
    {
      request: { query: ContactConsentDocument, variables: { id } },
      result: () => ({ data: contactConsent(id, answers[Math.min(asked.count++, answers.length - 1)]!) }),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    { request: { query: ContactCampaignsDocument, variables: { id } }, result: { data: { contact: { __typename: 'Contact', id, campaigns: [] } } }, maxUsageCount: Number.POSITIVE_INFINITY },
  ];
}

export function leadMocks(id: string, answer: PersonFixture): MockLink.MockedResponse[] {
  return [
    { request: { query: LeadConsentDocument, variables: { id } }, result: { data: leadConsent(id, answer) }, maxUsageCount: Number.POSITIVE_INFINITY },
    { request: { query: LeadCampaignsDocument, variables: { id } }, result: { data: { lead: { __typename: 'Lead', id, campaigns: [] } } }, maxUsageCount: Number.POSITIVE_INFINITY },
  ];
}
