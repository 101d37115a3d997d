import { OpenPortalCaseDocument, PortalKnowledgeArticleDocument, PortalKnowledgeSearchDocument, PortalRateKnowledgeArticleDocument, PortalRecordDeflectionDocument, PortalViewKnowledgeArticleDocument } from '@rapport/web-data-access';
import { i18n } from '@rapport/web-ui';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { aCase, casesMock, renderPortal } from './portal-fixtures';

const T = { timeout: 10_000 };

afterEach(async () => {
  await i18n.changeLanguage('en');
});

const seg = (text: string, match = false) => ({ __typename: 'KnowledgeTextSegment' as const, text, match });
const HIT = { __typename: 'KnowledgeSearchHit' as const, article: { __typename: 'KnowledgeArticle' as const, id: 'kb-1' }, title: [seg('Reset the '), seg('pump', true)], snippet: [seg('Hold the '), seg('<b>pump</b>', true), seg(' button.')] };
const ARTICLE = { __typename: 'KnowledgeArticle' as const, id: 'kb-1', title: 'Reset the pump', summary: 'Two steps.', body: 'Hold the button for **5 s**.', language: 'en', publishedAt: '2026-11-01T00:00:00.000Z', viewerFeedback: null };

const searchMock = (variables: Record<string, unknown>, hits: unknown[], asked?: unknown[]) => ({
  request: { query: PortalKnowledgeSearchDocument, variables: (v: Record<string, unknown>) => (asked?.push(v), Object.entries(variables).every(([k, value]) => v[k] === value)) },
  result: { data: { searchKnowledge: hits } },
  maxUsageCount: 10,
});
const articleMocks = () => [
  { request: { query: PortalKnowledgeArticleDocument, variables: { id: 'kb-1' } }, result: { data: { knowledgeArticle: ARTICLE } }, maxUsageCount: 5 },
  { request: { query: PortalViewKnowledgeArticleDocument, variables: { input: { id: 'kb-1' } } }, result: { data: { viewKnowledgeArticle: { __typename: 'KnowledgeArticlePayload', article: { __typename: 'KnowledgeArticle', id: 'kb-1', viewCount: 8 } } } } },
];

