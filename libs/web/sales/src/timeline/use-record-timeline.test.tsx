import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { AccountTimelineDocument, LeadTimelineDocument } from '@rapport/web-data-access';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { TIMELINE_PAGE_SIZE, useAccountTimeline, useLeadTimeline } from './use-record-timeline';

const event = (id: string) => ({
  __typename: 'TimelineEdge' as const,
  cursor: id,
  node: { __typename: 'TimelineItem' as const, id, type: 'NOTE', summary: id, payload: '{}', occurredAt: '2026-01-01T00:00:00Z', actor: null },
});

const page = (ids: string[], endCursor: string | null) => ({
  __typename: 'TimelineConnection' as const,
  pageInfo: { __typename: 'PageInfo' as const, hasNextPage: endCursor !== null, endCursor },
  edges: ids.map(event),
});

const wrapper =
  (mocks: MockLink.MockedResponse[]) =>
  ({ children }: { children: ReactNode }) => <MockedProvider mocks={mocks}>{children}</MockedProvider>;

const shownIds = (source: { page?: { edges: readonly { node: { id: string } }[] } }) => source.page?.edges.map((e) => e.node.id);

describe('useRecordTimeline', { timeout: 30_000 }, () => {
  it('appends the next lead page without repeating events, and asks the lead API for no types', async () => {
    const lead = (timeline: ReturnType<typeof page>) => ({ lead: { __typename: 'Lead' as const, id: 'l1', timeline } });
    const mocks = [
      { request: { query: LeadTimelineDocument, variables: { id: 'l1', first: TIMELINE_PAGE_SIZE } }, result: { data: lead(page(['e1', 'e2'], 'c2')) } },
      {
        request: { query: LeadTimelineDocument, variables: { id: 'l1', first: TIMELINE_PAGE_SIZE, after: 'c2' } },
        result: { data: lead(page(['e2', 'e3'], null)) },
      },
    ];
    const { result } = renderHook(() => useLeadTimeline('l1'), { wrapper: wrapper(mocks) });
    await waitFor(() => expect(shownIds(result.current)).toEqual(['e1', 'e2']));
    expect(result.current.serverFilters).toBe(false);

    act(() => result.current.loadMore());
    await waitFor(() => expect(shownIds(result.current)).toEqual(['e1', 'e2', 'e3']));
    expect(result.current.page?.pageInfo.hasNextPage).toBe(false);
    await waitFor(() => expect(result.current.loadingMore).toBe(false));
  });

  it('sends the chosen types to the account API and pages the account timeline the same way', async () => {
    const account = (timeline: ReturnType<typeof page>) => ({ account: { __typename: 'Account' as const, id: 'a1', timeline } });
    const mocks = [
      {
        request: { query: AccountTimelineDocument, variables: { id: 'a1', first: TIMELINE_PAGE_SIZE, types: ['NOTE'] } },
        result: { data: account(page(['n1'], 'c1')) },
      },
      {
        request: { query: AccountTimelineDocument, variables: { id: 'a1', first: TIMELINE_PAGE_SIZE, types: ['NOTE'], after: 'c1' } },
        result: { data: account(page(['n2'], null)) },
      },
    ];
    const { result } = renderHook(() => useAccountTimeline('a1', ['NOTE']), { wrapper: wrapper(mocks) });
    await waitFor(() => expect(shownIds(result.current)).toEqual(['n1']));
    expect(result.current.serverFilters).toBe(true);

    act(() => result.current.loadMore());
    await waitFor(() => expect(shownIds(result.current)).toEqual(['n1', 'n2']));
  });
});
