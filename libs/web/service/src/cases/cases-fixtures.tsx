import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import {
  CasePageDocument,
  CasesDocument,
  CaseStatusesDocument,
  createCache,
  type CaseMessageFieldsFragment,
  type CaseMilestoneFieldsFragment,
  type CasePageQuery,
  type CaseRowFragment,
  type CasesQueryVariables,
  type Role,
  CaseWorkOrdersDocument,
  CaseKnowledgeDocument,
  TeamsDocument,
} from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { i18n, nameAntdControls } from '@rapport/web-ui';
import { customFieldsMock, grantsFor, rolesMock, savedViewsMock } from '@rapport/web-testing';
import { render } from '@testing-library/react';
import { App } from 'antd';
import axe from 'axe-core';
import type { RouteObject } from 'react-router';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { SlaNowContext } from './sla-timers';

// Hand-made answers of the case queries for the case screens' tests.

/** The instant the timers read in the tests. */
export const NOW = Date.parse('2026-12-07T02:00:00.000Z');
const at = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString();

export function meWith(role: Role, permissions = grantsFor(role)) {
  return { __typename: 'User' as const, id: 'u-me', email: 'me@example.com', name: 'Sam Service', role, locale: 'EN' as const, team: null, permissions };
}

export function aCase(id: string, over: Partial<CaseRowFragment> = {}): CaseRowFragment {
  return {
    __typename: 'Case',
    id,
    number: `CS-2026-00000${id.slice(-1)}`,
    subject: `Pump ${id} leaks`,
    description: null,
    status: 'open',
    priority: 'NORMAL',
    type: 'INCIDENT',
    channel: 'EMAIL',
    slaDueAt: at(120),
    slaBreached: false,
    createdAt: '2026-12-01T02:00:00.000Z',
    updatedAt: '2026-12-01T02:00:00.000Z',
    closedAt: null,
    resolvedAt: null,
    firstResponseAt: null,
    customFields: {},
    teamId: 't-1',
    account: { __typename: 'Account', id: 'a-1', name: 'Acme Pumps' },
    contact: { __typename: 'Contact', id: 'c-1', name: 'Ann Wu' },
    owner: { __typename: 'UserRef', id: 'u-agent', name: 'Alex Agent' },
    ...over,
  };
}