describe('Portal help', { timeout: 60_000 }, () => {
  it('searches in the reader’s language and marks the matched words as text, never HTML', async () => {
    renderPortal('/portal/help', [searchMock({ query: 'pump', language: 'en', first: 20 }, [HIT])]);
    const box = await screen.findByLabelText('Search the help articles', { selector: 'input' }, T);
    fireEvent.change(box, { target: { value: 'pump' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    const hit = await screen.findByTestId('portal-hit', {}, T);
    expect([...hit.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['pump', '<b>pump</b>']);
    expect(hit.querySelector('b')).toBeNull();
    expect(within(hit).getByRole('link', { name: 'Reset the pump' }).getAttribute('href')).toBe('/portal/help/kb-1');
  });

  it('says when nothing matches, and when the search failed', async () => {
    renderPortal('/portal/help?q=zzz', [searchMock({ query: 'zzz' }, [])]);
    expect((await screen.findByTestId('portal-help-empty', {}, T)).textContent).toContain('No articles match.');
  });

  it('says when the search did not work', async () => {
    renderPortal('/portal/help?q=pump', [{ request: { query: PortalKnowledgeSearchDocument, variables: () => true }, error: new Error('offline') }]);
    expect((await screen.findByTestId('portal-help-error', {}, T)).textContent).toBe('The search did not work.');
  });

  it('reads an article, counts the view and asks whether it helped', async () => {
    const rated: unknown[] = [];
    renderPortal('/portal/help/kb-1', [
      ...articleMocks(),
      { request: { query: PortalRateKnowledgeArticleDocument, variables: (v: unknown) => (rated.push(v), true) }, result: { data: { rateKnowledgeArticle: { __typename: 'KnowledgeArticlePayload', article: { __typename: 'KnowledgeArticle', id: 'kb-1', viewerFeedback: { __typename: 'KnowledgeFeedback', helpful: true } } } } } },
    ]);
    const article = await screen.findByTestId('portal-article', {}, T);
    expect(within(article).getByRole('heading', { level: 1 }).textContent).toBe('Reset the pump');
    // The body is Markdown, rendered (not shown as written).
    expect(within(article).getByText('5 s').tagName).toBe('STRONG');
    expect(article.textContent).not.toContain('**');
    fireEvent.click(within(article).getByTestId('portal-article-yes'));
    expect((await screen.findByTestId('portal-article-thanks', {}, T)).textContent).toBe('Thanks for telling us.');
    expect(rated).toEqual([{ input: { articleId: 'kb-1', helpful: true } }]);
  });

  it('says “Did this help?” in Traditional Chinese', async () => {
    await i18n.changeLanguage('zh-TW');
    renderPortal('/portal/help/kb-1', articleMocks());
    await screen.findByTestId('portal-article', {}, T);
    expect(screen.getByText('這篇文章有幫助嗎？')).toBeTruthy();
    expect(screen.getByRole('link', { name: '說明' })).toBeTruthy();
  });
});

describe('A new portal case', { timeout: 60_000 }, () => {
  it('suggests articles matching any word typed; reading one and leaving counts a deflection', async () => {
    const asked: Record<string, unknown>[] = [];
    const deflected: unknown[] = [];
    const router = renderPortal('/portal/new', [
      searchMock({ anyWord: true, first: 5 }, [HIT], asked),
      ...articleMocks(),
      { request: { query: PortalRecordDeflectionDocument, variables: (v: unknown) => (deflected.push(v), true) }, result: { data: { recordKnowledgeDeflection: { __typename: 'KnowledgeDeflectionPayload', id: 'd-1', articleCount: 1 } } } },
      casesMock([]),
    ]);
    fireEvent.change(await screen.findByTestId('portal-new-subject', {}, T), { target: { value: 'pump' } });
    fireEvent.change(screen.getByTestId('portal-new-description'), { target: { value: 'leaks' } });
    const suggestions = await screen.findByTestId('portal-suggestions', {}, T);
    // Debounced: one search for what was typed once typing paused, not one per keystroke.
    expect(asked.map((v) => v['query'])).toEqual(['pump leaks']);
    const open = within(suggestions).getByRole('button');
    expect(open.textContent).toBe('Reset the pump');
    fireEvent.click(open);
    expect(await screen.findByTestId('portal-article', {}, T)).toBeTruthy();
    expect(deflected).toEqual([]);
    await router.navigate('/portal');
    await waitFor(() => expect(deflected).toEqual([{ input: { articleIds: ['kb-1'], query: 'pump\nleaks' } }]), T);
  });

  it('opens the case with what was typed and counts no deflection', async () => {
    const opened: unknown[] = [];
    const router = renderPortal('/portal/new', [
      searchMock({ anyWord: true }, []),
      { request: { query: OpenPortalCaseDocument, variables: (v: unknown) => (opened.push(v), true) }, result: { data: { openPortalCase: aCase('k-9') } } },
      { request: { query: PortalRecordDeflectionDocument, variables: () => true }, result: () => { throw new Error('no deflection expected'); } },
    ]);
    fireEvent.change(await screen.findByTestId('portal-new-subject', {}, T), { target: { value: ' Pump leaks ' } });
    fireEvent.change(screen.getByTestId('portal-new-description'), { target: { value: 'Water on the floor' } });
    fireEvent.click(screen.getByTestId('portal-new-submit'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/portal/cases/k-9'), T);
    expect(opened).toEqual([{ input: { subject: 'Pump leaks', description: 'Water on the floor' } }]);
  });

  it('puts the server’s field errors on their fields', async () => {
    renderPortal('/portal/new', [
      searchMock({ anyWord: true }, []),
      { request: { query: OpenPortalCaseDocument, variables: () => true }, result: { errors: [new GraphQLError('Validation failed', { extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.subject', message: 'Write what the problem is about.' }] } })] } },
    ]);
    fireEvent.change(await screen.findByTestId('portal-new-subject', {}, T), { target: { value: 'x' } });
    fireEvent.change(screen.getByTestId('portal-new-description'), { target: { value: 'y' } });
    fireEvent.click(screen.getByTestId('portal-new-submit'));
    expect(await screen.findByText('Write what the problem is about.', {}, T)).toBeTruthy();
    expect(screen.queryByTestId('portal-new-case-error')).toBeNull();
  });
});
