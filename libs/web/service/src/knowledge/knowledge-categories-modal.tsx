import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { SaveKnowledgeCategoryDocument, type KnowledgeCategoryFieldsFragment } from '@rapport/web-data-access';
import { applyServerErrors } from '@rapport/web-core';
import { Alert, App, Button, Flex, Form, Input, Modal, Tree, TreeSelect, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryTree, type CategoryNode } from './knowledge-model';

interface CategoryValues {
  nameEn: string;
  nameZhCn?: string;
  nameZhTw?: string;
  parentId: string | null;
}

const FIELDS = ['nameEn', 'nameZhCn', 'nameZhTw', 'parentId'] as const;

/** A category's name in one language, from its `names` (a JSON object). */
function nameIn(c: KnowledgeCategoryFieldsFragment, language: string): string {
  const names = c.names && typeof c.names === 'object' ? (c.names as Record<string, unknown>) : {};
  const v = names[language];
  return typeof v === 'string' ? v : '';
}

interface TreeNode {
  key: string;
  title: string;
  children: TreeNode[];
}
const asTreeNodes = (nodes: CategoryNode[]): TreeNode[] => nodes.map((n) => ({ key: n.value, title: n.title, children: asTreeNodes(n.children) }));

/** The tree without a category and what is under it: it cannot become its own parent. */
function without(nodes: CategoryNode[], id: string | undefined): CategoryNode[] {
  return nodes.filter((n) => n.value !== id).map((n) => ({ ...n, children: without(n.children, id) }));
}

/**
 * The category tree for those who publish articles (the API's `all` write scope on knowledge):
 * pick a category to rename it or move it under another, or add one. Names in the three languages;
 * readers see theirs (English when it has none).
 */
export function KnowledgeCategoriesModal({ open, onClose, categories }: { open: boolean; onClose: () => void; categories: readonly KnowledgeCategoryFieldsFragment[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CategoryValues>();
  const [editing, setEditing] = useState<string | 'new'>();
  const [problem, setProblem] = useState<string>();
  const [save, { loading }] = useMutation(SaveKnowledgeCategoryDocument, { refetchQueries: ['KnowledgeCategories'], awaitRefetchQueries: true });
  const tree = useMemo(() => categoryTree(categories), [categories]);

  const edit = (id: string | 'new') => {
    const c = categories.find((x) => x.id === id);
    setProblem(undefined);
    setEditing(id);
    form.resetFields();
    form.setFieldsValue(c ? { nameEn: nameIn(c, 'en') || c.name, nameZhCn: nameIn(c, 'zh-CN'), nameZhTw: nameIn(c, 'zh-TW'), parentId: c.parentId ?? null } : { nameEn: '', nameZhCn: '', nameZhTw: '', parentId: null });
  };
  const submit = async (v: CategoryValues) => {
    setProblem(undefined);
    try {
      const blank = (s?: string) => (s?.trim() ? s.trim() : null);
      await save({ variables: { input: { ...(editing && editing !== 'new' ? { id: editing } : {}), nameEn: v.nameEn.trim(), nameZhCn: blank(v.nameZhCn), nameZhTw: blank(v.nameZhTw), parentId: v.parentId ?? null } } });
      void message.success(t('knowledge.categories.saved'));
      setEditing(undefined);
    } catch (e) {
      setProblem(applyServerErrors(form, e, FIELDS, t));
    }
  };

  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('knowledge.categories.title')} destroyOnHidden>
      <Flex vertical gap="small" data-testid="kb-categories">
        {tree.length ? (
          <Tree treeData={asTreeNodes(tree)} defaultExpandAll selectedKeys={editing && editing !== 'new' ? [editing] : []} onSelect={(keys) => keys[0] && edit(String(keys[0]))} aria-label={t('knowledge.categories.title')} />
        ) : (
          <Typography.Text type="secondary">{t('knowledge.filters.noCategories')}</Typography.Text>
        )}
        <div>
          <Button icon={<PlusOutlined />} onClick={() => edit('new')} data-testid="kb-category-add">
            {t('knowledge.categories.add')}
          </Button>
        </div>
        {editing ? (
          <Form<CategoryValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="kb-category-form">
            {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 12 }} /> : null}
            <Form.Item name="nameEn" label={t('knowledge.categories.nameEn')} rules={[{ required: true, whitespace: true, message: t('knowledge.categories.nameRequired') }]}>
              <Input data-testid="kb-category-en" lang="en" />
            </Form.Item>
            <Form.Item name="nameZhCn" label={t('knowledge.categories.nameZhCn')}>
              <Input data-testid="kb-category-zh-cn" lang="zh-CN" />
            </Form.Item>
            <Form.Item name="nameZhTw" label={t('knowledge.categories.nameZhTw')}>
              <Input data-testid="kb-category-zh-tw" lang="zh-TW" />
            </Form.Item>
            <Form.Item name="parentId" label={t('knowledge.categories.parent')}>
              <TreeSelect<string> allowClear treeDefaultExpandAll treeData={without(tree, editing === 'new' ? undefined : editing)} placeholder={t('knowledge.categories.topLevel')} />
            </Form.Item>
            <Flex gap="small">
              <Button type="primary" htmlType="submit" loading={loading} data-testid="kb-category-save">
                {t('knowledge.categories.save')}
              </Button>
              <Button onClick={() => setEditing(undefined)}>{t('knowledge.actions.cancel')}</Button>
            </Flex>
          </Form>
        ) : null}
      </Flex>
    </Modal>
  );
}
