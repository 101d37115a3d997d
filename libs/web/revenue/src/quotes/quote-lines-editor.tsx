import { DeleteOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { formatMoney } from '@rapport/web-ui';
import { Button, Flex, InputNumber, Spin, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { NONE } from '@rapport/web-core';
import { BOOK_KIND_COLORS, bookKindLabel } from '../revenue-labels';
import { ProductSelect, type ProductOption } from '../shared/product-select';
import { combinedDiscount, formatPercent } from './quote-preview';
import type { PriceLookup } from './use-line-prices';

/** One line being edited: what the person chooses. The price is never part of it. */
export interface DraftLine {
  key: string;
  productId: string | null;
  product?: ProductOption;
  quantity: number | null;
  discountPercent: number | null;
}

let nextKey = 0;
export const newDraftLine = (init: Partial<DraftLine> = {}): DraftLine => ({
  key: `line-${++nextKey}`,
  productId: null,
  quantity: 1,
  discountPercent: 0,
  ...init,
});

export interface QuoteLinesEditorProps {
  lines: DraftLine[];
  onChange: (lines: DraftLine[]) => void;
  currency: string;
  quoteDiscount: number | null;
  priceOf: (productId?: string | null, quantity?: number | null) => PriceLookup;
  /** Net amounts of the preview, by line index. */
  nets: (number | null)[];
  /** The discount the quote's owner may give on a product line without approval. */
  allowedDiscount: (productLine: string | null | undefined) => number | undefined;
  /** Server field errors by line index (e.g. a product without a price for this customer). */
  lineErrors?: Record<number, string>;
}

/** The lines table of the quote editor: product, quantity and discount in; prices from the server out. */
export function QuoteLinesEditor({ lines, onChange, currency, quoteDiscount, priceOf, nets, allowedDiscount, lineErrors = {} }: QuoteLinesEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<DraftLine>) => onChange(lines.map((l, i) => (i === index ? { ...l, ...patch } : l)));

  const columns: TableColumnsType<DraftLine> = [
    { key: 'no', title: '#', width: 40, render: (_: unknown, _l, i) => i + 1 },
    {
      key: 'product',
      title: t('revenue.quotes.fields.product'),
      render: (_: unknown, l, i) => (
        <Flex vertical gap={2}>
          <ProductSelect
            value={l.productId}
            current={l.product}
            status={lineErrors[i] ? 'error' : undefined}
            onChange={(productId, product) => update(i, { productId, product })}
            aria-label={t('revenue.quotes.lineProduct', { n: i + 1 })}
            data-testid={`quote-line-product-${i}`}
          />
          {lineErrors[i] ? <Typography.Text type="danger">{lineErrors[i]}</Typography.Text> : null}
        </Flex>
      ),
    },
    {
      key: 'quantity',
      title: t('revenue.quotes.fields.quantity'),
      width: 110,
      render: (_: unknown, l, i) => (
        <InputNumber<number>
          min={1}
          max={1_000_000}
          precision={0}
          value={l.quantity}
          onChange={(quantity) => update(i, { quantity })}
          status={!l.quantity ? 'error' : undefined}
          aria-label={t('revenue.quotes.lineQuantity', { n: i + 1 })}
          data-testid={`quote-line-quantity-${i}`}
          style={{ width: '100%' }}
        />
      ),
    },
    {
      key: 'discount',
      title: t('revenue.quotes.fields.lineDiscount'),
      width: 140,
      render: (_: unknown, l, i) => {
        const effective = combinedDiscount(l.discountPercent, quoteDiscount);
        const allowed = l.product ? allowedDiscount(l.product.productLine) : undefined;
        const over = allowed !== undefined && effective > allowed + 1e-9;
        return (
          <Flex gap={6} align="center">
            <InputNumber<number>
              min={0}
              max={100}
              precision={2}
              step={1}
              suffix="%"
              value={l.discountPercent}
              onChange={(discountPercent) => update(i, { discountPercent })}
              aria-label={t('revenue.quotes.lineDiscount', { n: i + 1 })}
              data-testid={`quote-line-discount-${i}`}
              style={{ width: 100 }}
            />
            {over ? (
              <Tooltip title={t('revenue.quotes.overTolerance', { effective: formatPercent(effective), allowed: formatPercent(allowed) })}>
                <WarningOutlined style={{ color: '#d48806' }} aria-label={t('revenue.quotes.needsApproval')} data-testid={`quote-line-over-${i}`} tabIndex={0} />
              </Tooltip>
            ) : null}
          </Flex>
        );
      },
    },
    {
      key: 'unitPrice',
      title: t('revenue.quotes.fields.unitPrice'),
      align: 'end',
      render: (_: unknown, l, i) => {
        if (!l.productId || !l.quantity) return NONE;
        const price = priceOf(l.productId, l.quantity);
        if (price === undefined) return (
          <span role="status" aria-label={t('common.loading')}>
            <Spin size="small" />
          </span>
        );
        if (price === null) {
          return (
            <Typography.Text type="danger" data-testid={`quote-line-price-${i}`}>
              {t('revenue.quotes.noPrice')}
            </Typography.Text>
          );
        }
        return (
          <Flex vertical align="end" gap={2} data-testid={`quote-line-price-${i}`}>
            <Typography.Text>{formatMoney(price.unitPrice, currency)}</Typography.Text>
            <Tooltip title={price.priceBookName}>
              <Tag color={BOOK_KIND_COLORS[price.source]} style={{ marginInlineEnd: 0 }}>
                {bookKindLabel(t, price.source)}
                {price.minQuantity > 1 ? ` · ≥${price.minQuantity}` : ''}
              </Tag>
            </Tooltip>
          </Flex>
        );
      },
    },
    {
      key: 'net',
      title: t('revenue.quotes.fields.net'),
      align: 'end',
      render: (_: unknown, _l, i) => <span data-testid={`quote-line-net-${i}`}>{nets[i] === null || nets[i] === undefined ? NONE : formatMoney(nets[i], currency)}</span>,
    },
    {
      key: 'remove',
      width: 48,
      render: (_: unknown, _l, i) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          disabled={lines.length === 1}
          onClick={() => onChange(lines.filter((_x, j) => j !== i))}
          aria-label={t('revenue.quotes.removeLine', { n: i + 1 })}
          data-testid={`quote-line-remove-${i}`}
        />
      ),
    },
  ];

  return (
    <Flex vertical gap="small">
      <Table<DraftLine> rowKey="key" size="small" dataSource={lines} columns={columns} pagination={false} scroll={{ x: 'max-content' }} data-testid="quote-lines-editor" />
      <div>
        <Button icon={<PlusOutlined />} onClick={() => onChange([...lines, newDraftLine()])} data-testid="quote-add-line">
          {t('revenue.quotes.addLine')}
        </Button>
      </div>
    </Flex>
  );
}
