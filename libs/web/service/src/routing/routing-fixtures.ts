import type { MockLink } from '@apollo/client/testing';
import type { AgentPresenceFieldsFragment, RoutingBoardQuery, RoutingQueueFieldsFragment, RoutingQueueRuleFieldsFragment } from '@rapport/web-data-access';
import type { DocumentNode } from 'graphql';
import { GraphQLError } from 'graphql';

// Hand-made answers of the routing queries for the routing screens' tests.

type QueueRow = RoutingBoardQuery['routingBoard']['queues'][number];

export function queue(id: string, name: string, over: Partial<RoutingQueueFieldsFragment> = {}): RoutingQueueFieldsFragment {
  return {
    __typename: 'RoutingQueue',
    id,
    name,
    description: '',
    distribution: 'LEAST_BUSY',
    targetSeconds: 3600,
    overflowQueueId: null,
    overflowAfterSeconds: null,
    isDefault: false,
    active: true,
    skills: [],
    ...over,
  };
}

export function rule(id: string, name: string, queueId: string, position: number, over: Partial<RoutingQueueRuleFieldsFragment> = {}): RoutingQueueRuleFieldsFragment {
  return {
    __typename: 'RoutingQueueRule',
    id,
    name,
    queueId,
    position,
    active: true,
    criteria: { __typename: 'QueueCriteriaView', channels: [], priorities: [], languages: [], accountTiers: [], keywords: [], productIds: [] },
    ...over,
  };
}

const CHANNELS = ['EMAIL', 'PHONE', 'CHAT', 'PORTAL', 'WEB', 'OTHER'] as const;

export function agent(id: string, name: string, over: Partial<AgentPresenceFieldsFragment> = {}, loads: Partial<Record<(typeof CHANNELS)[number], [number, number]>> = {}): AgentPresenceFieldsFragment {
  return {
    __typename: 'AgentPresence',
    user: { __typename: 'UserRef', id, name, email: `${id}@example.com` },
    presence: 'AVAILABLE',
    since: '2026-12-07T01:00:00.000Z',
    autoAway: false,
    languages: ['en'],
    channels: CHANNELS.map((channel) => ({ __typename: 'ChannelLoad' as const, channel, load: loads[channel]?.[0] ?? 0, capacity: loads[channel]?.[1] ?? 0 })),
    skills: [],
    ...over,
  };
}

export function queueRow(q: RoutingQueueFieldsFragment, over: Partial<QueueRow> = {}): QueueRow {
  return {
    __typename: 'QueueBoardRow',
    queue: q,
    waiting: 0,
    oldestWaitingSince: null,
    answeredToday: 0,
    answeredInTargetToday: 0,
    serviceLevelToday: null,
    assignedToday: 0,
    items: [],
    ...over,
  };
}

export const SKILLS = [
  { __typename: 'ServiceSkill' as const, key: 'hydraulics', name: 'Hydraulics', active: true },
  { __typename: 'ServiceSkill' as const, key: 'electrics', name: 'Electrics', active: true },
];

/** Answers each request with the next of `answers` (the last one again after that), recording the variables. */
export function answering<V>(query: DocumentNode, answers: (Record<string, unknown> | GraphQLError)[], asked: V[] = []): MockLink.MockedResponse {
  return {
    request: { query, variables: () => true },
    result: (v: V) => {
      asked.push(v);
      const answer = answers[Math.min(asked.length - 1, answers.length - 1)]!;
      return answer instanceof GraphQLError ? { errors: [answer] } : { data: answer };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

export const unavailable = () => new GraphQLError('The database is not reachable.', { extensions: { code: 'UNAVAILABLE' } });
