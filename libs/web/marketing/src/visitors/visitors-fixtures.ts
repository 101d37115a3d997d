import type { MockLink } from '@apollo/client/testing';
import {
  ContactWebActivityDocument,
  KnownVisitorsTodayDocument,
  LeadWebActivityDocument,
  type KnownVisitorRowFragment,
  type PageViewRowFragment,
  type WebActivitySummaryFragment,
} from '@rapport/web-data-access';
import { GraphQLError } from 'graphql';

// Hand-made answers of the visitor queries for the panel's and the page's tests.

export function pageView(id: string, url: string, title: string | null, viewedAt: string, productLines: string[] = []): PageViewRowFragment {
  return { __typename: 'PageView', id, url, page: url.replace(/^https?:\/\//, ''), title, viewedAt, productLines };
}

/** Page views, newest first, as the API pages them: `first` a page after the cursor (a view's id). */
export function activity(views: PageViewRowFragment[], v: { first?: number | null; after?: string | null }, extra: Partial<WebActivitySummaryFragment> = {}): WebActivitySummaryFragment {
  const start = v.after ? views.findIndex((p) => p.id === v.after) + 1 : 0;
  const page = views.slice(start, start + (v.first ?? 20));
  return {
    __typename: 'WebActivity',
    lastSeenAt: views[0]?.viewedAt ?? null,
    viewsThisWeek: 0,
    recentPages: [],
    interests: [],
    pageViews: {
      __typename: 'PageViewConnection',
      totalCount: views.length,
      totalCountCapped: false,
      pageInfo: { __typename: 'PageInfo', hasNextPage: start + page.length < views.length, endCursor: page.at(-1)?.id ?? null },
      edges: page.map((node) => ({ __typename: 'PageViewEdge', cursor: node.id, node })),
    },
    ...extra,
  };
}

type ActivityVars = { id: string; first?: number | null; after?: string | null };

/** The contact's or lead's `webActivity`: made from the variables, null (never identified), or an error. */
export function activityMock(kind: 'contact' | 'lead', id: string, answer: ((v: ActivityVars) => WebActivitySummaryFragment) | null | GraphQLError, asked: ActivityVars[] = []): MockLink.MockedResponse {
  return {
    request: { query: kind === 'contact' ? ContactWebActivityDocument : LeadWebActivityDocument, variables: (v: ActivityVars) => v.id === id },
    result: (v: ActivityVars) => {
      asked.push(v);
      if (answer instanceof GraphQLError) return { errors: [answer] };
      const webActivity = answer ? answer(v) : null;
      return { data: { [kind]: { __typename: kind === 'contact' ? 'Contact' : 'Lead', id, webActivity } } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function knownVisitor(id: string, person: { contact?: [string, string, string]; lead?: [string, string, string, string | null] }, lastUrl: string, lastTitle: string | null, viewsToday: number, lastSeenAt: string): KnownVisitorRowFragment {
  const [cId, cFirst, cLast] = person.contact ?? [];
  const [lId, lFirst, lLast, company] = person.lead ?? [];
  return {
    __typename: 'KnownVisitor',
    lastUrl,
    lastTitle,
    viewsToday,
    visitor: {
      __typename: 'WebVisitor',
      id,
      lastSeenAt,
      identifiedBy: 'form',
      contact: cId ? { __typename: 'Contact', id: cId, firstName: cFirst!, lastName: cLast!, name: `${cFirst} ${cLast}` } : null,
      lead: lId ? { __typename: 'Lead', id: lId, firstName: lFirst!, lastName: lLast!, name: `${lFirst} ${lLast}`, company: company ?? null } : null,
    },
  };
}

type TodayVars = { timeZone?: string | null; first?: number | null; after?: string | null };

/** Known visitors today as the API pages them (cursor: the visitor's id). */
export function knownTodayMock(all: KnownVisitorRowFragment[] | GraphQLError, asked: TodayVars[] = []): MockLink.MockedResponse {
  return {
    request: { query: KnownVisitorsTodayDocument, variables: () => true },
    result: (v: TodayVars) => {
      asked.push(v);
      if (all instanceof GraphQLError) return { errors: [all] };
      const start = v.after ? all.findIndex((r) => r.visitor.id === v.after) + 1 : 0;
      const page = all.slice(start, start + (v.first ?? 50));
      return {
        data: {
          knownVisitorsToday: {
            __typename: 'KnownVisitorConnection',
            totalCount: all.length,
            totalCountCapped: false,
            pageInfo: { __typename: 'PageInfo', hasNextPage: start + page.length < all.length, endCursor: page.at(-1)?.visitor.id ?? null },
            edges: page.map((node) => ({ __typename: 'KnownVisitorEdge', cursor: node.visitor.id, node })),
          },
        },
      };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
