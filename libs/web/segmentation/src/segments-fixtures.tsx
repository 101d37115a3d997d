import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import {
  createCache,
  SegmentConditionsDocument,
  SegmentOwnersDocument,
  SegmentsDocument,
  type CurrentUserFragment,
  type Role,
  type SegmentConditionsQuery,
  type SegmentDetailFragment,
} from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { customFieldsMock, grantsFor, rolesMock } from '@rapport/web-testing';
import { render } from '@testing-library/react';
import { App } from 'antd';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { SEGMENTATION_ROUTES } from './routes';

// Hand-made answers of the segment queries for the segment screens' tests.

export function meWith(role: Role, id = 'u-mia'): CurrentUserFragment {
  return { __typename: 'User', id, email: 'mia@example.com', name: 'Mia Marketer', role, locale: 'EN', team: null, permissions: grantsFor(role) };
}

/** The segment routes on their own, with the session of `role` and the mocked API. */
export function renderAt(path: string, mocks: MockLink.MockedResponse[], role: Role = 'MARKETER', meId = 'u-mia') {
  const router = createMemoryRouter([...SEGMENTATION_ROUTES, { path: '/sales/contacts/:id', element: <p>contact page</p> }], { initialEntries: [path] });
  render(
    <MockedProvider mocks={[...mocks, rolesMock(), customFieldsMock('CONTACT'), customFieldsMock('ACCOUNT')]} cache={createCache()}>
      <App>
        <SessionContext.Provider value={meWith(role, meId)}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </App>
    </MockedProvider>,
  );
  return router;
}

export function aSegment(id: string, over: Partial<SegmentDetailFragment> = {}): SegmentDetailFragment {
  return {
    __typename: 'Segment',
    id,
    name: `Segment ${id}`,
    description: null,
    dynamic: true,
    memberCount: 1280,
    refreshedAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
    refreshMinutes: 1440,
    ownerId: 'u-mia',
    archivedAt: null,
    rule: { type: 'and', rules: [] },
    createdAt: '2026-12-01T02:00:00Z',
    updatedAt: '2026-12-01T02:00:00Z',
    ...over,
  };
}

export function segmentsMock(segments: SegmentDetailFragment[], asked: unknown[] = []): MockLink.MockedResponse {
  return {
    request: { query: SegmentsDocument, variables: () => true },
    result: (v: { includeArchived?: boolean }) => {
      asked.push(v);
      return { data: { segments: segments.filter((s) => v.includeArchived || !s.archivedAt) } };
    },
    maxUsageCount: 20,
  };
}

export function ownersMock(users: { id: string; name: string }[]): MockLink.MockedResponse {
  return {
    request: { query: SegmentOwnersDocument, variables: () => true },
    result: { data: { users: { __typename: 'UserConnection', edges: users.map((u) => ({ __typename: 'UserEdge', node: { __typename: 'User', ...u } })) } } },
    maxUsageCount: 20,
  };
}

type Condition = SegmentConditionsQuery['segmentConditions'][number];
const param = (name: string, type: string, over: Partial<Condition['params'][number]> = {}): Condition['params'][number] => ({
  __typename: 'SegmentConditionParam',
  name,
  type,
  required: false,
  choices: null,
  min: null,
  max: null,
  lookup: null,
  ...over,
});
const WINDOW = [param('min', 'integer', { min: 0, max: 100000 }), param('max', 'integer', { min: 0, max: 100000 }), param('lastDays', 'integer', { min: 1, max: 36500 }), param('from', 'date'), param('to', 'date')];

/** Part of the API's catalogue, as `segmentConditions` gives it. */
export const CATALOGUE: Condition[] = [
  { __typename: 'SegmentConditionType', key: 'contact.field', group: 'contact', params: [param('field', 'text', { required: true }), param('op', 'choice', { required: true, choices: ['eq', 'ne', 'in', 'contains', 'startsWith', 'isNull', 'gt', 'gte', 'lt', 'lte'] }), param('value', 'json')] },
  { __typename: 'SegmentConditionType', key: 'activities.count', group: 'behaviour', params: [param('types', 'choices', { choices: ['call', 'meeting', 'task', 'note', 'email'] }), ...WINDOW] },
  {
    __typename: 'SegmentConditionType',
    key: 'orders.aggregate',
    group: 'orders',
    params: [param('measure', 'choice', { required: true, choices: ['count', 'sum', 'average'] }), param('op', 'choice', { required: true, choices: ['gte', 'gt', 'lte', 'lt', 'eq'] }), param('value', 'number', { required: true, min: 0 }), param('lastDays', 'integer', { min: 1 })],
  },
  { __typename: 'SegmentConditionType', key: 'metrics.churnRisk', group: 'metrics', params: [param('bands', 'choices', { required: true, choices: ['low', 'medium', 'high'] })] },
  { __typename: 'SegmentConditionType', key: 'segments.member', group: 'segments', params: [param('segmentId', 'id', { required: true, lookup: 'segment' })] },
  // A later domain's condition: shown from its parameter specs alone.
  { __typename: 'SegmentConditionType', key: 'service.openCases', group: 'service', params: [param('minAge', 'integer', { min: 0 })] },
];

export function catalogueMock(): MockLink.MockedResponse {
  return { request: { query: SegmentConditionsDocument }, result: { data: { segmentConditions: CATALOGUE } } };
}

export const member = (id: string, firstName: string, lastName: string, email: string | null, accountName: string | null) => ({ __typename: 'SegmentMember' as const, id, firstName, lastName, email, accountName });

/**
 * axe's WCAG A/AA rules on the page (as the browser e2e runs them; jsdom has no layout, so contrast
 * is left to the e2e): the rules that would fail, with where.
 */
export async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
