import type { MockLink } from '@apollo/client/testing';
import {
  IntakePeopleDocument,
  RecentNotificationsDocument,
  UnreadNotificationCountDocument,
  type IntakeFactsFragment,
  type NotificationFieldsFragment,
  type RoutingRuleFieldsFragment,
  type UnansweredLeadRowFragment,
  type WebFormFieldsFragment,
} from '@rapport/web-data-access';

const forever = Number.POSITIVE_INFINITY;

export function intake(over: Partial<IntakeFactsFragment> = {}): IntakeFactsFragment {
  return {
    __typename: 'LeadIntake',
    receivedAt: '2026-11-03T01:00:00Z',
    routedAt: '2026-11-03T01:00:02Z',
    ruleId: 'rule-1',
    explanation: 'Rule “Web → Sales East” (source ∈ {web}) matched; round-robin chose Rita Rep.',
    // Routed before decisions were kept whole: only the English sentence.
    explanationJson: null,
    priority: 'normal',
    slaMinutes: 60,
    slaDueAt: '2026-11-03T02:00:00Z',
    firstResponseAt: null,
    slaState: 'breached',
    ...over,
  };
}

export function waitingLead(id: string, over: Partial<UnansweredLeadRowFragment> = {}): UnansweredLeadRowFragment {
  return {
    __typename: 'Lead',
    id,
    name: 'Ivy Chen',
    firstName: 'Ivy',
    lastName: 'Chen',
    company: 'Acme Robotics',
    email: 'ivy@acme.example.com',
    source: 'WEB',
    status: 'NEW',
    score: 55,
    grade: 'B',
    createdAt: '2026-11-03T01:00:00Z',
    owner: { __typename: 'UserRef', id: 'u-rita', name: 'Rita Rep' },
    intake: intake(),
    ...over,
  };
}

export function webForm(over: Partial<WebFormFieldsFragment> = {}): WebFormFieldsFragment {
  return {
    __typename: 'WebForm',
    id: 'form-1',
    name: 'Contact us',
    source: 'web',
    campaign: 'Website',
    redirectUrl: null,
    consentText: 'You may contact me.',
    consentRequired: true,
    active: true,
    createdAt: '2026-10-01T08:00:00Z',
    embedHtml: '<form method="post" action="http://localhost/api/public/leads"></form>',
    hostedUrl: 'http://localhost/api/public/forms/form-1',
    fields: [
      { __typename: 'WebFormFieldModel', key: 'lastName', label: 'Name', required: true },
      { __typename: 'WebFormFieldModel', key: 'email', label: 'Email', required: true },
    ],
    ...over,
  };
}

export function routingRule(id: string, name: string, position: number, over: Partial<RoutingRuleFieldsFragment> = {}): RoutingRuleFieldsFragment {
  return {
    __typename: 'RoutingRule',
    id,
    name,
    position,
    active: true,
    distribution: 'round_robin',
    summary: 'any lead',
    targetUserId: null,
    targetTeamId: 'team-east',
    criteria: {
      __typename: 'RoutingCriteriaModel',
      sources: ['web'],
      campaigns: null,
      countries: null,
      regions: null,
      productInterests: null,
      languages: null,
      minScore: null,
      maxScore: null,
      minEmployees: null,
      maxEmployees: null,
    },
    ...over,
  };
}

/** People and teams the routing screens name (answered once, asked by several cards). */
export function peopleMock(): MockLink.MockedResponse {
  const user = (id: string, name: string, role: 'SALES_REP' | 'SALES_MANAGER' | 'ADMIN') => ({
    __typename: 'User' as const,
    id,
    name,
    email: `${id}@example.com`,
    role,
    active: true,
    team: { __typename: 'Team' as const, id: 'team-east', name: 'Sales East' },
  });
  return {
    request: { query: IntakePeopleDocument },
    result: {
      data: {
        users: {
          __typename: 'UserConnection',
          edges: [user('u-rita', 'Rita Rep', 'SALES_REP'), user('u-bo', 'Bo Rep', 'SALES_REP'), user('u-mia', 'Mia Manager', 'SALES_MANAGER')].map((node) => ({ __typename: 'UserEdge', node })),
        },
        teams: { __typename: 'TeamConnection', edges: [{ __typename: 'TeamEdge', node: { __typename: 'Team', id: 'team-east', name: 'Sales East' } }] },
      },
    },
    maxUsageCount: forever,
  };
}

export function notification(id: string, over: Partial<NotificationFieldsFragment> = {}): NotificationFieldsFragment {
  return {
    __typename: 'Notification',
    id,
    kind: 'lead.assigned',
    title: 'New lead for you: Ivy Chen',
    body: 'Acme Robotics',
    payloadJson: JSON.stringify({ leadId: 'lead-1', path: '/sales/leads/lead-1' }),
    readAt: null,
    createdAt: new Date().toISOString(),
    ...over,
  };
}

/** The bell's unread count (polled) and its recent list. */
export function bellMocks(unread = 0, items: NotificationFieldsFragment[] = []): MockLink.MockedResponse[] {
  return [
    { request: { query: UnreadNotificationCountDocument }, result: { data: { unreadNotificationCount: unread } }, maxUsageCount: forever },
    { request: { query: RecentNotificationsDocument, variables: { first: 50 } }, result: { data: { notifications: items } }, maxUsageCount: forever },
  ];
}
