import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, KnowledgeArticlesDocument, KnowledgeCategoriesDocument, SearchKnowledgeDocument, type KnowledgeArticlesQueryVariables } from '@rapport/web-data-access';
import { CursorPager, useCursorStack, usePageTitle, usePermissions } from '@rapport/web-core';
import { ErrorState, isLanguage, PageHeader, useDebouncedValue } from '@rapport/web-ui';
import { Button, Card, Skeleton, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { KnowledgeCategoriesModal } from './knowledge-categories-modal';
import { anyFilter, KnowledgeFilters, type KnowledgeFilterValues } from './knowledge-filters';
import { NEW_ARTICLE_PATH } from './knowledge-paths';
import { ArticleHits, ArticleRows, KnowledgeEmpty } from './knowledge-results';

type KnowledgeArticleFilter = NonNullable<KnowledgeArticlesQueryVariables['filter']>;

export const PAGE_SIZE = 20;
/** A search answers its best matches only (the API ranks them); more would be noise. */
export const SEARCH_SIZE = 50;

/** The list's filters as the API's typed filter (undefined when none is set). */
export function articleFilter(f: KnowledgeFilterValues): KnowledgeArticleFilter | undefined {
  const filter: KnowledgeArticleFilter = {};
  if (f.status) filter.status = { eq: f.status };
  if (f.language) filter.language = { eq: f.language };
  if (f.audience) filter.audience = { eq: f.audience };
  if (f.categoryId) filter.categoryId = { eq: f.categoryId };
  return Object.keys(filter).length ? filter : undefined;
}

/**
 * The knowledge base (issue 19 items 3, 7): every article the viewer may read, newest change
 * first, filtered by status, language, audience and category; typing a query searches the
 * published articles in the chosen language (the viewer's own by default, as the API does) instead
 * (Chinese by two-character terms, English by stem), best first, with the matched words marked.
 */
export function KnowledgeListPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('knowledge.list.title'));
  const navigate = useNavigate();
  const permissions = usePermissions();
  const canWrite = permissions.can('knowledge', 'write');
  // The category tree is the publishers' (the API's `all` write scope on knowledge), like publishing.
  const managesCategories = permissions.scope('knowledge', 'write') === 'ALL';
  const [categoriesOpen, setCategoriesOpen] = useState(false);
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<KnowledgeFilterValues>({});
  const query = useDebouncedValue(text.trim(), 300);
  const searching = query.length > 0;
  const filter = articleFilter(filters);
  const cursors = useCursorStack(JSON.stringify(filter ?? null));

  const categories = useQuery(KnowledgeCategoriesDocument);
  // Back from writing or publishing an article, the list asks again (the cache has the old page).
  const list = useQuery(KnowledgeArticlesDocument, { variables: { first: PAGE_SIZE, after: cursors.after, filter }, skip: searching, fetchPolicy: 'cache-and-network' });
  const search = useQuery(SearchKnowledgeDocument, {
    variables: { query, first: SEARCH_SIZE, language: filters.language ?? (isLanguage(i18n.language) ? i18n.language : undefined), ...(filters.categoryId ? { categoryId: filters.categoryId } : {}) },
    skip: !searching,
  });

  const names = useMemo(() => new Map((categories.data?.knowledgeCategories ?? []).map((c) => [c.id, c.name])), [categories.data]);
  const categoryName = (id: string | null) => (id ? names.get(id) : undefined);
  const clear = () => {
    setText('');
    setFilters({});
  };
  const create = canWrite ? () => void navigate(NEW_ARTICLE_PATH) : undefined;

  let body: ReactNode;
  if (searching) {
    // The search has no audience filter of its own: hits are narrowed here (all on one page).
    const hits = search.data?.searchKnowledge.filter((h) => !filters.audience || h.article.audience === filters.audience);
    if (search.error && !hits) body = <ErrorState message={errorMessageOf(search.error)} onRetry={() => void search.refetch()} />;
    else if (!hits) body = <Skeleton active paragraph={{ rows: 4 }} data-testid="kb-loading" />;
    else if (!hits.length) body = <KnowledgeEmpty filtered onClear={clear} />;
    else
      body = (
        <>
          <Typography.Paragraph type="secondary" role="status">{t('knowledge.list.hits', { count: hits.length })}</Typography.Paragraph>
          <ArticleHits hits={hits} categoryName={categoryName} />
        </>
      );
  } else {
    const conn = list.data?.knowledgeArticles;
    if (list.error && !conn) body = <ErrorState message={errorMessageOf(list.error)} onRetry={() => void list.refetch()} />;
    else if (!conn) body = <Skeleton active paragraph={{ rows: 4 }} data-testid="kb-loading" />;
    else if (!conn.edges.length && cursors.page === 1) body = <KnowledgeEmpty filtered={anyFilter(filters)} onClear={clear} onCreate={create} />;
    else
      body = (
        <>
          <ArticleRows rows={conn.edges.map((e) => e.node)} categoryName={categoryName} />
          <CursorPager cursors={cursors} totalCount={conn.totalCount} hasNextPage={conn.pageInfo.hasNextPage} endCursor={conn.pageInfo.endCursor} loading={list.loading} />
        </>
      );
  }

  return (
    <>
      <PageHeader
        title={t('knowledge.list.title')}
        subtitle={t('knowledge.list.subtitle')}
        extra={
          <>
            {managesCategories ? (
              <Button onClick={() => setCategoriesOpen(true)} data-testid="kb-manage-categories">
                {t('knowledge.categories.manage')}
              </Button>
            ) : null}
            {create ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={create} data-testid="kb-create">
                {t('knowledge.list.create')}
              </Button>
            ) : null}
          </>
        }
      />
      {managesCategories ? <KnowledgeCategoriesModal open={categoriesOpen} onClose={() => setCategoriesOpen(false)} categories={categories.data?.knowledgeCategories ?? []} /> : null}
      <Card size="small">
        <KnowledgeFilters text={text} onText={setText} filters={filters} onFilters={setFilters} categories={categories.data?.knowledgeCategories ?? []} searching={searching} />
        {body}
      </Card>
    </>
  );
}

export default KnowledgeListPage;
