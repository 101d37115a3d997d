import type { CsatReportQuery, CsatResponsesQuery } from '@rapport/web-data-access';
import type { CsatRow, CsatSettings } from './csat-model';

export const Q_NORTH = '0190a3c4-0000-7000-8000-000000000001';
export const Q_SOUTH = '0190a3c4-0000-7000-8000-000000000002';

export function settings(over: Partial<CsatSettings> = {}): CsatSettings {
  return {
    __typename: 'CsatSettings',
    mode: 'EVERY',
    lowRatingThreshold: 2,
    defaultLanguage: 'EN',
    questions: [{ __typename: 'CsatQuestion', key: 'speed', kind: 'RATING', required: true, text: { __typename: 'CsatQuestionText', en: 'Was the answer fast?', zhCN: '回复及时吗？', zhTW: null } }],
    queueModes: [
      { __typename: 'CsatQueueMode', queueId: Q_NORTH, queueName: 'North desk', active: true, mode: 'OFF' },
      { __typename: 'CsatQueueMode', queueId: Q_SOUTH, queueName: 'South desk', active: false, mode: null },
    ],
    ...over,
  };
}

export function row(key: string | null, label: string | null, sent: number, ratings: number[], dissatisfied = 0): CsatRow {
  const responses = ratings.reduce((a, b) => a + b, 0);
  const sum = ratings.reduce((a, n, i) => a + n * (i + 1), 0);
  return {
    __typename: 'CsatReportRow',
    key,
    label,
    surveysSent: sent,
    responses,
    responseRate: sent ? responses / sent : null,
    average: responses ? sum / responses : null,
    satisfiedShare: responses ? ((ratings[3] ?? 0) + (ratings[4] ?? 0)) / responses : null,
    dissatisfied,
    ratings,
  };
}

export function report(rows: CsatRow[], trend: CsatRow[], total: CsatRow): CsatReportQuery {
  return {
    csatReport: { __typename: 'CsatReport', from: '2026-11-07T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z', groupBy: 'AGENT', timeZone: 'Asia/Shanghai', lowRatingThreshold: 2, rows, total },
    trend: { __typename: 'CsatReport', rows: trend },
  };
}

type Node = CsatResponsesQuery['csatResponses']['edges'][number]['node'];
export function response(id: string, rating: number, over: Partial<Node> = {}): Node {
  return {
    __typename: 'CsatResponse',
    id,
    caseId: `case-${id}`,
    caseNumber: `C-${id}`,
    caseSubject: `Printer ${id}`,
    rating,
    comment: null,
    channel: 'email',
    agentId: 'u-1',
    agentName: 'Agent Lin',
    resolvedAt: '2026-12-05T02:00:00.000Z',
    answeredAt: '2026-12-05T03:00:00.000Z',
    viaPortal: false,
    ...over,
  };
}

export function responses(nodes: Node[], hasNextPage = false): CsatResponsesQuery {
  return {
    csatResponses: {
      __typename: 'CsatResponseConnection',
      edges: nodes.map((node) => ({ __typename: 'CsatResponseEdge', cursor: `c-${node.id}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.length ? `c-${nodes.at(-1)!.id}` : null },
    },
  };
}
