import type { MockLink } from '@apollo/client/testing';
import { EventDocument, EventRegistrationsDocument, EventsDocument, type EventDetailFragment, type EventRegistrationRowFragment, type EventsQueryVariables } from '@rapport/web-data-access';
import type { CurrentUserFragment, Role } from '@rapport/web-data-access';
import { GraphQLError } from 'graphql';

// Hand-made answers of the event queries for the events screens' tests.

/** The signed-in person, with the grants the test hands in (web-testing's `grantsFor(role)`). */
export function meWith(role: Role, permissions: CurrentUserFragment['permissions']): CurrentUserFragment {
  return { __typename: 'User', id: 'u-mia', email: 'mia@example.com', name: 'Mia Marketer', role, locale: 'EN', team: null, permissions };
}

export function anEvent(id: string, over: Partial<EventDetailFragment> = {}, counts: Partial<EventDetailFragment['counts']> = {}): EventDetailFragment {
  return {
    __typename: 'Event',
    id,
    createdAt: '2026-11-01T02:00:00Z',
    updatedAt: '2026-11-02T02:00:00Z',
    title: `Event ${id}`,
    localizedTitle: `Event ${id}`,
    titles: {},
    description: null,
    descriptions: {},
    type: 'SEMINAR',
    status: 'PUBLISHED',
    venue: 'Grand Hall',
    address: '1 Nanjing Road, Shanghai',
    onlineUrl: null,
    timeZone: 'Asia/Shanghai',
    // 14:00–17:00 in Shanghai.
    startsAt: '2026-12-20T06:00:00.000Z',
    endsAt: '2026-12-20T09:00:00.000Z',
    capacity: 120,
    registrationOpensAt: null,
    registrationClosesAt: null,
    form: {},
    agenda: {},
    sequence: 0,
    campaignId: 'camp-1',
    reminderHours: [168, 24],
    counts: { __typename: 'EventCounts', registered: 82, waitlisted: 5, cancelled: 3, attended: 38, noShow: 0, seatsLeft: 0, ...counts },
    ...over,
  } as EventDetailFragment;
}

export function registration(id: string, firstName: string, lastName: string, over: Partial<EventRegistrationRowFragment> = {}): EventRegistrationRowFragment {
  return {
    __typename: 'EventRegistration',
    id,
    eventId: 'e-1',
    status: 'registered',
    firstName,
    lastName,
    email: `${id}@example.com`,
    company: 'Acme Pumps',
    phone: null,
    createdAt: '2026-12-01T02:00:00Z',
    checkedInAt: null,
    walkIn: false,
    ...over,
  };
}

/** `events` as the API pages it: everything given, on one page; `asked` records the variables. */
export function eventsMock(events: EventDetailFragment[] | GraphQLError, asked: EventsQueryVariables[] = []): MockLink.MockedResponse {
  return {
    request: { query: EventsDocument, variables: () => true },
    result: (v: EventsQueryVariables) => {
      asked.push(v);
      if (events instanceof GraphQLError) return { errors: [events] };
      return {
        data: {
          events: {
            __typename: 'EventConnection',
            totalCount: events.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: events.at(-1)?.id ?? null },
            edges: events.map((node) => ({ __typename: 'EventEdge', cursor: node.id, node })),
          },
        },
      };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** `event(id)`, answered by `current()` each time it is asked (the counts move after a check-in). */
export function eventMock(current: () => EventDetailFragment | null): MockLink.MockedResponse {
  return { request: { query: EventDocument, variables: () => true }, result: () => ({ data: { event: current() } }), maxUsageCount: Number.POSITIVE_INFINITY };
}

export type RegVars = { id: string; first?: number | null; after?: string | null; filter?: { search?: string | null; statuses?: string[] | null } | null };

/** An event's registrations, narrowed like the API does (status, and a search over name, email and company). */
export function registrationsMock(rows: () => EventRegistrationRowFragment[], asked: RegVars[] = []): MockLink.MockedResponse {
  return {
    request: { query: EventRegistrationsDocument, variables: () => true },
    result: (v: RegVars) => {
      asked.push(v);
      const q = v.filter?.search?.toLowerCase();
      const found = rows().filter(
        (r) =>
          (!v.filter?.statuses?.length || v.filter.statuses.includes(r.status)) &&
          (!q || [r.firstName, r.lastName, r.lastName + r.firstName, r.email, r.company ?? ''].join(' ').toLowerCase().includes(q)),
      );
      return {
        data: {
          event: {
            __typename: 'Event',
            id: v.id,
            registrations: {
              __typename: 'EventRegistrationConnection',
              totalCount: found.length,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: found.at(-1)?.id ?? null },
              edges: found.map((node) => ({ __typename: 'EventRegistrationEdge', cursor: node.id, node })),
            },
          },
        },
      };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A mutation mock that records its input and answers with `answer(input)` (an error when it returns one). */
export function mutationMock(query: MockLink.MockedResponse['request']['query'], asked: Record<string, unknown>[], answer: (input: Record<string, unknown>) => Record<string, unknown> | GraphQLError): MockLink.MockedResponse {
  return {
    request: { query, variables: () => true },
    result: (v: { input: Record<string, unknown> }) => {
      asked.push(v.input);
      const a = answer(v.input);
      return a instanceof GraphQLError ? { errors: [a] } : { data: a };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
