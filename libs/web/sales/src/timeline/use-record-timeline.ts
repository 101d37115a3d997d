import type { TypedDocumentNode } from '@apollo/client';
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

/** A timeline query's result: the record under `key`, carrying one timeline page. */
type TimelineResult<K extends string> = { [P in K]: { timeline: TimelinePageFragment } | null };

interface TimelineQueryVariables {
  id: string;
  first: number;
  after?: string | null;
  types?: string[] | null;
}

/**
 * The one hook behind every record timeline: which query and which result field
 * differ per record kind; paging, "load more" and merging pages do not.
 */
export function useRecordTimeline<K extends string, D extends TimelineResult<K>>(
  document: TypedDocumentNode<D, TimelineQueryVariables>,
  key: K,
  id: string,
  types: readonly string[] | null,
): TimelineSource {
  const [loadingMore, setLoadingMore] = useState(false);
  // `types: null` asks for every type; a kind whose API cannot filter passes no `types` at all.
  const serverFilters = types !== null;
  const q = useQuery(document, {
    variables: serverFilters
      ? { id, first: TIMELINE_PAGE_SIZE, types: types.length ? [...types] : null }
      : { id, first: TIMELINE_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const data = (q.data ?? q.previousData) as D | undefined;
  const page = data?.[key]?.timeline;
  const loadMore = () => {
    setLoadingMore(true);
    void q
      .fetchMore({
        variables: { after: page?.pageInfo.endCursor ?? null },
        updateQuery: (prev, { fetchMoreResult }) => {
          const shown = (prev as D)[key];
          const next = (fetchMoreResult as D)[key];
          return shown && next ? { ...prev, [key]: { ...shown, timeline: appendTimelinePage(shown.timeline, next.timeline) } } : prev;
        },
      })
      .finally(() => setLoadingMore(false));
  };
  return {
    page,
    loading: q.loading && !loadingMore,
    error: q.error,
    refetch: () => void q.refetch(),
    loadingMore,
    serverFilters,
    loadMore,
  };
}

export const useAccountTimeline = (id: string, types: readonly string[]) =>
  useRecordTimeline(AccountTimelineDocument, 'account', id, types);

export const useContactTimeline = (id: string, types: readonly string[]) =>
  useRecordTimeline(ContactTimelineDocument, 'contact', id, types);

/** Lead.timeline takes no `types`: the view filters the loaded events instead. */
export const useLeadTimeline = (id: string) => useRecordTimeline(LeadTimelineDocument, 'lead', id, null);
