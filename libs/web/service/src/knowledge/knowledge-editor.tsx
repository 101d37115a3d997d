import { useMutation } from '@apollo/client/react';
import { UpdateKnowledgeArticleDocument, type KnowledgeArticleFieldsFragment, type UpdateKnowledgeArticleMutationVariables } from '@rapport/web-data-access';
import { applyServerErrors } from '@rapport/web-core';
import { PageHeader } from '@rapport/web-ui';
import { Alert, App, Card, Col, Form, Row, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KnowledgeActions } from './knowledge-actions';
import { ARTICLE_FORM_FIELDS, ArticleFields, type ArticleFormValues } from './knowledge-form';
import { languageName, STATUS_COLOR, statusLabel } from './knowledge-model';

type UpdateKnowledgeArticleInput = UpdateKnowledgeArticleMutationVariables['input'];

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The form's values as the update's input: the texts always, the rest only when changed (a published article's audience is a publisher's). */
export function updateInput(article: KnowledgeArticleFieldsFragment, v: ArticleFormValues): UpdateKnowledgeArticleInput {
  const input: UpdateKnowledgeArticleInput = { id: article.id, title: v.title.trim(), summary: v.summary ?? '', body: v.body ?? '' };
  if (v.audience !== article.audience) input.audience = v.audience;
  if ((v.categoryId ?? null) !== (article.categoryId ?? null)) input.categoryId = v.categoryId ?? null;
  if (!sameSet(v.productIds ?? [], article.productIds)) input.productIds = v.productIds ?? [];
  return input;
}

export function initialValues(article: KnowledgeArticleFieldsFragment): ArticleFormValues {
  const v = article.latestVersion;
  return { title: v?.title ?? article.title, summary: v?.summary ?? '', body: v?.body ?? '', audience: article.audience, categoryId: article.categoryId ?? null, productIds: [...article.productIds] };
}

/**
 * An article for a viewer who may change it: the latest version's texts in the form, the actions
 * its status and `viewerCan` allow in the header, and `side` (translations, versions, files,
 * readers' feedback) beside the form on a wide screen, below it on a phone.
 */
export function KnowledgeEditor({ article, side }: { article: KnowledgeArticleFieldsFragment; side: ReactNode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ArticleFormValues>();
  const [problem, setProblem] = useState<string>();
  const [update, { loading }] = useMutation(UpdateKnowledgeArticleDocument);
  const status = article.latestVersion?.status ?? article.status;

  const save = async (): Promise<boolean> => {
    setProblem(undefined);
    if (!form.isFieldsTouched()) return true;
    let values: ArticleFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return false;
    }
    try {
      const { data } = await update({ variables: { input: updateInput(article, values) } });
      // The saved texts are the form's new starting point (nothing left to save).
      form.resetFields();
      if (data) form.setFieldsValue(initialValues(data.updateKnowledgeArticle.article));
      void message.success(t('knowledge.actions.saved'));
      return true;
    } catch (e) {
      setProblem(applyServerErrors(form, e, ARTICLE_FORM_FIELDS, t));
      return false;
    }
  };

  return (
    <>
      <PageHeader
        title={<span lang={article.language}>{article.title}</span>}
        subtitle={
          <>
            <Tag color={STATUS_COLOR[status]} data-testid="kb-status">{statusLabel(t, status)}</Tag>
            {languageName(article.language)}
            {article.latestVersion ? ` · ${t('knowledge.versions.number', { number: article.latestVersion.number })}` : ''}
          </>
        }
        extra={<KnowledgeActions article={article} save={save} saving={loading} />}
      />
      {status === 'PUBLISHED' ? <Typography.Paragraph type="secondary">{t('knowledge.editor.publishedHint')}</Typography.Paragraph> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('knowledge.editor.draft')}</Typography.Title>}>
            {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} data-testid="kb-form-error" /> : null}
            <Form<ArticleFormValues> form={form} layout="vertical" initialValues={initialValues(article)} data-testid="kb-edit-form">
              <ArticleFields form={form} language={article.language} canChangeAudience={!article.publishedVersion || article.viewerCan.publish} />
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          {side}
        </Col>
      </Row>
    </>
  );
}
