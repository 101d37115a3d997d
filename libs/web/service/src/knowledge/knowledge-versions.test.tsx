import { AddKnowledgeTranslationDocument, type AddKnowledgeTranslationMutationVariables } from '@rapport/web-data-access';
import { pickOption } from '@rapport/web-testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../cases/cases-fixtures';
import { answering } from '../routing/routing-fixtures';
import { textDiff } from './knowledge-model';
import { article, renderKnowledge, articleMock, version } from './knowledge-fixtures';
import { KnowledgeArticleDocument } from '@rapport/web-data-access';

const V1 = version(1, { status: 'ARCHIVED', title: 'Replace the seal', body: 'Close the valve and drain the pump.', archivedAt: '2026-12-03T02:00:00.000Z' });
const V2 = version(2, { status: 'PUBLISHED', title: 'Replace the pump seal', body: 'Close the valve and empty the pump.', publishedAt: '2026-12-03T02:00:00.000Z' });
const V3 = version(3, { status: 'DRAFT', title: 'Replace the pump seal', body: '关闭阀门，排空水泵。' });

describe('Knowledge versions, translations and files', { timeout: 60_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('diffs by word in English and by character in Chinese', () => {
    expect(textDiff('drain the pump', 'empty the pump').filter((p) => p.added || p.removed)).toEqual([
      { value: 'drain', added: false, removed: true },
      { value: 'empty', added: true, removed: false },
    ]);
    const zh = textDiff('关闭阀门，排空水泵。', '关闭阀门，清空水泵。');
    expect(zh.filter((p) => p.removed).map((p) => p.value)).toEqual(['排']);
    expect(zh.filter((p) => p.added).map((p) => p.value)).toEqual(['清']);
  });

  it('lists the versions and shows what the newest changed from the one before, marked as inserted and deleted', async () => {
    renderKnowledge('/service/knowledge/ka-1', [articleMock(article({ versions: [V2, V1] }))]);
    const list = await screen.findByTestId('kb-versions', {}, { timeout: 10_000 });
    const items = within(list).getAllByTestId('kb-version');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Version 2');
    expect(items[0]!.textContent).toContain('Published');
    expect(items[1]!.textContent).toContain('Archived');
    const body = screen.getByTestId('kb-diff-body');
    expect([...body.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['drain']);
    expect([...body.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['empty']);
    const title = screen.getByTestId('kb-diff-title');
    expect([...title.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['pump ']);
    expect(title.querySelectorAll('del')).toHaveLength(0);
    expect(screen.getByTestId('kb-diff-summary').textContent).toContain('No changes.');
    // Not by colour alone: underlined and struck through.
    expect((body.querySelector('del') as HTMLElement).style.textDecoration).toBe('line-through');
    expect((body.querySelector('ins') as HTMLElement).style.textDecoration).toBe('underline');
    expect(await axeViolations()).toEqual([]);
  });

  it('compares two chosen versions', async () => {
    renderKnowledge('/service/knowledge/ka-1', [articleMock(article({ versions: [V3, V2, V1] }))]);
    await screen.findByTestId('kb-diff', {}, { timeout: 10_000 });
    // Newest against the one before: English to Chinese, character by character.
    expect(screen.getByTestId('kb-diff-body').querySelectorAll('ins').length).toBeGreaterThan(0);
    // Version 2 → 3 kept the title.
    expect(screen.getByTestId('kb-diff-title').textContent).toContain('No changes.');
    await pickOption(screen.getByTestId('kb-diff-from'), 'Version 1 (Archived)');
    await waitFor(() => expect([...screen.getByTestId('kb-diff-title').querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['pump ']));
  });

  it('links the translations and creates a linked draft in a missing language from this article’s texts', async () => {
    const sent: AddKnowledgeTranslationMutationVariables[] = [];
    const zhTw = { __typename: 'KnowledgeArticle' as const, id: 'ka-tw', language: 'zh-TW', title: '更換泵的密封圈', status: 'PUBLISHED' as const };
    const router = renderKnowledge('/service/knowledge/ka-1', [
      articleMock(article({ translations: [zhTw] })),
      answering(AddKnowledgeTranslationDocument, [{ addKnowledgeTranslation: { __typename: 'KnowledgeArticlePayload', article: article({ id: 'ka-cn', language: 'zh-CN' }) } }], sent),
    ]);
    const box = await screen.findByTestId('kb-translations', {}, { timeout: 10_000 });
    const link = within(box).getByRole('link', { name: '更換泵的密封圈' });
    expect(link.getAttribute('href')).toBe('/service/knowledge/ka-tw');
    expect(link.getAttribute('lang')).toBe('zh-TW');
    expect(within(box).queryByTestId('kb-translate-zh-TW')).toBeNull();
    expect(within(box).queryByTestId('kb-translate-en')).toBeNull();
    fireEvent.click(within(box).getByRole('button', { name: 'Translate into 简体中文' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ input: { articleId: 'ka-1', language: 'zh-CN', title: 'Replace the pump seal', summary: 'When the pump leaks.', body: '# Steps\n\n1. Close the valve.' } });
    await waitFor(() => expect(router.state.location.pathname).toBe('/service/knowledge/ka-cn'));
  });

  it('offers no translation to a viewer who may not edit the article', async () => {
    renderKnowledge('/service/knowledge/ka-1', [articleMock(article({ viewerCan: { __typename: 'KnowledgeArticleViewerCan', edit: false, publish: false } }))], 'SALES_REP');
    const box = await screen.findByTestId('kb-translations', {}, { timeout: 10_000 });
    expect(box.textContent).toContain('Not translated yet.');
    expect(within(box).queryAllByRole('button')).toEqual([]);
  });

  it('lists the files and uploads one to the article’s REST route, then shows it', async () => {
    const file = (id: string, filename: string, contentType: string) => ({ __typename: 'KnowledgeAttachment' as const, id, filename, contentType, size: 2048, url: `/api/v1/knowledge/articles/ka-1/attachments/${id}`, createdAt: '2026-12-01T02:00:00.000Z' });
    const before = article({ attachments: [file('f-1', 'seal.png', 'image/png')] });
    const after = article({ attachments: [file('f-1', 'seal.png', 'image/png'), file('f-2', 'manual.pdf', 'application/pdf')] });
    const fetched = vi.fn(async () => new Response(JSON.stringify({ id: 'f-2', filename: 'manual.pdf', contentType: 'application/pdf', size: 2048, url: '/x' }), { status: 201, headers: { 'Content-Type': 'application/json' } }));
    vi.stubGlobal('fetch', fetched);
    renderKnowledge('/service/knowledge/ka-1', [answering(KnowledgeArticleDocument, [{ knowledgeArticle: before }, { knowledgeArticle: after }])]);
    const box = await screen.findByTestId('kb-attachments', {}, { timeout: 10_000 });
    expect(within(box).getByRole('link', { name: 'seal.png' }).getAttribute('href')).toBe('/api/v1/knowledge/articles/ka-1/attachments/f-1');
    expect(within(box).getByRole('button', { name: 'Copy the Markdown for seal.png' })).toBeTruthy();
    const input = box.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.4'], 'manual.pdf', { type: 'application/pdf' })] } });
    await waitFor(() => expect(fetched).toHaveBeenCalledTimes(1));
    expect(fetched.mock.calls[0]).toMatchObject(['/api/v1/knowledge/articles/ka-1/attachments', { method: 'POST', credentials: 'include' }]);
    await waitFor(() => expect(within(screen.getByTestId('kb-attachments')).getAllByTestId('kb-attachment')).toHaveLength(2));
  });
});
