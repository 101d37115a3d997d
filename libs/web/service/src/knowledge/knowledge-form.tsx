import { useQuery } from '@apollo/client/react';
import { KnowledgeCategoriesDocument, KnowledgeProductsDocument } from '@rapport/web-data-access';
import { fieldControlProps, MarkdownView, useDebouncedValue, type FieldControlProps } from '@rapport/web-ui';
import { Form, Input, Select, Tabs, TreeSelect, Typography, type FormInstance } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { audienceLabel, AUDIENCES, categoryTree, KB_LANGUAGES, languageName, type KnowledgeAudience } from './knowledge-model';

export interface ArticleFormValues {
  title: string;
  summary: string;
  body: string;
  audience: KnowledgeAudience;
  categoryId: string | null;
  productIds: string[];
  /** Only when creating: an article's language never changes (its translations are other articles). */
  language?: string;
}

export const ARTICLE_FORM_FIELDS = ['title', 'summary', 'body', 'audience', 'categoryId', 'productIds', 'language'] as const;

function CategoryField({ value, onChange, ...rest }: FieldControlProps & { value?: string | null; onChange?: (v: string | null) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(KnowledgeCategoriesDocument);
  const tree = useMemo(() => categoryTree(data?.knowledgeCategories ?? []), [data]);
  return (
    <TreeSelect<string>
      {...fieldControlProps(rest)}
      allowClear
      treeDefaultExpandAll
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      treeData={tree}
      placeholder={t('knowledge.form.noCategory')}
      notFoundContent={t('knowledge.filters.noCategories')}
      data-testid="kb-category"
    />
  );
}

/** Products by SKU or name (the catalogue searches); the chosen ones stay listed by name. */
function ProductsField({ value, onChange, ...rest }: FieldControlProps & { value?: string[]; onChange?: (v: string[]) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 250);
  const { data, previousData, loading } = useQuery(KnowledgeProductsDocument, { variables: { search: search || undefined } });
  const options = ((data ?? previousData)?.products ?? []).map((p) => ({ value: p.id, label: `${p.sku} · ${p.name}` }));
  return (
    <Select<string[]>
      {...fieldControlProps(rest)}
      mode="multiple"
      value={value ?? []}
      onChange={(v) => onChange?.(v)}
      options={options}
      loading={loading}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      onBlur={() => setText('')}
      placeholder={t('knowledge.form.productsPlaceholder')}
      notFoundContent={loading ? t('common.loading') : t('search.noResults')}
      data-testid="kb-products"
    />
  );
}

/** The body as Markdown, with a live preview in the shared renderer (what readers will see). */
function BodyTabs({ form, language }: { form: FormInstance<ArticleFormValues>; language?: string }) {
  const { t } = useTranslation();
  const body = Form.useWatch('body', form) ?? '';
  return (
    <Tabs
      data-testid="kb-body-tabs"
      items={[
        {
          key: 'write',
          label: t('knowledge.form.write'),
          forceRender: true,
          children: (
            <Form.Item name="body" label={t('knowledge.form.body')} extra={t('knowledge.form.bodyHint')}>
              <Input.TextArea autoSize={{ minRows: 10, maxRows: 30 }} data-testid="kb-body" lang={language} />
            </Form.Item>
          ),
        },
        {
          key: 'preview',
          label: t('knowledge.form.preview'),
          children: (
            <div data-testid="kb-preview" lang={language} style={{ minHeight: 120, overflowWrap: 'anywhere' }}>
              {body.trim() ? <MarkdownView source={body} headingBase={2} /> : <Typography.Text type="secondary">{t('knowledge.form.previewEmpty')}</Typography.Text>}
            </div>
          ),
        },
      ]}
    />
  );
}

/**
 * An article's fields: title, summary, the Markdown body with its preview, who it is for, its
 * category and products (and its language, when it is new). `disabled` shows them to a viewer who
 * may not change this article.
 */
export function ArticleFields({ form, creating, language, canChangeAudience = true }: { form: FormInstance<ArticleFormValues>; creating?: boolean; language?: string; canChangeAudience?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {creating ? (
        <Form.Item name="language" label={t('knowledge.form.language')} rules={[{ required: true, message: t('knowledge.form.languageRequired') }]}>
          <Select options={KB_LANGUAGES.map((l) => ({ value: l, label: languageName(l) }))} data-testid="kb-language" />
        </Form.Item>
      ) : null}
      <Form.Item name="title" label={t('knowledge.form.title')} rules={[{ required: true, whitespace: true, message: t('knowledge.form.titleRequired') }]}>
        <Input maxLength={300} data-testid="kb-title" lang={language} />
      </Form.Item>
      <Form.Item name="summary" label={t('knowledge.form.summary')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} data-testid="kb-summary" lang={language} />
      </Form.Item>
      <BodyTabs form={form} language={language} />
      <Form.Item name="audience" label={t('knowledge.form.audience')} extra={canChangeAudience ? undefined : t('knowledge.form.audienceLocked')}>
        <Select disabled={!canChangeAudience} options={AUDIENCES.map((a) => ({ value: a, label: audienceLabel(t, a) }))} data-testid="kb-audience" />
      </Form.Item>
      <Form.Item name="categoryId" label={t('knowledge.form.category')}>
        <CategoryField />
      </Form.Item>
      <Form.Item name="productIds" label={t('knowledge.form.products')}>
        <ProductsField />
      </Form.Item>
    </>
  );
}
