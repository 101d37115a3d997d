import { KnowledgeArticlesDocument, SaveKnowledgeCategoryDocument, type SaveKnowledgeCategoryMutationVariables } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../cases/cases-fixtures';
import { answering } from '../routing/routing-fixtures';
import { CATEGORIES, renderKnowledge } from './knowledge-fixtures';

const EMPTY = { knowledgeArticles: { __typename: 'KnowledgeArticleConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } };

describe('Knowledge categories', { timeout: 60_000 }, () => {
  it('lets a publisher rename a category in three languages', async () => {
    const sent: SaveKnowledgeCategoryMutationVariables[] = [];
    renderKnowledge('/service/knowledge', [answering(KnowledgeArticlesDocument, [EMPTY]), answering(SaveKnowledgeCategoryDocument, [{ saveKnowledgeCategory: { __typename: 'KnowledgeCategoryPayload', category: CATEGORIES[0] } }], sent)]);
    fireEvent.click(await screen.findByTestId('kb-manage-categories', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByText('Hardware'));
    const en = await within(dialog).findByTestId('kb-category-en');
    expect((en as HTMLInputElement).value).toBe('Hardware');
    expect((within(dialog).getByTestId('kb-category-zh-cn') as HTMLInputElement).value).toBe('硬件');
    fireEvent.change(within(dialog).getByTestId('kb-category-zh-tw'), { target: { value: ' 硬體 ' } });
    expect(await axeViolations()).toEqual([]);
    fireEvent.click(within(dialog).getByTestId('kb-category-save'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ input: { id: 'cat-1', nameEn: 'Hardware', nameZhCn: '硬件', nameZhTw: '硬體', parentId: null } });
  });

  it('is not offered to an agent, who drafts articles but does not publish', async () => {
    renderKnowledge('/service/knowledge', [answering(KnowledgeArticlesDocument, [EMPTY])], 'SERVICE_AGENT');
    await screen.findByTestId('kb-empty', {}, { timeout: 10_000 });
    expect(screen.getByTestId('kb-create')).toBeTruthy();
    expect(screen.queryByTestId('kb-manage-categories')).toBeNull();
  });
});
