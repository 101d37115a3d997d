import { EditOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessageOf, ProductsDocument, SaveProductDocument, type ProductFieldsFragment } from '@rapport/web-data-access';
import { EmptyState, ErrorState, LoadingState, useDebouncedValue } from '@rapport/web-ui';
import { App, Button, Col, Flex, Form, Input, Row, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NAME_MAX_LENGTH, NameCell, translationsInput, TranslationFields, translationValues, type TranslationValues } from '@rapport/web-core';
import { FormModal, useFormModal } from '@rapport/web-core';
import { NONE, PicklistSelect, PicklistText } from '@rapport/web-core';

interface ProductValues {
  sku: string;
  /** The canonical name; `names` holds its translations (docs/adr/0010). */
  name: string;
  names: TranslationValues;
  productLine?: string;
  unit: string;
  description?: string;
  active: boolean;
}

const FORM_FIELDS = ['sku', 'name', 'names', 'productLine', 'unit', 'description', 'active'] as const;

function ProductFormModal({ product, open, onClose }: { product?: ProductFieldsFragment; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save, saving] = useMutation(SaveProductDocument, { refetchQueries: ['Products'] });
  const submit = async (v: ProductValues) => {
    await save({ variables: { input: { id: product?.id, sku: v.sku.trim(), name: v.name.trim(), names: translationsInput(v.names), productLine: v.productLine?.trim() || null, unit: v.unit.trim(), description: v.description?.trim() || null, active: v.active } } });
    void message.success(t('revenue.catalog.productSaved', { name: v.name.trim() }));
    onClose();
  };
  const { firstField, modal } = useFormModal<ProductValues>({ open, onClose, fields: FORM_FIELDS, submit });
  return (
    <FormModal
      {...modal}
      title={product ? t('revenue.catalog.editProduct') : t('revenue.catalog.newProduct')}
      // Wide enough for the three translation boxes side by side.
      width={720}
      submitLabel={t('common.save')}
      submitTestId="product-submit"
      loading={saving.loading}
      formProps={{
        initialValues: product
          ? { ...product, name: product.canonicalName, names: translationValues(product.names), productLine: product.productLine ?? undefined, description: product.description ?? undefined }
          : { unit: 'each', active: true, names: translationValues({}) },
      }}
    >
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item name="sku" label={t('revenue.catalog.sku')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 60, message: t('validation.maxLength', { max: 60 }) }]}>
            <Input ref={firstField} autoComplete="off" data-testid="product-sku" />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item
            name="name"
            label={t('fields.name')}
            extra={t('names.fields.nameHint')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: NAME_MAX_LENGTH, message: t('validation.maxLength', { max: NAME_MAX_LENGTH }) }]}
          >
            <Input autoComplete="off" data-testid="product-name" />
          </Form.Item>
        </Col>
        <TranslationFields col={{ xs: 24, md: 8 }} />
        <Col xs={24} md={10}>
          <Form.Item name="productLine" label={t('revenue.catalog.productLine')} extra={t('revenue.catalog.productLineHint')}>
            <PicklistSelect list="productLine" data-testid="product-line" />
          </Form.Item>
        </Col>
        <Col xs={12} md={7}>
          <Form.Item name="unit" label={t('revenue.catalog.unit')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 30, message: t('validation.maxLength', { max: 30 }) }]}>
            <Input autoComplete="off" data-testid="product-unit" />
          </Form.Item>
        </Col>
        <Col xs={12} md={7}>
          <Form.Item name="active" label={t('revenue.catalog.active')} valuePropName="checked">
            <Switch data-testid="product-active" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('revenue.catalog.description')} rules={[{ max: 2000, message: t('validation.maxLength', { max: 2000 }) }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}

type Editing = { product?: ProductFieldsFragment } | null;

/** Products by SKU; admins add and edit them (a product is never deleted, only made inactive). */
export function ProductsTab({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 300);
  const [editing, setEditing] = useState<Editing>(null);
  const { data, previousData, loading, error, refetch } = useQuery(ProductsDocument, { variables: { search: search || undefined } });
  const products = (data ?? previousData)?.products;
  const columns: TableColumnsType<ProductFieldsFragment> = [
    { key: 'sku', title: t('revenue.catalog.sku'), render: (_: unknown, p) => <Typography.Text strong>{p.sku}</Typography.Text> },
    // The stored name, and under it the reader's translation when there is one.
    { key: 'name', title: t('fields.name'), render: (_: unknown, p) => <NameCell thing={p} /> },
    { key: 'line', title: t('revenue.catalog.productLine'), render: (_: unknown, p) => (p.productLine ? (
          <Tag>
            <PicklistText list="productLine" value={p.productLine} />
          </Tag>
        ) : (
          NONE
        )) },
    { key: 'unit', title: t('revenue.catalog.unit'), dataIndex: 'unit' },
    { key: 'active', title: t('revenue.catalog.active'), render: (_: unknown, p) => (p.active ? <Tag color="green">{t('revenue.catalog.activeYes')}</Tag> : <Tag>{t('revenue.catalog.activeNo')}</Tag>) },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            align: 'end' as const,
            render: (_: unknown, p: ProductFieldsFragment) => (
              <Button type="link" icon={<EditOutlined />} onClick={() => setEditing({ product: p })} aria-label={t('revenue.catalog.editNamed', { name: p.sku })} data-testid={`product-edit-${p.sku}`}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  let body;
  if (!products && loading) body = <LoadingState />;
  else if (!products && error) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!products?.length) body = <EmptyState description={search ? t('revenue.catalog.noProductsFound') : t('revenue.catalog.noProducts')} />;
  else body = <Table<ProductFieldsFragment> rowKey="id" size="middle" loading={loading} dataSource={products} columns={columns} pagination={products.length > 50 ? { pageSize: 50 } : false} scroll={{ x: 'max-content' }} data-testid="products-table" />;

  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" wrap justify="space-between">
        <Input
          type="search"
          allowClear
          prefix={<SearchOutlined />}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('revenue.catalog.searchProducts')}
          aria-label={t('revenue.catalog.searchProducts')}
          style={{ maxWidth: 340 }}
          data-testid="products-search"
        />
        {canEdit ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="product-create">
            {t('revenue.catalog.newProduct')}
          </Button>
        ) : null}
      </Flex>
      {body}
      <ProductFormModal open={editing !== null} product={editing?.product} onClose={() => setEditing(null)} />
    </Flex>
  );
}
