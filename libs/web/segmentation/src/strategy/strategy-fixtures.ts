import type { MockLink } from '@apollo/client/testing';
import { SegmentCohortDocument, SegmentStrategiesDocument, type SegmentStrategyFieldsFragment, type StrategyOutcomeFieldsFragment } from '@rapport/web-data-access';

// Hand-made answers of the strategy queries for the segment page's tests.

export function anOutcome(outcome: string, over: Partial<StrategyOutcomeFieldsFragment> = {}): StrategyOutcomeFieldsFragment {
  return {
    __typename: 'StrategyOutcome',
    outcome,
    treated: 900,
    holdout: 100,
    treatedMean: 0.28,
    holdoutMean: 0.25,
    difference: 0.03,
    low: 0.0125,
    high: 0.0475,
    relative: 0.12,
    relativeLow: 0.05,
    relativeHigh: 0.19,
    verdict: 'worked',
    ...over,
  };
}

export function aStrategy(id: string, over: Partial<SegmentStrategyFieldsFragment> = {}): SegmentStrategyFieldsFragment {
  return {
    __typename: 'SegmentStrategy',
    id,
    segmentId: 's-1',
    name: 'Win-back voucher',
    description: '10% voucher by email',
    holdoutShare: 0.1,
    seed: 42,
    status: 'active',
    startsAt: '2026-03-01T00:00:00.000Z',
    endsAt: null,
    createdAt: '2026-03-01T00:00:00.000Z',
    results: [],
    ...over,
  };
}

export function strategiesMock(strategies: SegmentStrategyFieldsFragment[] | (() => SegmentStrategyFieldsFragment[])): MockLink.MockedResponse {
  return {
    request: { query: SegmentStrategiesDocument, variables: { segmentId: 's-1' } },
    result: () => ({ data: { segmentStrategies: typeof strategies === 'function' ? strategies() : strategies } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** Any cohort question, answered by `answer` (the variables are handed over to tell periods apart). */
export function cohortMock(answer: (v: { memberAt: string; from: string; to: string }) => { members: number; buyers: number; orders: number; revenue: number } = () => ({ members: 0, buyers: 0, orders: 0, revenue: 0 })): MockLink.MockedResponse {
  return {
    request: { query: SegmentCohortDocument, variables: () => true },
    result: (v: { memberAt: string; from: string; to: string }) => ({ data: { segmentCohort: { __typename: 'SegmentCohort', ...answer(v) } } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
