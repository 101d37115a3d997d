import { useQuery } from '@apollo/client/react';
import {
  AccountTimelineDocument,
  ContactTimelineDocument,
  LeadTimelineDocument,
  type TimelinePageFragment,
} from '@rapport/web-data-access';
import { useState } from 'react';

export const TIMELINE_PAGE_SIZE = 20;

/** One record's timeline as the view needs it, whatever kind of record it belongs to. */
export interface TimelineSource {
  page: TimelinePageFragment | undefined;
  loading: boolean;
  error: unknown;
  refetch: () => void;
  loadMore: () => void;
  loadingMore: boolean;
  /** The API narrows by type; otherwise the view filters what it loaded. */
  serverFilters: boolean;
}

/** "Load more": the next page appended to what is shown, without repeating events. */
export function appendTimelinePage(shown: TimelinePageFragment, next: TimelinePageFragment): TimelinePageFragment {
  const seen = new Set(shown.edges.map((e) => e.node.id));
  return { ...next, edges: [...shown.edges, ...next.edges.filter((e) => !seen.has(e.node.id))] };
}

const typesVar = (types: readonly string[]) => (types.length ? [...types] : null);

function useLoadMore() {
  const [loadingMore, setLoadingMore] = useState(false);
  const run = (fetch: () => Promise<unknown>) => {
    setLoadingMore(true);
    void fetch().finally(() => setLoadingMore(false));
  };
  return { loadingMore, run };
}

export function useAccountTimeline(id: string, types: readonly string[]): TimelineSource {
  const more = useLoadMore();
  const q = useQuery(AccountTimelineDocument, {
    variables: { id, first: TIMELINE_PAGE_SIZE, types: typesVar(types) },
    notifyOnNetworkStatusChange: true,
  });
  const page = (q.data ?? q.previousData)?.account?.timeline;
  return {
    page,
    loading: q.loading && !more.loadingMore,
    error: q.error,
    refetch: () => void q.refetch(),
    loadingMore: more.loadingMore,
    serverFilters: true,
    loadMore: () =>
      more.run(() =>
        q.fetchMore({
          variables: { after: page?.pageInfo.endCursor ?? null },
          updateQuery: (prev, { fetchMoreResult }) =>
            prev.account && fetchMoreResult.account
              ? { ...prev, account: { ...prev.account, timeline: appendTimelinePage(prev.account.timeline, fetchMoreResult.account.timeline) } }
              : prev,
        }),
      ),
  };
}

export function useContactTimeline(id: string, types: readonly string[]): TimelineSource {
  const more = useLoadMore();
  const q = useQuery(ContactTimelineDocument, {
    variables: { id, first: TIMELINE_PAGE_SIZE, types: typesVar(types) },
    notifyOnNetworkStatusChange: true,
  });
  const page = (q.data ?? q.previousData)?.contact?.timeline;
  return {
    page,
    loading: q.loading && !more.loadingMore,
    error: q.error,
    refetch: () => void q.refetch(),
    loadingMore: more.loadingMore,
    serverFilters: true,
    loadMore: () =>
      more.run(() =>
        q.fetchMore({
          variables: { after: page?.pageInfo.endCursor ?? null },
          updateQuery: (prev, { fetchMoreResult }) =>
            prev.contact && fetchMoreResult.contact
              ? { ...prev, contact: { ...prev.contact, timeline: appendTimelinePage(prev.contact.timeline, fetchMoreResult.contact.timeline) } }
              : prev,
        }),
      ),
  };
}

/** Lead.timeline takes no `types`: the view filters the loaded events instead. */
export function useLeadTimeline(id: string): TimelineSource {
  const more = useLoadMore();
  const q = useQuery(LeadTimelineDocument, {
    variables: { id, first: TIMELINE_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const page = (q.data ?? q.previousData)?.lead?.timeline;
  return {
    page,
    loading: q.loading && !more.loadingMore,
    error: q.error,
    refetch: () => void q.refetch(),
    loadingMore: more.loadingMore,
    serverFilters: false,
    loadMore: () =>
      more.run(() =>
        q.fetchMore({
          variables: { after: page?.pageInfo.endCursor ?? null },
          updateQuery: (prev, { fetchMoreResult }) =>
            prev.lead && fetchMoreResult.lead
              ? { ...prev, lead: { ...prev.lead, timeline: appendTimelinePage(prev.lead.timeline, fetchMoreResult.lead.timeline) } }
              : prev,
        }),
      ),
  };
}
