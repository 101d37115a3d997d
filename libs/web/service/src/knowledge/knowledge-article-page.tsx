import { useQuery } from '@apollo/client/react';
import { errorCodeOf, errorMessageOf, KnowledgeArticleDocument, type KnowledgeArticleFieldsFragment } from '@rapport/web-data-access';
import { NoAccess, RecordNotFound, usePageTitle } from '@rapport/web-core';
import { ErrorState, PageHeader } from '@rapport/web-ui';
import { Card, Flex, Skeleton, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { KNOWLEDGE_NEEDS } from './knowledge-access';
import { KnowledgeAttachments } from './knowledge-attachments';
import { KnowledgeEditor } from './knowledge-editor';
import { KNOWLEDGE_PATH } from './knowledge-paths';
import { KnowledgeReadView } from './knowledge-read-view';
import { KnowledgeTranslations } from './knowledge-translations';
import { KnowledgeVersions } from './knowledge-versions';

function SideCard({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{title}</Typography.Title>} data-testid={testId} style={{ marginBottom: 16 }}>
      {children}
    </Card>
  );
}

/** How readers took it: views and "did this help?" answers. */
function ReaderFigures({ article }: { article: KnowledgeArticleFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Flex gap="large" wrap data-testid="kb-figures">
      <Statistic title={t('knowledge.figures.views')} value={article.viewCount} />
      <Statistic title={t('knowledge.figures.helpful')} value={article.helpfulCount} />
      <Statistic title={t('knowledge.figures.notHelpful')} value={article.notHelpfulCount} />
    </Flex>
  );
}

/**
 * An article's page (issue 19 items 3, 7): its editor with versions and their diff for those who
 * may change it (`viewerCan.edit`), the published text for the other readers; translations, files
 * and readers' figures for both.
 */
export function KnowledgeArticlePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(KnowledgeArticleDocument, { variables: { id } });
  const article = data?.knowledgeArticle;
  usePageTitle(article?.title ?? t('knowledge.list.title'));

  if (errorCodeOf(error) === 'FORBIDDEN') return <NoAccess needs={KNOWLEDGE_NEEDS.read} />;
  const header = <PageHeader title={t('knowledge.list.title')} />;
  if (error && !data) return (<>{header}<ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} /></>);
  if (!data) return (<>{header}<Skeleton active paragraph={{ rows: 8 }} data-testid="kb-article-loading" /></>);
  if (!article) return <RecordNotFound title={t('knowledge.article.notFound')} backTo={KNOWLEDGE_PATH} backLabel={t('knowledge.article.back')} />;

  const side = (
    <>
      <SideCard title={t('knowledge.translations.title')} testId="kb-side-translations">
        <KnowledgeTranslations article={article} />
      </SideCard>
      {article.viewerCan.edit ? (
        <SideCard title={t('knowledge.versions.title')} testId="kb-side-versions">
          <KnowledgeVersions versions={article.versions} />
        </SideCard>
      ) : null}
      <SideCard title={t('knowledge.attachments.title')} testId="kb-side-attachments">
        <KnowledgeAttachments article={article} onUploaded={() => void refetch()} />
      </SideCard>
      <SideCard title={t('knowledge.figures.title')} testId="kb-side-figures">
        <ReaderFigures article={article} />
      </SideCard>
    </>
  );
  return (
    <div key={article.id}>
      <Link to={KNOWLEDGE_PATH}>{t('knowledge.article.back')}</Link>
      {article.viewerCan.edit ? <KnowledgeEditor article={article} side={side} /> : <KnowledgeReadView article={article} side={side} />}
    </div>
  );
}

export default KnowledgeArticlePage;
