import { KnowledgeArticlesDocument, SearchKnowledgeDocument, type KnowledgeArticleRowFragment, type KnowledgeArticlesQueryVariables, type SearchKnowledgeQueryVariables } from '@rapport/web-data-access';
import { i18n } from '@rapport/web-ui';
import { pickOption } from '@rapport/web-testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../cases/cases-fixtures';
import { answering, unavailable } from '../routing/routing-fixtures';
import { hit, renderKnowledge, row } from './knowledge-fixtures';

function listOf(rows: KnowledgeArticleRowFragment[], hasNextPage = false) {
  return {
    knowledgeArticles: {
      __typename: 'KnowledgeArticleConnection',
      totalCount: rows.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: rows.at(-1)?.id ?? null },
      edges: rows.map((node) => ({ __typename: 'KnowledgeArticleEdge', cursor: node.id, node })),
    },
  };
}

const SEAL = row('ka-1', 'Replace the pump seal');
const DRAFT = row('ka-2', '更换泵的密封圈', { language: 'zh-CN', status: 'DRAFT', audience: 'INTERNAL', publishedAt: null, categoryId: null });

describe('Knowledge list', { timeout: 60_000 }, () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('lists the articles with their status, language and audience in words, and filters by the API’s filter', async () => {
    const asked: KnowledgeArticlesQueryVariables[] = [];
    renderKnowledge('/service/knowledge', [answering(KnowledgeArticlesDocument, [listOf([SEAL, DRAFT])], asked)]);
    const rows = await screen.findAllByTestId('kb-row', {}, { timeout: 10_000 });
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Knowledge base']);
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(['Replace the pump seal', '更换泵的密封圈']);
    expect(rows[1]!.getAttribute('lang')).toBe('zh-CN');
    await waitFor(() => expect(rows[0]!.textContent).toContain('Pumps'));
    expect(rows[0]!.textContent).toContain('Published');
    expect(rows[0]!.textContent).toContain('Customers');
    expect(rows[1]!.textContent).toContain('Draft');
    expect(rows[1]!.textContent).toContain('简体中文');
    expect(rows[1]!.textContent).toContain('Internal');
    expect(asked[0]).toMatchObject({ first: 20, after: null });
    expect(asked[0]!.filter).toBeUndefined();
    expect(screen.getByTestId('kb-create')).toBeTruthy();
    expect(await axeViolations()).toEqual([]);

    await pickOption(screen.getByTestId('kb-filter-status'), 'In review');
    await waitFor(() => expect(asked.at(-1)!.filter).toEqual({ status: { eq: 'IN_REVIEW' } }));
    await pickOption(screen.getByTestId('kb-filter-language'), '繁體中文');
    await waitFor(() => expect(asked.at(-1)!.filter).toEqual({ status: { eq: 'IN_REVIEW' }, language: { eq: 'zh-TW' } }));
  });

  it('searches published articles when a query is typed and marks the matched words', async () => {
    const searched: SearchKnowledgeQueryVariables[] = [];
    const found = hit(SEAL, [['Replace the pump ', false], ['seal', true]], [['Check the ', false], ['seal', true], [' first.', false]]);
    renderKnowledge('/service/knowledge', [answering(KnowledgeArticlesDocument, [listOf([SEAL])]), answering(SearchKnowledgeDocument, [{ searchKnowledge: [found] }], searched)]);
    await screen.findAllByTestId('kb-row', {}, { timeout: 10_000 });
    fireEvent.change(within(screen.getByTestId('kb-search')).getByRole('searchbox'), { target: { value: ' seal ' } });
    const hits = await screen.findAllByTestId('kb-hit', {}, { timeout: 5_000 });
    expect(searched[0]).toMatchObject({ query: 'seal', first: 50, language: 'en' });
    expect(screen.getByTestId('kb-filters').textContent).toContain('published articles in English');
    expect([...hits[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['seal', 'seal']);
    expect(within(hits[0]!).getByRole('link').textContent).toBe('Replace the pump seal');
    expect(screen.getByRole('status').textContent).toBe('1 article found');
    // A search looks through published articles only: the status filter stands aside.
    expect(screen.getByTestId('kb-filter-status').className).toContain('disabled');
    expect(await axeViolations()).toEqual([]);
  });

  it('tells "none match" from "none yet" and offers the first article to a writer', async () => {
    renderKnowledge('/service/knowledge', [answering(KnowledgeArticlesDocument, [listOf([])]), answering(SearchKnowledgeDocument, [{ searchKnowledge: [] }])]);
    const empty = await screen.findByTestId('kb-empty', {}, { timeout: 10_000 });
    expect(empty.dataset['kind']).toBe('none');
    expect(empty.textContent).toContain('No articles yet.');
    expect(screen.getByTestId('kb-create-empty')).toBeTruthy();
    fireEvent.change(within(screen.getByTestId('kb-search')).getByRole('searchbox'), { target: { value: '泵' } });
    await waitFor(() => expect(screen.getByTestId('kb-empty').dataset['kind']).toBe('filtered'), { timeout: 5_000 });
    expect(screen.getByTestId('kb-empty').textContent).toContain('No articles match');
    fireEvent.click(screen.getByTestId('kb-empty-clear'));
    await waitFor(() => expect(screen.getByTestId('kb-empty').dataset['kind']).toBe('none'));
    expect(await axeViolations()).toEqual([]);
  });

  it('tells a reader who may not write that no article is published yet, without a create button', async () => {
    renderKnowledge('/service/knowledge', [answering(KnowledgeArticlesDocument, [listOf([])])], 'SALES_REP');
    const empty = await screen.findByTestId('kb-empty', {}, { timeout: 10_000 });
    expect(empty.dataset['kind']).toBe('nonePublished');
    expect(empty.textContent).toContain('Drafts are seen only by those who write articles.');
    expect(screen.queryByTestId('kb-create')).toBeNull();
    expect(screen.queryByTestId('kb-create-empty')).toBeNull();
  });

  it('shows the failure with a retry, then the list', async () => {
    renderKnowledge('/service/knowledge', [answering(KnowledgeArticlesDocument, [unavailable(), listOf([SEAL])])], 'SALES_REP');
    const retry = await screen.findByRole('button', { name: /retry|try again/i }, { timeout: 10_000 });
    fireEvent.click(retry);
    expect(await screen.findAllByTestId('kb-row', {}, { timeout: 5_000 })).toHaveLength(1);
    expect(screen.queryByTestId('kb-create')).toBeNull();
  });

  it('speaks Traditional Chinese', async () => {
    await i18n.changeLanguage('zh-TW');
    renderKnowledge('/service/knowledge', [answering(KnowledgeArticlesDocument, [listOf([SEAL])])]);
    await screen.findAllByTestId('kb-row', {}, { timeout: 10_000 });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('知識庫');
    expect(screen.getByTestId('kb-row').textContent).toContain('已發布');
  });
});
