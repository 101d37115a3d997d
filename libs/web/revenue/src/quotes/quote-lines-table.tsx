import type { QuoteDetailFragment } from '@rapport/web-data-access';
import { formatMoney } from '@rapport/web-ui';
import { Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { BOOK_KIND_COLORS, bookKindLabel } from '../revenue-labels';
import { formatPercent } from './quote-preview';
import { ProductLabel } from '../shared/product-select';

type Line = QuoteDetailFragment['lines'][number];

/** The saved quote's lines exactly as the server priced them. */
export function QuoteLinesTable({ quote }: { quote: Pick<QuoteDetailFragment, 'lines' | 'currency'> }) {
  const { t } = useTranslation();
  const money = (n: number) => formatMoney(n, quote.currency);
  const columns: TableColumnsType<Line> = [
    { key: 'no', title: '#', dataIndex: 'lineNo', width: 40 },
    {
      key: 'product',
      title: t('revenue.quotes.fields.product'),
      render: (_: unknown, l) => (
        <span>
          <ProductLabel sku={l.sku} name={l.productName} line={l.productLine} />
        </span>
      ),
    },
    { key: 'quantity', title: t('revenue.quotes.fields.quantity'), dataIndex: 'quantity', align: 'end' },
    {
      key: 'unitPrice',
      title: t('revenue.quotes.fields.unitPrice'),
      align: 'end',
      render: (_: unknown, l) => (
        <span>
          {money(l.unitPrice)}{' '}
          <Tooltip title={t('revenue.quotes.priceFromBook')}>
            <Tag color={BOOK_KIND_COLORS[l.priceSource]} style={{ marginInlineEnd: 0 }}>
              {bookKindLabel(t, l.priceSource)}
            </Tag>
          </Tooltip>
        </span>
      ),
    },
    { key: 'discount', title: t('revenue.quotes.fields.lineDiscount'), align: 'end', render: (_: unknown, l) => formatPercent(l.discountPercent) },
    { key: 'net', title: t('revenue.quotes.fields.net'), align: 'end', render: (_: unknown, l) => money(l.netAmount) },
  ];
  return <Table<Line> rowKey="id" size="small" dataSource={quote.lines} columns={columns} pagination={false} scroll={{ x: 'max-content' }} data-testid="quote-lines" />;
}
