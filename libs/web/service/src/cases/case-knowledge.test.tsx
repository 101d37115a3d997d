import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CaseKnowledgeArticleDocument, CaseKnowledgeDocument, LinkCaseKnowledgeArticleDocument, UnlinkCaseKnowledgeArticleDocument, type CaseKnowledgeArticleFieldsFragment } from '@rapport/web-data-access';
import { grantsFor } from '@rapport/web-testing';
import { describe, expect, it } from 'vitest';
import { mutationMock } from '../setup/setup-fixtures';
import { articleReplyText } from './case-knowledge';
import { caseOnPage, casePageMock, renderRoutes } from './cases-fixtures';
import { CASE_ROUTES } from './routes';

const article = (id: string, over: Partial<CaseKnowledgeArticleFieldsFragment> = {}): CaseKnowledgeArticleFieldsFragment => ({
  __typename: 'KnowledgeArticle',
  id,
  title: `Article ${id}`,
  summary: `What ${id} is about`,
  language: 'en',
  audience: 'CUSTOMERS',
  ...over,
});
const PUBLIC = article('a-1', { title: 'Reseal the pump', summary: 'Replace the seal in five steps.' });
const INTERNAL = article('a-2', { title: '封条库存', summary: '仓库里的封条', language: 'zh-CN', audience: 'INTERNAL' });
const LINKED = article('a-3', { title: 'Warranty terms' });
const BODIES: Record<string, string> = { 'a-1': '## Steps\n\n1. Drain the pump.\n2. Fit the new seal.', 'a-2': 'Ask the warehouse.', 'a-3': 'Two years.' };

