import { permissionsOf } from '@rapport/web-core';
import { KnowledgeArticlesDocument } from '@rapport/web-data-access';
import { grantsFor } from '@rapport/web-testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answering } from '../routing/routing-fixtures';
import { grantsWith, renderKnowledge } from './knowledge-fixtures';
import { KNOWLEDGE_NAV } from './routes';

const EMPTY = { knowledgeArticles: { __typename: 'KnowledgeArticleConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } };

describe('Knowledge routes and menu', { timeout: 60_000 }, () => {
  it('puts the knowledge base in the menu of those who read articles, and not of a viewer without the grant', () => {
    for (const role of ['ADMIN', 'SERVICE_MANAGER', 'SERVICE_AGENT', 'SALES_REP', 'MARKETER'] as const) {
      expect(KNOWLEDGE_NAV.filter((e) => permissionsOf(grantsFor(role)).allows(e.needs)).map((e) => e.key), role).toEqual(['service-knowledge']);
    }
    expect(KNOWLEDGE_NAV.filter((e) => permissionsOf(grantsWith('SALES_REP', 'knowledge', 'NONE', 'NONE')).allows(e.needs))).toEqual([]);
    // A customer reads articles for customers in the portal, not here.
    expect(KNOWLEDGE_NAV.filter((e) => permissionsOf(grantsFor('PORTAL_USER')).allows(e.needs))).toEqual([]);
    expect(KNOWLEDGE_NAV[0]!.path).toBe('/service/knowledge');
  });

  it('opens the list for a sales rep (a reader)', async () => {
    renderKnowledge('/service/knowledge', [answering(KnowledgeArticlesDocument, [EMPTY])], 'SALES_REP');
    expect(await screen.findByTestId('kb-empty', {}, { timeout: 10_000 })).toBeTruthy();
  });

  it('explains "no access" to a viewer without the knowledge grant', async () => {
    renderKnowledge('/service/knowledge', [answering(KnowledgeArticlesDocument, [EMPTY])], 'SALES_REP', grantsWith('SALES_REP', 'knowledge', 'NONE', 'NONE'));
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('kb-filters')).toBeNull();
  });

  it('keeps a viewer without staff’s view of the knowledge base (internal articles) out with an explanation', async () => {
    renderKnowledge('/service/knowledge', [answering(KnowledgeArticlesDocument, [EMPTY])], 'SALES_REP', grantsWith('SALES_REP', 'knowledgeInternal', 'NONE', 'NONE'));
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
  });
});
