import { useMutation, useQuery } from '@apollo/client/react';
import { PortalKnowledgeArticleDocument, PortalRateKnowledgeArticleDocument, PortalViewKnowledgeArticleDocument } from '@rapport/web-data-access';
import { formatDate, LoadingState, MarkdownView } from '@rapport/web-ui';
import { Alert, App, Button, Space } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { portalErrorMessage } from './portal-errors';

/**
 * A public article as the customer reads it: counted as a view once, its Markdown body rendered
 * safely (the shared MarkdownView: no raw HTML, safe links; its headings under the article's
 * title), and "Did this help?". `onOpened` tells a new case's page that
 * the customer read it (a deflection if they then leave).
 */
export function PortalArticle({ id, headingLevel = 1, onOpened }: { id: string; headingLevel?: 1 | 2; onOpened?: (id: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, error } = useQuery(PortalKnowledgeArticleDocument, { variables: { id } });
  const [view] = useMutation(PortalViewKnowledgeArticleDocument);
  const [rate, rating] = useMutation(PortalRateKnowledgeArticleDocument);
  const counted = useRef<string>(undefined);
  const article = data?.knowledgeArticle;

  useEffect(() => {
    if (!article || counted.current === article.id) return;
    counted.current = article.id;
    onOpened?.(article.id);
    // A view is a statistic: losing one is no reason to bother the reader.
    view({ variables: { input: { id: article.id } } }).catch(() => undefined);
  }, [article, onOpened, view]);

  if (data && !article) return <Alert data-testid="portal-article-missing" type="warning" showIcon title={t('portal.help.notFound')} />;
  if (!article && error) return <Alert data-testid="portal-article-error" type="error" showIcon role="alert" title={t('portal.errors.generic')} />;
  if (!article) return <LoadingState />;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const answered = article.viewerFeedback;
  return (
    <article className="portal-card" data-testid="portal-article" lang={article.language}>
      <Heading>{article.title}</Heading>
      {article.publishedAt ? <div style={{ fontSize: 12, marginBottom: 8 }}>{formatDate(article.publishedAt)}</div> : null}
      {article.summary ? <p><strong>{article.summary}</strong></p> : null}
      <MarkdownView source={article.body ?? ''} headingBase={headingLevel === 1 ? 2 : 3} className="portal-article-body" />
      <footer style={{ marginTop: 16 }}>
        {answered ? (
          <p data-testid="portal-article-thanks" role="status">
            {t('portal.help.thanks')}
          </p>
        ) : (
          <Space wrap>
            <span>{t('portal.help.helped')}</span>
            {[true, false].map((helpful) => (
              <Button
                key={String(helpful)}
                data-testid={helpful ? 'portal-article-yes' : 'portal-article-no'}
                loading={rating.loading}
                onClick={() => void rate({ variables: { input: { articleId: article.id, helpful } } }).catch((e: unknown) => void message.error(portalErrorMessage(e, t)))}
              >
                {helpful ? t('portal.help.yes') : t('portal.help.no')}
              </Button>
            ))}
          </Space>
        )}
      </footer>
    </article>
  );
}
