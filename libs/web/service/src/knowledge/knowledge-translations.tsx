import { useMutation } from '@apollo/client/react';
import { AddKnowledgeTranslationDocument, errorMessageOf, type KnowledgeArticleFieldsFragment } from '@rapport/web-data-access';
import { App, Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { articlePath } from './knowledge-paths';
import { KB_LANGUAGES, languageName, STATUS_COLOR, statusLabel } from './knowledge-model';

/**
 * The article in the other languages: links to the variants the viewer may read and, for a viewer
 * who may edit it, "Translate into …" for each language it has none in yet. That makes a linked
 * draft starting from this article's texts (the translator writes over them) and opens it.
 */
export function KnowledgeTranslations({ article }: { article: KnowledgeArticleFieldsFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<string>();
  const [add] = useMutation(AddKnowledgeTranslationDocument);
  const taken = new Set([article.language, ...article.translations.map((tr) => tr.language)]);
  const missing = article.viewerCan.edit ? KB_LANGUAGES.filter((l) => !taken.has(l)) : [];
  const source = article.latestVersion;

  const translate = async (language: string) => {
    setBusy(language);
    try {
      const { data } = await add({ variables: { input: { articleId: article.id, language, title: source?.title ?? article.title, summary: source?.summary ?? '', body: source?.body ?? '' } } });
      if (data) {
        void message.success(t('knowledge.translations.created', { language: languageName(language) }));
        void navigate(articlePath(data.addKnowledgeTranslation.article.id));
      }
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div data-testid="kb-translations">
      {article.translations.length ? (
        <ul style={{ listStyle: 'none', padding: 0, margin: '0 0 8px' }}>
          {article.translations.map((tr) => (
            <li key={tr.id} data-testid="kb-translation" style={{ padding: '4px 0' }}>
              <Flex gap={6} wrap align="center">
                <Typography.Text type="secondary">{languageName(tr.language)}</Typography.Text>
                <Link to={articlePath(tr.id)} lang={tr.language} style={{ overflowWrap: 'anywhere' }}>
                  {tr.title}
                </Link>
                <Tag color={STATUS_COLOR[tr.status]}>{statusLabel(t, tr.status)}</Tag>
              </Flex>
            </li>
          ))}
        </ul>
      ) : (
        <Typography.Paragraph type="secondary">{t('knowledge.translations.none')}</Typography.Paragraph>
      )}
      {missing.length ? (
        <Flex gap="small" wrap>
          {missing.map((l) => (
            <Button key={l} size="small" loading={busy === l} disabled={!!busy && busy !== l} onClick={() => void translate(l)} data-testid={`kb-translate-${l}`}>
              {t('knowledge.translations.translateInto', { language: languageName(l) })}
            </Button>
          ))}
        </Flex>
      ) : null}
    </div>
  );
}
