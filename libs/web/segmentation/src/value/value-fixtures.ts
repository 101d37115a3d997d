import type { MockLink } from '@apollo/client/testing';
import {
  AccountValueDocument,
  ClvModelRunsDocument,
  ContactValueDocument,
  RfmGridDocument,
  RunCustomerMetricsDocument,
  TopCustomersByClvDocument,
  type ClvModelRunFieldsFragment,
  type CustomerMetricsFieldsFragment,
  type RfmGridQuery,
  type TopCustomersByClvQuery,
} from '@rapport/web-data-access';

// Hand-made answers of the customer value queries for the page's and the panels' tests.

export function aRun(id: string, over: Partial<ClvModelRunFieldsFragment> = {}): ClvModelRunFieldsFragment {
  return {
    __typename: 'ClvModelRun',
    id,
    status: 'succeeded',
    progress: 100,
    asOf: '2026-12-01T00:00:00Z',
    calibrationEnd: '2026-06-02T00:00:00Z',
    timeUnit: 'week',
    wonDealsAsOrders: true,
    r: 0.2431,
    alpha: 4.4139,
    a: 0.7928,
    b: 2.4259,
    p: 6.2484,
    q: 3.7443,
    gamma: 15.4436,
    logLikelihood: -9582.43,
    spendLogLikelihood: -4411.2,
    customers: 2357,
    fitMs: 850,
    durationMs: 12_400,
    holdout: [0, 1, 2, 3, 4, 5, 6, 7].map((k) => ({
      __typename: 'HoldoutGroup' as const,
      frequency: k,
      label: k === 7 ? '7+' : String(k),
      customers: k === 0 ? 1411 : 100 - k * 10,
      meanActual: 0.2 + k * 0.5,
      meanPredicted: 0.25 + k * 0.48,
    })),
    error: null,
    startedAt: '2026-12-01T00:00:00Z',
    finishedAt: '2026-12-01T00:00:12Z',
    ...over,
  };
}

/**
 * `clvModelRuns` answering each call with the next list in `answers` (the last one from then on),
 * so a test can follow a run from queued to done through the page's polling.
 */
export function runsMock(answers: ClvModelRunFieldsFragment[][], asked: unknown[] = []): MockLink.MockedResponse {
  return {
    request: { query: ClvModelRunsDocument, variables: () => true },
    result: (v: unknown) => {
      asked.push(v);
      return { data: { clvModelRuns: answers[Math.min(asked.length - 1, answers.length - 1)]! } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

type GridRow = RfmGridQuery['rfmGrid'][number];
export const gridRow = (r: number, fm: number, cell: string, customers: number, revenue: number): GridRow => ({ __typename: 'RfmGridCell', r, fm, cell, customers, revenue });

export function gridMock(answers: GridRow[][], asked: unknown[] = []): MockLink.MockedResponse {
  return {
    request: { query: RfmGridDocument },
    result: () => {
      asked.push(true);
      return { data: { rfmGrid: answers[Math.min(asked.length - 1, answers.length - 1)]! } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

type Top = TopCustomersByClvQuery['topCustomersByClv'][number];
export const topCustomer = (contactId: string, name: string, clv: number, over: Partial<Top> = {}): Top => ({
  __typename: 'TopCustomer',
  contactId,
  name,
  clv,
  pAlive: 0.92,
  rfmCell: 'champions',
  lifecycleStage: 'repeat_customer',
  ...over,
});

export function topMock(customers: Top[]): MockLink.MockedResponse {
  return { request: { query: TopCustomersByClvDocument, variables: () => true }, result: { data: { topCustomersByClv: customers } }, maxUsageCount: Number.POSITIVE_INFINITY };
}

export function runMutationMock(asked: unknown[]): MockLink.MockedResponse {
  return {
    request: { query: RunCustomerMetricsDocument, variables: () => true },
    result: (v: unknown) => {
      asked.push(v);
      return { data: { runCustomerMetrics: aRun('run-new', { status: 'queued', progress: 0, r: null, alpha: null, a: null, b: null, p: null, q: null, gamma: null, customers: 0, holdout: [], finishedAt: null }) } };
    },
  };
}

export function metrics(over: Partial<CustomerMetricsFieldsFragment> = {}): CustomerMetricsFieldsFragment {
  return {
    __typename: 'CustomerMetrics',
    asOf: '2026-12-01T00:00:00Z',
    recency: 12,
    frequency: 6,
    monetary: 18_400,
    r: 5,
    f: 4,
    m: 5,
    rfmCell: 'champions',
    clv: 9_870.5,
    pAlive: 0.87,
    churnRisk: 0.13,
    churnBand: 'low',
    expectedPurchases: 3.256,
    lifecycleStage: 'repeat_customer',
    stageSince: '2026-09-01T00:00:00Z',
    ...over,
  };
}

export function contactValueMock(id: string, m: CustomerMetricsFieldsFragment | null): MockLink.MockedResponse {
  return { request: { query: ContactValueDocument, variables: { id } }, result: { data: { contact: { __typename: 'Contact', id, metrics: m } } } };
}

export function accountValueMock(id: string, v: { customers: number; clv: number; revenue: number; atRisk: number; asOf: string | null } | null): MockLink.MockedResponse {
  return { request: { query: AccountValueDocument, variables: { id } }, result: { data: { account: { __typename: 'Account', id, customerValue: v && { __typename: 'AccountValue', ...v } } } } };
}
