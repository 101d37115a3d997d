import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, PriceBookEntriesDocument, ProductsDocument, type PriceBookFieldsFragment } from '@rapport/web-data-access';
import { EmptyState, ErrorState, formatMoney, LoadingState } from '@rapport/web-ui';
import { Button, Drawer, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductOption } from '../shared/product-select';
import { PriceEntriesModal, type PriceTier } from './price-entries-modal';

interface ProductPrices {
  productId: string;
  product?: ProductOption;
  tiers: { minQuantity: number; unitPrice: number }[];
}

type Editing = { product?: ProductOption; tiers: PriceTier[] } | null;

/** One book's prices, a row per product with its quantity tiers; admins edit a product's tiers at once. */
export function PriceBookEntriesDrawer({ book, canEdit, onClose }: { book: PriceBookFieldsFragment | null; canEdit: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const entries = useQuery(PriceBookEntriesDocument, { variables: { priceBookId: book?.id ?? '' }, skip: !book });
  // The whole catalog (≤ 500 by the API) names the products; entries only carry ids.
  const products = useQuery(ProductsDocument, { variables: {}, skip: !book });
  const rows = useMemo<ProductPrices[]>(() => {
    const byProduct = new Map<string, ProductPrices>();
    for (const e of entries.data?.priceBookEntries ?? []) {
      const row = byProduct.get(e.productId) ?? { productId: e.productId, product: products.data?.products.find((p) => p.id === e.productId), tiers: [] };
      row.tiers.push({ minQuantity: e.minQuantity, unitPrice: e.unitPrice });
      byProduct.set(e.productId, row);
    }
    return [...byProduct.values()]
      .map((r) => ({ ...r, tiers: r.tiers.sort((a, b) => a.minQuantity - b.minQuantity) }))
      .sort((a, b) => (a.product?.sku ?? a.productId).localeCompare(b.product?.sku ?? b.productId));
  }, [entries.data, products.data]);

  const columns: TableColumnsType<ProductPrices> = [
    {
      key: 'product',
      title: t('revenue.quotes.fields.product'),
      render: (_: unknown, r) =>
        r.product ? (
          <span>
            <Typography.Text strong>{r.product.sku}</Typography.Text> {r.product.name}
          </span>
        ) : (
          <Typography.Text type="secondary">{r.productId}</Typography.Text>
        ),
    },
    {
      key: 'tiers',
      title: t('revenue.catalog.prices'),
      render: (_: unknown, r) => (
        <Flex gap={4} wrap>
          {r.tiers.map((tier) => (
            <Tag key={tier.minQuantity} data-testid={`entry-${r.product?.sku ?? r.productId}-${tier.minQuantity}`}>
              ≥{tier.minQuantity}: {formatMoney(tier.unitPrice, book?.currency ?? 'CNY')}
            </Tag>
          ))}
        </Flex>
      ),
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            align: 'end' as const,
            render: (_: unknown, r: ProductPrices) => (
              <Button
                type="link"
                icon={<EditOutlined />}
                onClick={() => setEditing({ product: r.product ?? { id: r.productId, sku: r.productId, name: '', productLine: null }, tiers: r.tiers })}
                aria-label={t('revenue.catalog.editPricesOf', { name: r.product?.sku ?? r.productId })}
                data-testid={`entries-edit-${r.product?.sku ?? r.productId}`}
              >
                {t('revenue.catalog.editPrices')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  let body;
  if (!entries.data && entries.loading) body = <LoadingState />;
  else if (!entries.data && entries.error) body = <ErrorState message={errorMessageOf(entries.error)} onRetry={() => void entries.refetch()} />;
  else if (rows.length === 0) body = <EmptyState description={t('revenue.catalog.noEntries')} />;
  else body = <Table<ProductPrices> rowKey="productId" size="small" dataSource={rows} columns={columns} pagination={false} scroll={{ x: 'max-content' }} data-testid="entries-table" />;

  return (
    <Drawer
      open={!!book}
      onClose={onClose}
      // Wide enough for three quantity tiers and the edit link; capped by the window on small screens.
      size={Math.min(960, window.innerWidth)}
      title={book ? t('revenue.catalog.entriesOf', { book: book.name }) : undefined}
      extra={
        canEdit ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ tiers: [] })} data-testid="entries-add">
            {t('revenue.catalog.addProduct')}
          </Button>
        ) : undefined
      }
      data-testid="entries-drawer"
    >
      {body}
      {book ? <PriceEntriesModal open={editing !== null} priceBook={book} product={editing?.product} tiers={editing?.tiers ?? []} onClose={() => setEditing(null)} /> : null}
    </Drawer>
  );
}
