import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import {
  createCache,
  KnowledgeArticleDocument,
  KnowledgeCategoriesDocument,
  KnowledgeProductsDocument,
  type CurrentUserFragment,
  type KnowledgeArticleFieldsFragment,
  type KnowledgeArticleRowFragment,
  type KnowledgeHitFragment,
  type KnowledgeVersionFieldsFragment,
  type Role,
} from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { grantsFor, rolesMock } from '@rapport/web-testing';
import { render } from '@testing-library/react';
import { App } from 'antd';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { answering } from '../routing/routing-fixtures';
import { KNOWLEDGE_ROUTES } from './routes';

// Hand-made answers of the knowledge queries for the knowledge screens' tests.

type Grant = NonNullable<CurrentUserFragment['permissions']>[number];

/** A role's grants with one object's changed (a reader who may not write, say). */
export function grantsWith(role: Role, object: string, read: Grant['read'], write: Grant['write']): Grant[] {
  return grantsFor(role).map((g) => (g.object === object ? { ...g, read, write } : g));
}

export function row(id: string, title: string, over: Partial<KnowledgeArticleRowFragment> = {}): KnowledgeArticleRowFragment {
  return {
    __typename: 'KnowledgeArticle',
    id,
    title,
    language: 'en',
    audience: 'CUSTOMERS',
    status: 'PUBLISHED',
    categoryId: 'cat-2',
    publishedAt: '2026-12-01T02:00:00.000Z',
    updatedAt: '2026-12-01T02:00:00.000Z',
    viewCount: 12,
    helpfulCount: 3,
    notHelpfulCount: 1,
    owner: { __typename: 'UserRef', id: 'u-agent', name: 'Alex Agent' },
    ...over,
  };
}

export function version(number: number, over: Partial<KnowledgeVersionFieldsFragment> = {}): KnowledgeVersionFieldsFragment {
  return {
    __typename: 'KnowledgeArticleVersion',
    id: `v-${number}`,
    number,
    status: 'DRAFT',
    title: 'Replace the pump seal',
    summary: 'When the pump leaks.',
    body: '# Steps\n\n1. Close the valve.',
    createdAt: '2026-12-01T02:00:00.000Z',
    updatedAt: '2026-12-01T02:00:00.000Z',
    submittedAt: null,
    publishedAt: null,
    archivedAt: null,
    ...over,
  };
}

export function article(over: Partial<KnowledgeArticleFieldsFragment> = {}): KnowledgeArticleFieldsFragment {
  const versions = over.versions ?? [version(1)];
  return {
    ...row('ka-1', versions[0]!.title, { status: versions[0]!.status, publishedAt: null }),
    summary: null,
    body: null,
    translationGroupId: 'g-1',
    productIds: [],
    feedbackCount: 4,
    viewerCan: { __typename: 'KnowledgeArticleViewerCan', edit: true, publish: true },
    category: { __typename: 'KnowledgeCategory', id: 'cat-2', name: 'Pumps' },
    latestVersion: versions[0]!,
    publishedVersion: null,
    versions,
    translations: [],
    attachments: [],
    ...over,
  };
}

export function hit(a: KnowledgeArticleRowFragment, title: [string, boolean][], snippet: [string, boolean][]): KnowledgeHitFragment {
  const seg = ([text, match]: [string, boolean]) => ({ __typename: 'KnowledgeTextSegment' as const, text, match });
  return { __typename: 'KnowledgeSearchHit', rank: 0.5, article: a, title: title.map(seg), snippet: snippet.map(seg) };
}

export const CATEGORIES = [
  { __typename: 'KnowledgeCategory' as const, id: 'cat-1', name: 'Hardware', names: { en: 'Hardware', 'zh-CN': '硬件' }, parentId: null, position: 1 },
  { __typename: 'KnowledgeCategory' as const, id: 'cat-2', name: 'Pumps', names: { en: 'Pumps' }, parentId: 'cat-1', position: 1 },
];

export function articleMock(a: KnowledgeArticleFieldsFragment | null): MockLink.MockedResponse {
  return answering(KnowledgeArticleDocument, [{ knowledgeArticle: a }]);
}

/**
 * Renders the knowledge routes at a path for a role (its grants, or `grants`), with the category
 * tree and an empty product catalogue unless `mocks` (matched first) say otherwise.
 */
export function renderKnowledge(path: string, mocks: MockLink.MockedResponse[], role: Role = 'SERVICE_MANAGER', grants: Grant[] = grantsFor(role)) {
  const router = createMemoryRouter(KNOWLEDGE_ROUTES, { initialEntries: [path] });
  const me = { __typename: 'User' as const, id: 'u-me', email: 'me@example.com', name: 'Sam Service', role, locale: 'EN' as const, team: null, permissions: grants };
  render(
    <MockedProvider mocks={[...mocks, answering(KnowledgeCategoriesDocument, [{ knowledgeCategories: CATEGORIES }]), answering(KnowledgeProductsDocument, [{ products: [] }]), rolesMock()]} cache={createCache()}>
      <App>
        <SessionContext.Provider value={me}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </App>
    </MockedProvider>,
  );
  return router;
}