export function statusesMock(): MockLink.MockedResponse {
  const s = (key: string, name: string, category: string, clockRuns: boolean, position: number) => ({ __typename: 'CaseStatus', key, name, category, clockRuns, position });
  return {
    request: { query: CaseStatusesDocument, variables: () => true },
    result: {
      data: {
        caseStatuses: [s('new', 'New', 'NEW', true, 1), s('open', 'Open', 'OPEN', true, 2), s('waiting_customer', 'Waiting on customer', 'WAITING', false, 3), s('resolved', 'Resolved', 'RESOLVED', false, 4)],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

export function casesMock(cases: CaseRowFragment[], asked: CasesQueryVariables[] = [], totalCount = cases.length): MockLink.MockedResponse {
  return {
    request: { query: CasesDocument, variables: () => true },
    result: (v: CasesQueryVariables) => {
      asked.push(v);
      return {
        data: {
          cases: {
            __typename: 'CaseConnection',
            totalCount,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: cases.at(-1)?.id ?? null },
            edges: cases.map((node) => ({ __typename: 'CaseEdge', cursor: node.id, node })),
          },
        },
      };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

export function milestone(kind: CaseMilestoneFieldsFragment['kind'], over: Partial<CaseMilestoneFieldsFragment> = {}): CaseMilestoneFieldsFragment {
  return { __typename: 'SlaMilestone', kind, targetMinutes: 240, spentMinutes: 60, state: 'RUNNING', dueAt: at(150), warnAt: at(90), completedAt: null, late: false, ...over };
}

export function message(id: string, over: Partial<CaseMessageFieldsFragment> = {}): CaseMessageFieldsFragment {
  return {
    __typename: 'CaseMessage',
    id,
    caseId: 'k-1',
    direction: 'INBOUND',
    channel: 'EMAIL',
    subject: 'Pump leaks',
    body: 'Our pump leaks again.',
    fromAddress: 'ann@acme.example',
    toAddresses: [],
    phoneNumber: null,
    line: null,
    durationSeconds: null,
    authorId: null,
    contactId: 'c-1',
    createdAt: '2026-12-01T02:00:00.000Z',
    sentAt: null,
    attachments: [],
    refusedAttachments: [],
    ...over,
  };
}

/** A kept file of a message, as the thread lists it. */
export function attachment(id: string, filename: string, contentType: string, size: number): CaseMessageFieldsFragment['attachments'][number] {
  return { __typename: 'CaseAttachment', id, filename, contentType, size, url: `/api/v1/cases/k-1/attachments/${id}` };
}

type CaseOnPage = NonNullable<CasePageQuery['case']>;

export function caseOnPage(over: Partial<CaseOnPage> = {}): CaseOnPage {
  return {
    ...aCase('k-1'),
    description: 'Leaks at the seal.',
    firstResponseAt: null,
    sla: { __typename: 'CaseSla', policyId: 'p-1', entitlementId: 'e-1', milestones: [milestone('FIRST_RESPONSE')] },
    viewerCan: { __typename: 'CaseViewerCan', update: true, reply: true, addNote: true },
    messages: [message('m-1')],
    splitFromId: null,
    opportunityId: null,
    orderId: null,
    order: null,
    opportunity: null,
    history: [{ __typename: 'CaseHistoryEntry', kind: 'created', at: '2026-12-01T02:00:00.000Z', actorId: 'u-agent', relatedCaseId: null, relatedCaseNumber: null, queueName: null, routing: null }],
    ...over,
  };
}

export function casePageMock(kase: CaseOnPage | null): MockLink.MockedResponse {
  return { request: { query: CasePageDocument, variables: () => true }, result: { data: { case: kase } }, maxUsageCount: Number.POSITIVE_INFINITY } as MockLink.MockedResponse;
}

/** The case page's visits card: none planned, no skills set up (its own tests mock it fully). */
export function noVisitsMock(): MockLink.MockedResponse {
  return {
    request: { query: CaseWorkOrdersDocument, variables: () => true },
    result: (v: { id: string }) => ({ data: { case: { __typename: 'Case', id: v.id, workOrders: [] }, serviceSkills: [] } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

/** The case page's knowledge card: nothing suggested, nothing linked (its own tests mock it fully). */
export function noKnowledgeMock(): MockLink.MockedResponse {
  return {
    request: { query: CaseKnowledgeDocument, variables: () => true },
    result: (v: { caseId: string }) => ({ data: { knowledgeSuggestions: [], case: { __typename: 'Case', id: v.caseId, knowledgeArticles: [] } } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

/** The teams the viewer may see (the case list's team column and filter): one, "Hotline". */
export function teamsMock(): MockLink.MockedResponse {
  const node = { __typename: 'Team', id: 't-1', name: 'Hotline', memberCount: 3, createdAt: '2026-01-01T00:00:00.000Z', parent: null, manager: null };
  return {
    request: { query: TeamsDocument, variables: () => true },
    result: { data: { teams: { __typename: 'TeamConnection', totalCount: 1, edges: [{ __typename: 'TeamEdge', node }] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

/**
 * Renders routes at a path for a role, with the timers' clock fixed at NOW. The case list's tools
 * find no custom fields and no saved views unless `mocks` (matched first) say otherwise.
 */
export function renderRoutes(routes: RouteObject[], path: string, mocks: MockLink.MockedResponse[], role: Role, permissions = grantsFor(role)) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <MockedProvider mocks={[...mocks, statusesMock(), rolesMock(), noVisitsMock(), noKnowledgeMock(), teamsMock(), customFieldsMock('CASE'), savedViewsMock('cases')]} cache={createCache()}>
      <App>
        <SessionContext.Provider value={meWith(role, permissions)}>
          <SlaNowContext.Provider value={() => NOW}>
            <RouterProvider router={router} />
          </SlaNowContext.Provider>
        </SessionContext.Provider>
      </App>
    </MockedProvider>,
  );
  return router;
}

/** axe's WCAG A/AA rules on the page (jsdom has no layout, so contrast is left to the e2e). */
export async function axeViolations(): Promise<string[]> {
  // The app names antd's unnamed controls (filter triggers, …) as they appear (LocalizedAntd).
  nameAntdControls(document.body, i18n.t);
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
