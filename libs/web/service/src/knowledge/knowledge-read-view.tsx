import type { KnowledgeArticleFieldsFragment } from '@rapport/web-data-access';
import { formatDate, MarkdownView, PageHeader } from '@rapport/web-ui';
import { Card, Col, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { audienceLabel, languageName } from './knowledge-model';

/**
 * An article for a viewer who may not change it: the published text as readers see it (Markdown
 * through the shared renderer, never raw HTML), with `side` (translations, files, feedback).
 */
export function KnowledgeReadView({ article, side }: { article: KnowledgeArticleFieldsFragment; side: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={<span lang={article.language}>{article.title}</span>}
        subtitle={
          <>
            {languageName(article.language)}
            {' · '}
            {audienceLabel(t, article.audience)}
            {article.publishedAt ? ` · ${t('knowledge.list.publishedOn', { date: formatDate(article.publishedAt) })}` : ''}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card size="small">
            <article data-testid="kb-read" lang={article.language} style={{ overflowWrap: 'anywhere' }}>
              {article.category ? <Tag style={{ marginBottom: 8 }}>{article.category.name}</Tag> : null}
              {article.summary ? (
                <Typography.Paragraph strong data-testid="kb-read-summary">
                  {article.summary}
                </Typography.Paragraph>
              ) : null}
              {article.body ? <MarkdownView source={article.body} headingBase={2} /> : <Typography.Text type="secondary">{t('knowledge.read.notPublished')}</Typography.Text>}
            </article>
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          {side}
        </Col>
      </Row>
    </>
  );
}
