import { useMutation } from '@apollo/client/react';
import { CreateKnowledgeArticleDocument } from '@rapport/web-data-access';
import { applyServerErrors, usePageTitle } from '@rapport/web-core';
import { isLanguage, PageHeader } from '@rapport/web-ui';
import { Alert, Button, Card, Flex, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ARTICLE_FORM_FIELDS, ArticleFields, type ArticleFormValues } from './knowledge-form';
import { articlePath, KNOWLEDGE_PATH } from './knowledge-paths';

/** A new article: its first version a draft, in the writer's language unless they pick another. */
export function KnowledgeNewPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('knowledge.new.title'));
  const navigate = useNavigate();
  const [form] = Form.useForm<ArticleFormValues>();
  const [problem, setProblem] = useState<string>();
  const [create, { loading }] = useMutation(CreateKnowledgeArticleDocument);
  const language = Form.useWatch('language', form);

  const submit = async (v: ArticleFormValues) => {
    setProblem(undefined);
    try {
      const { data } = await create({
        variables: { input: { language: v.language!, title: v.title.trim(), summary: v.summary ?? '', body: v.body ?? '', audience: v.audience, categoryId: v.categoryId ?? null, productIds: v.productIds ?? [] } },
      });
      if (data) void navigate(articlePath(data.createKnowledgeArticle.article.id));
    } catch (e) {
      setProblem(applyServerErrors(form, e, ARTICLE_FORM_FIELDS, t));
    }
  };

  return (
    <>
      <PageHeader title={t('knowledge.new.title')} subtitle={t('knowledge.new.subtitle')} />
      <Card size="small" style={{ maxWidth: 960 }}>
        <Form<ArticleFormValues>
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          initialValues={{ language: isLanguage(i18n.language) ? i18n.language : 'en', audience: 'INTERNAL', title: '', summary: '', body: '', categoryId: null, productIds: [] }}
          data-testid="kb-new-form"
        >
          {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} data-testid="kb-form-error" /> : null}
          <ArticleFields form={form} creating language={language} />
          <Flex gap="small" wrap>
            <Button type="primary" htmlType="submit" loading={loading} data-testid="kb-create-submit">
              {t('knowledge.new.submit')}
            </Button>
            <Link to={KNOWLEDGE_PATH}>{t('knowledge.new.cancel')}</Link>
          </Flex>
        </Form>
      </Card>
    </>
  );
}

export default KnowledgeNewPage;
