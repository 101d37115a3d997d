import type { PipelinesQuery } from '@rapport/web-data-access';
import { describe, expect, it } from 'vitest';
import { buildOpportunityFilter } from './opportunity-filter';

const stage = (id: string, isWon = false, isLost = false) => ({
  __typename: 'Stage' as const,
  id,
  name: id,
  position: 1,
  probability: 10,
  forecastCategory: 'PIPELINE' as const,
  isWon,
  isLost,
});
const pipelines: PipelinesQuery['pipelines'] = [
  { __typename: 'Pipeline', id: 'p1', name: 'New', currency: 'CNY', isDefault: true, stages: [stage('s1'), stage('won1', true), stage('lost1', false, true)] },
  { __typename: 'Pipeline', id: 'p2', name: 'Renewals', currency: 'CNY', isDefault: false, stages: [stage('won2', true)] },
];

describe('buildOpportunityFilter', () => {
  it('maps open to not-closed and won to the won stages of every pipeline', () => {
    expect(buildOpportunityFilter({ search: '', states: ['open'], pipelines })).toEqual({ isClosed: { eq: false } });
    expect(buildOpportunityFilter({ search: '', states: ['won', 'open'], pipelines })).toEqual({
      or: [{ stageId: { in: ['won1', 'won2'] } }, { isClosed: { eq: false } }],
    });
  });

  it('combines search, stages and owner', () => {
    expect(buildOpportunityFilter({ search: 'crm', stageIds: ['s1'], ownerId: 'u1', pipelines })).toEqual({
      and: [{ or: [{ name: { contains: 'crm' } }] }, { stageId: { in: ['s1'] } }, { ownerId: { eq: 'u1' } }],
    });
  });
});