function knowledgeMock(suggested: CaseKnowledgeArticleFieldsFragment[], linked: CaseKnowledgeArticleFieldsFragment[]): MockLink.MockedResponse {
  return {
    request: { query: CaseKnowledgeDocument, variables: () => true },
    result: (v: { caseId: string }) => ({
      data: { knowledgeSuggestions: suggested.map((a) => ({ __typename: 'KnowledgeSearchHit', article: a })), case: { __typename: 'Case', id: v.caseId, knowledgeArticles: linked } },
    }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

function articleMock(read: string[] = []): MockLink.MockedResponse {
  const all = [PUBLIC, INTERNAL, LINKED];
  return {
    request: { query: CaseKnowledgeArticleDocument, variables: () => true },
    result: (v: { id: string }) => {
      read.push(v.id);
      const a = all.find((x) => x.id === v.id);
      return { data: { knowledgeArticle: a ? { ...a, body: BODIES[a.id] ?? null } : null } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

const linkedPayload = (input: Record<string, unknown>) => ({ data: { linkKnowledgeArticleToCase: { __typename: 'KnowledgeArticlePayload', article: { __typename: 'KnowledgeArticle', id: String(input['articleId']) } } } });
const unlinkedPayload = (input: Record<string, unknown>) => ({ data: { unlinkKnowledgeArticleFromCase: { __typename: 'KnowledgeArticlePayload', article: { __typename: 'KnowledgeArticle', id: String(input['articleId']) } } } });
const body = () => screen.getByTestId('case-reply-body') as HTMLTextAreaElement;
const rowOf = (where: 'suggested' | 'linked', id: string) => screen.getAllByTestId(`case-knowledge-${where}`).find((r) => r.dataset['id'] === id)!;

describe('the reply text of an article', () => {
  it('is the title, the Markdown and where the customer reads it in the portal', () => {
    expect(articleReplyText({ id: 'a 1', title: ' Reseal ', body: '**Drain** it.\n' }, 'https://crm.example')).toBe('Reseal\n\n**Drain** it.\n\nhttps://crm.example/portal/help/a%201');
    expect(articleReplyText({ id: 'a-4', title: 'Empty', body: null }, 'https://crm.example')).toBe('Empty\n\nhttps://crm.example/portal/help/a-4');
  });
});

describe('The case page’s knowledge card', { timeout: 60_000 }, () => {
  it('lists the suggested and the linked articles with their summary and language', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage()), knowledgeMock([PUBLIC, INTERNAL, LINKED], [LINKED]), articleMock()], 'SERVICE_AGENT');
    const card = await screen.findByTestId('case-knowledge', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(card).getAllByTestId('case-knowledge-suggested')).toHaveLength(3));
    const internal = rowOf('suggested', 'a-2');
    expect(internal.textContent).toContain('封条库存');
    expect(internal.textContent).toContain('仓库里的封条');
    expect(internal.textContent).toContain('Simplified Chinese');
    expect(internal.textContent).toContain('Not public');
    expect(rowOf('suggested', 'a-1').textContent).not.toContain('Not public');
    // Already linked: tagged, and not offered to link again; in the linked list with "Unlink".
    expect(rowOf('suggested', 'a-3').textContent).toContain('Linked');
    expect(within(rowOf('suggested', 'a-3')).queryByTestId('case-knowledge-link')).toBeNull();
    expect(within(rowOf('suggested', 'a-1')).getByTestId('case-knowledge-link')).toBeTruthy();
    expect(within(rowOf('linked', 'a-3')).getByTestId('case-knowledge-unlink')).toBeTruthy();
  });

  it('inserts an article into the reply (title, Markdown, portal link) and links it to the case', async () => {
    const linked: Record<string, unknown>[] = [];
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage()), knowledgeMock([PUBLIC, INTERNAL], []), articleMock(), mutationMock(LinkCaseKnowledgeArticleDocument, linked, linkedPayload)], 'SERVICE_AGENT');
    await screen.findByTestId('case-reply-body', {}, { timeout: 10_000 });
    fireEvent.change(body(), { target: { value: 'Dear Ann,' } });
    await waitFor(() => expect(screen.getAllByTestId('case-knowledge-suggested')).toHaveLength(2));
    fireEvent.click(within(rowOf('suggested', 'a-1')).getByTestId('case-knowledge-insert'));
    await waitFor(() => expect(body().value).toBe(`Dear Ann,\n\nReseal the pump\n\n${BODIES['a-1']}\n\n${window.location.origin}/portal/help/a-1`));
    await waitFor(() => expect(linked).toEqual([{ articleId: 'a-1', caseId: 'k-1' }]));
    // An internal article is for staff: it may be linked to the case, never put into what the customer reads.
    expect(within(rowOf('suggested', 'a-2')).queryByTestId('case-knowledge-insert')).toBeNull();
    expect(within(rowOf('suggested', 'a-2')).getByTestId('case-knowledge-link')).toBeTruthy();
  });

  it('opens an article to read, rendered from its Markdown', async () => {
    const read: string[] = [];
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage()), knowledgeMock([PUBLIC], []), articleMock(read)], 'SERVICE_AGENT');
    await waitFor(() => expect(screen.getAllByTestId('case-knowledge-suggested')).toHaveLength(1), { timeout: 10_000 });
    fireEvent.click(within(rowOf('suggested', 'a-1')).getByTestId('case-knowledge-open'));
    const drawer = await screen.findByTestId('case-knowledge-reader');
    expect(await within(drawer).findByRole('heading', { name: 'Steps' })).toBeTruthy();
    expect(within(drawer).getByText('Fit the new seal.')).toBeTruthy();
    expect(read).toContain('a-1');
  });

  it('links and unlinks an article without touching the reply', async () => {
    const linked: Record<string, unknown>[] = [];
    const unlinked: Record<string, unknown>[] = [];
    renderRoutes(
      CASE_ROUTES,
      '/service/cases/k-1',
      [casePageMock(caseOnPage()), knowledgeMock([PUBLIC], [LINKED]), articleMock(), mutationMock(LinkCaseKnowledgeArticleDocument, linked, linkedPayload), mutationMock(UnlinkCaseKnowledgeArticleDocument, unlinked, unlinkedPayload)],
      'SERVICE_AGENT',
    );
    await waitFor(() => expect(screen.getAllByTestId('case-knowledge-linked')).toHaveLength(1), { timeout: 10_000 });
    fireEvent.click(within(rowOf('suggested', 'a-1')).getByTestId('case-knowledge-link'));
    await waitFor(() => expect(linked).toEqual([{ articleId: 'a-1', caseId: 'k-1' }]));
    fireEvent.click(within(rowOf('linked', 'a-3')).getByTestId('case-knowledge-unlink'));
    await waitFor(() => expect(unlinked).toEqual([{ articleId: 'a-3', caseId: 'k-1' }]));
    expect(body().value).toBe('');
  });

  it('offers reading only to a viewer who may not change the case', async () => {
    const readOnly = caseOnPage({ viewerCan: { __typename: 'CaseViewerCan', update: false, reply: false, addNote: false } });
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(readOnly), knowledgeMock([PUBLIC], [LINKED]), articleMock()], 'SALES_REP');
    await waitFor(() => expect(screen.getAllByTestId('case-knowledge-suggested')).toHaveLength(1), { timeout: 10_000 });
    expect(screen.getAllByTestId('case-knowledge-open')).toHaveLength(2);
    for (const id of ['case-knowledge-insert', 'case-knowledge-link', 'case-knowledge-unlink']) expect(screen.queryByTestId(id)).toBeNull();
  });

  it('is not shown to a viewer who may not read the knowledge base', async () => {
    // Every staff role reads knowledge today: an agent whose grant was taken away stands for one that may not.
    const withoutKnowledge = grantsFor('SERVICE_AGENT').map((g) => (g.object === 'knowledge' ? { ...g, read: 'NONE' as const, write: 'NONE' as const } : g));
    const asked: unknown[] = [];
    const spy = { ...knowledgeMock([PUBLIC], []), result: () => (asked.push(1), { data: null }) } as MockLink.MockedResponse;
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage()), spy], 'SERVICE_AGENT', withoutKnowledge);
    await screen.findByTestId('case-reply-body', {}, { timeout: 10_000 });
    expect(screen.getByTestId('case-history')).toBeTruthy();
    expect(screen.queryByTestId('case-knowledge')).toBeNull();
    expect(asked).toHaveLength(0);
  });
});
