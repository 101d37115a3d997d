import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  CaseKnowledgeArticleDocument,
  CaseKnowledgeDocument,
  errorMessageOf,
  LinkCaseKnowledgeArticleDocument,
  UnlinkCaseKnowledgeArticleDocument,
  type CaseKnowledgeArticleFieldsFragment,
} from '@rapport/web-data-access';
import { useCan } from '@rapport/web-core';
import { ErrorState, LoadingState, MarkdownView } from '@rapport/web-ui';
import { App, Button, Card, Drawer, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { portalArticlePath } from '../portal/portal-paths';
import { languageName } from '../routing/routing-model';

type Article = CaseKnowledgeArticleFieldsFragment;

/**
 * What "Insert into reply" puts in the reply box: the title, the body as its Markdown text (the
 * customer reads it in an email) and where it is in the portal (absolute, since it leaves the app in
 * a mail). Only articles for customers are offered: internal and partner ones are linked to the case,
 * never sent to the customer in one click.
 */
export function articleReplyText(a: Pick<Article, 'id' | 'title'> & { body?: string | null }, origin: string): string {
  return [a.title.trim(), (a.body ?? '').trim(), `${origin}${portalArticlePath(a.id)}`].filter(Boolean).join('\n\n');
}

interface PanelProps {
  caseId: string;
  /** The viewer may change the case: link and unlink. */
  canLink: boolean;
  /** The viewer may reply and change the case: inserting puts the text into the reply and links the article. */
  canInsert: boolean;
  onInsert: (text: string) => void;
}

/**
 * The case page's knowledge card (issue 19 item 3): articles suggested for the case by its subject
 * and description, and those linked to it. Each opens in a drawer; agents who may reply insert one
 * into the reply (which links it, so the case records what it was answered with) or link it
 * alone. Only for viewers who read knowledge; the API filters the articles by audience the same.
 */
export function CaseKnowledgePanel(props: PanelProps) {
  const readsKnowledge = useCan('knowledge', 'read');
  return readsKnowledge ? <KnowledgeCard {...props} /> : null;
}

function KnowledgeCard({ caseId, canLink, canInsert, onInsert }: PanelProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(CaseKnowledgeDocument, { variables: { caseId }, fetchPolicy: 'cache-and-network' });
  const refetchQueries = [{ query: CaseKnowledgeDocument, variables: { caseId } }];
  const [link] = useMutation(LinkCaseKnowledgeArticleDocument, { refetchQueries });
  const [unlink] = useMutation(UnlinkCaseKnowledgeArticleDocument, { refetchQueries });
  const [reading, setReading] = useState<Article | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const linked = data?.case?.knowledgeArticles ?? [];
  const linkedIds = new Set(linked.map((a) => a.id));
  const suggested = (data?.knowledgeSuggestions ?? []).map((h) => h.article);

  const act = async (articleId: string, work: () => Promise<string>) => {
    setBusy(articleId);
    try {
      void message.success(await work());
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    } finally {
      setBusy(null);
    }
  };
  const linkTo = (articleId: string) => link({ variables: { input: { articleId, caseId } } });
  const insert = (a: Article) =>
    act(a.id, async () => {
      const res = await client.query({ query: CaseKnowledgeArticleDocument, variables: { id: a.id } });
      const article = res.data?.knowledgeArticle;
      if (!article) throw new Error(errorMessageOf(res.error) ?? t('service.knowledgePanel.notFound'));
      onInsert(articleReplyText(article, window.location.origin));
      if (!linkedIds.has(a.id)) await linkTo(a.id);
      return t('service.knowledgePanel.inserted');
    });

  const row = (a: Article, where: 'suggested' | 'linked') => (
    <li key={`${where}-${a.id}`} data-testid={`case-knowledge-${where}`} data-id={a.id}>
      <Flex vertical gap={2}>
        <Flex gap={6} wrap align="center">
          <Typography.Text strong>{a.title}</Typography.Text>
          <Tag>{languageName(t, a.language) ?? a.language}</Tag>
          {a.audience !== 'CUSTOMERS' ? <Tag color="gold">{t('service.knowledgePanel.internal')}</Tag> : null}
          {where === 'suggested' && linkedIds.has(a.id) ? <Tag color="green">{t('service.knowledgePanel.linkedTag')}</Tag> : null}
        </Flex>
        {a.summary ? (
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0, fontSize: 13 }}>
            {a.summary}
          </Typography.Paragraph>
        ) : null}
        <Flex gap={4} wrap>
          <Button size="small" onClick={() => setReading(a)} data-testid="case-knowledge-open" aria-label={`${t('service.knowledgePanel.open')}: ${a.title}`}>
            {t('service.knowledgePanel.open')}
          </Button>
          {canInsert && a.audience === 'CUSTOMERS' ? (
            <Button size="small" type="primary" ghost loading={busy === a.id} disabled={!!busy && busy !== a.id} onClick={() => void insert(a)} data-testid="case-knowledge-insert" aria-label={`${t('service.knowledgePanel.insert')}: ${a.title}`}>
              {t('service.knowledgePanel.insert')}
            </Button>
          ) : null}
          {canLink && where === 'suggested' && !linkedIds.has(a.id) ? (
            <Button size="small" disabled={!!busy} onClick={() => void act(a.id, async () => (await linkTo(a.id), t('service.knowledgePanel.linkedDone')))} data-testid="case-knowledge-link" aria-label={`${t('service.knowledgePanel.link')}: ${a.title}`}>
              {t('service.knowledgePanel.link')}
            </Button>
          ) : null}
          {canLink && where === 'linked' ? (
            <Button
              size="small"
              danger
              disabled={!!busy}
              onClick={() => void act(a.id, async () => (await unlink({ variables: { input: { articleId: a.id, caseId } } }), t('service.knowledgePanel.unlinkedDone')))}
              data-testid="case-knowledge-unlink"
              aria-label={`${t('service.knowledgePanel.unlink')}: ${a.title}`}
            >
              {t('service.knowledgePanel.unlink')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
    </li>
  );
  const list = (items: readonly Article[], where: 'suggested' | 'linked', empty: string) =>
    items.length ? (
      <Flex component="ul" vertical gap={10} style={{ padding: 0, margin: 0, listStyle: 'none' }}>
        {items.map((a) => row(a, where))}
      </Flex>
    ) : (
      <Typography.Text type="secondary" data-testid={`case-knowledge-${where}-empty`}>
        {empty}
      </Typography.Text>
    );

  return (
    <Card size="small" title={t('service.knowledgePanel.title')} data-testid="case-knowledge">
      {!data && loading ? <LoadingState /> : null}
      {!data && error ? <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} /> : null}
      {data ? (
        <Flex vertical gap={12}>
          <section aria-label={t('service.knowledgePanel.suggested')}>
            <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6 }}>{t('service.knowledgePanel.suggested')}</Typography.Text>
            {list(suggested, 'suggested', t('service.knowledgePanel.noSuggestions'))}
          </section>
          <section aria-label={t('service.knowledgePanel.linked')}>
            <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6 }}>{t('service.knowledgePanel.linked')}</Typography.Text>
            {list(linked, 'linked', t('service.knowledgePanel.noLinked'))}
          </section>
        </Flex>
      ) : null}
      <ArticleDrawer article={reading} onClose={() => setReading(null)} />
    </Card>
  );
}

/** One article to read beside the case, as the shared Markdown view renders it. */
function ArticleDrawer({ article, onClose }: { article: Article | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CaseKnowledgeArticleDocument, { variables: { id: article?.id ?? '' }, skip: !article });
  const body = data?.knowledgeArticle?.body;
  return (
    <Drawer open={!!article} onClose={onClose} title={article?.title} size={Math.min(640, window.innerWidth)} closable={{ 'aria-label': t('service.knowledgePanel.close') }} data-testid="case-knowledge-reader">
      {article?.summary ? <Typography.Paragraph type="secondary">{article.summary}</Typography.Paragraph> : null}
      {loading && !data ? <LoadingState /> : null}
      {error ? <Typography.Text type="danger">{errorMessageOf(error)}</Typography.Text> : null}
      {data && !data.knowledgeArticle ? <Typography.Text type="secondary">{t('service.knowledgePanel.notFound')}</Typography.Text> : null}
      {body ? <MarkdownView source={body} headingBase={3} /> : null}
    </Drawer>
  );
}
