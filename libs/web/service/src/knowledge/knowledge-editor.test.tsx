import {
  ArchiveKnowledgeArticleDocument,
  CreateKnowledgeArticleDocument,
  PublishKnowledgeArticleDocument,
  SubmitKnowledgeArticleDocument,
  UpdateKnowledgeArticleDocument,
  type CreateKnowledgeArticleMutationVariables,
  type UpdateKnowledgeArticleMutationVariables,
} from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../cases/cases-fixtures';
import { answering } from '../routing/routing-fixtures';
import { availableActions } from './knowledge-actions';
import { article, articleMock, grantsWith, renderKnowledge, version } from './knowledge-fixtures';

const buttons = () => ['kb-save', 'kb-submit', 'kb-publish', 'kb-withdraw'].filter((id) => screen.queryByTestId(id));
const PUBLISHED = article({ versions: [version(1, { status: 'PUBLISHED', publishedAt: '2026-12-02T02:00:00.000Z' })], publishedVersion: { __typename: 'KnowledgeArticleVersion', id: 'v-1', number: 1 }, status: 'PUBLISHED' });

describe('Knowledge article editor', { timeout: 60_000 }, () => {
  it('previews the Markdown body as readers will see it', async () => {
    renderKnowledge('/service/knowledge/ka-1', [articleMock(article())]);
    const body = await screen.findByTestId('kb-body', {}, { timeout: 10_000 });
    fireEvent.change(body, { target: { value: '## Tools\n\n- a **torque** wrench\n\n<script>alert(1)</script>' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    const preview = await screen.findByTestId('kb-preview');
    expect(within(preview).getByRole('heading', { level: 3 }).textContent).toBe('Tools');
    expect(preview.querySelector('strong')?.textContent).toBe('torque');
    expect(preview.querySelector('script')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('saves the draft with the texts and only what else changed', async () => {
    const sent: UpdateKnowledgeArticleMutationVariables[] = [];
    const saved = article({ versions: [version(1, { title: 'Replace the seal', body: 'New text' })] });
    renderKnowledge('/service/knowledge/ka-1', [articleMock(article()), answering(UpdateKnowledgeArticleDocument, [{ updateKnowledgeArticle: { __typename: 'KnowledgeArticlePayload', article: saved } }], sent)]);
    const title = await screen.findByTestId('kb-title', {}, { timeout: 10_000 });
    fireEvent.change(title, { target: { value: '  Replace the seal ' } });
    fireEvent.change(screen.getByTestId('kb-body'), { target: { value: 'New text' } });
    fireEvent.click(screen.getByTestId('kb-save'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ input: { id: 'ka-1', title: 'Replace the seal', summary: 'When the pump leaks.', body: 'New text' } });
    await waitFor(() => expect((screen.getByTestId('kb-title') as HTMLInputElement).value).toBe('Replace the seal'));
  });

  it('submits a draft after saving unsaved changes, and says when the title is missing', async () => {
    const order: string[] = [];
    const payload = (a: ReturnType<typeof article>) => ({ __typename: 'KnowledgeArticlePayload', article: a });
    const inReview = article({ versions: [version(1, { status: 'IN_REVIEW' })] });
    renderKnowledge('/service/knowledge/ka-1', [
      articleMock(article()),
      { ...answering(UpdateKnowledgeArticleDocument, [{ updateKnowledgeArticle: payload(article()) }]), result: () => (order.push('update'), { data: { updateKnowledgeArticle: payload(article()) } }) },
      { ...answering(SubmitKnowledgeArticleDocument, [{ submitKnowledgeArticle: payload(inReview) }]), result: () => (order.push('submit'), { data: { submitKnowledgeArticle: payload(inReview) } }) },
    ]);
    const title = await screen.findByTestId('kb-title', {}, { timeout: 10_000 });
    fireEvent.change(title, { target: { value: ' ' } });
    fireEvent.click(screen.getByTestId('kb-submit'));
    expect(await screen.findByText('Give the article a title.')).toBeTruthy();
    expect(order).toEqual([]);
    fireEvent.change(title, { target: { value: 'Seal' } });
    fireEvent.click(screen.getByTestId('kb-submit'));
    await waitFor(() => expect(order).toEqual(['update', 'submit']));
    await waitFor(() => expect(screen.getByTestId('kb-status').textContent).toBe('In review'));
  });

  it('shows only the actions the article’s viewerCan and status allow', () => {
    const can = (edit: boolean, publish: boolean) => ({ __typename: 'KnowledgeArticleViewerCan' as const, edit, publish });
    expect(availableActions(article({ viewerCan: can(true, false) }))).toEqual(['save', 'submit']);
    expect(availableActions(article({ viewerCan: can(true, true) }))).toEqual(['save', 'submit', 'publish']);
    expect(availableActions(article({ viewerCan: can(true, true), versions: [version(2, { status: 'IN_REVIEW' })] }))).toEqual(['save', 'publish']);
    expect(availableActions({ ...PUBLISHED, viewerCan: can(true, true) })).toEqual(['save', 'withdraw']);
    expect(availableActions({ ...PUBLISHED, viewerCan: can(true, false) })).toEqual(['save']);
    expect(availableActions({ ...PUBLISHED, viewerCan: can(false, false) })).toEqual([]);
  });

  it('gives an agent (own drafts) save and submit but not publish', async () => {
    renderKnowledge('/service/knowledge/ka-1', [articleMock(article({ viewerCan: { __typename: 'KnowledgeArticleViewerCan', edit: true, publish: false } }))], 'SERVICE_AGENT');
    await screen.findByTestId('kb-save', {}, { timeout: 10_000 });
    expect(buttons()).toEqual(['kb-save', 'kb-submit']);
  });

  it('publishes and withdraws for a publisher', async () => {
    const published: unknown[] = [];
    const withdrawn: unknown[] = [];
    const payload = (a: ReturnType<typeof article>) => ({ __typename: 'KnowledgeArticlePayload', article: a });
    renderKnowledge('/service/knowledge/ka-1', [
      articleMock(article({ versions: [version(1, { status: 'IN_REVIEW' })] })),
      answering(PublishKnowledgeArticleDocument, [{ publishKnowledgeArticle: payload(PUBLISHED) }], published),
      answering(ArchiveKnowledgeArticleDocument, [{ archiveKnowledgeArticle: payload(article({ versions: [version(1, { status: 'ARCHIVED' })] })) }], withdrawn),
    ]);
    await screen.findByTestId('kb-publish', {}, { timeout: 10_000 });
    expect(buttons()).toEqual(['kb-save', 'kb-publish']);
    fireEvent.click(screen.getByTestId('kb-publish'));
    await waitFor(() => expect(published).toEqual([{ id: 'ka-1' }]));
    await waitFor(() => expect(buttons()).toEqual(['kb-save', 'kb-withdraw']));
    expect(screen.getByTestId('kb-save').textContent).toBe('Save as new draft');
    fireEvent.click(screen.getByTestId('kb-withdraw'));
    const confirm = await waitFor(() => {
      const ok = document.querySelector<HTMLElement>('.ant-popconfirm .ant-btn-primary');
      if (!ok) throw new Error('no confirmation yet');
      return ok;
    });
    expect(withdrawn).toEqual([]);
    fireEvent.click(confirm);
    await waitFor(() => expect(withdrawn).toEqual([{ id: 'ka-1' }]));
  });

  it('shows a reader who may not edit the published text as Markdown, without the editor or versions', async () => {
    const readOnly = { ...PUBLISHED, viewerCan: { __typename: 'KnowledgeArticleViewerCan' as const, edit: false, publish: false }, summary: 'When the pump leaks.', body: '# Steps\n\n1. Close the **valve**.' };
    renderKnowledge('/service/knowledge/ka-1', [articleMock(readOnly)], 'SALES_REP');
    const read = await screen.findByTestId('kb-read', {}, { timeout: 10_000 });
    expect(within(read).getByRole('heading', { level: 2 }).textContent).toBe('Steps');
    expect(read.querySelector('.markdown-view strong')?.textContent).toBe('valve');
    expect(screen.queryByTestId('kb-edit-form')).toBeNull();
    expect(screen.queryByTestId('kb-side-versions')).toBeNull();
    expect(screen.queryByTestId('kb-upload')).toBeNull();
    expect(buttons()).toEqual([]);
    expect(await axeViolations()).toEqual([]);
  });

  it('says an article is not found', async () => {
    renderKnowledge('/service/knowledge/nope', [articleMock(null)]);
    expect(await screen.findByTestId('record-not-found', {}, { timeout: 10_000 })).toBeTruthy();
  });

  it('creates a new article in the chosen language and opens it', async () => {
    const sent: CreateKnowledgeArticleMutationVariables[] = [];
    const router = renderKnowledge('/service/knowledge/new', [
      answering(CreateKnowledgeArticleDocument, [{ createKnowledgeArticle: { __typename: 'KnowledgeArticlePayload', article: article({ id: 'ka-9' }) } }], sent),
      articleMock(article({ id: 'ka-9' })),
    ]);
    const title = await screen.findByTestId('kb-title', {}, { timeout: 10_000 });
    fireEvent.change(title, { target: { value: 'Reset the controller' } });
    fireEvent.change(screen.getByTestId('kb-body'), { target: { value: 'Hold **reset**.' } });
    fireEvent.click(screen.getByTestId('kb-create-submit'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ input: { language: 'en', title: 'Reset the controller', summary: '', body: 'Hold **reset**.', audience: 'INTERNAL', categoryId: null, productIds: [] } });
    await waitFor(() => expect(router.state.location.pathname).toBe('/service/knowledge/ka-9'));
  });

  it('keeps a reader who may not write out of the new article page', async () => {
    renderKnowledge('/service/knowledge/new', [], 'SALES_REP', grantsWith('SALES_REP', 'knowledge', 'ALL', 'NONE'));
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('kb-new-form')).toBeNull();
  });
});
