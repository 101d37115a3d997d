import { useQuery } from '@apollo/client/react';
import { errorMessageOf, QuotePriceConflictsDocument, type QuotePriceConflictsQuery } from '@rapport/web-data-access';
import { EmptyState, ErrorState, formatMoney, LoadingState, PageHeader } from '@rapport/web-ui';
import { Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@rapport/web-core';
import { accountPath } from '@rapport/web-core';
import { quotePath } from '../quotes/quote-columns';
import { formatPercent } from '../quotes/quote-preview';
import { useRecordNames, type RecordNames } from '../use-record-names';

type Conflict = QuotePriceConflictsQuery['quotePriceConflicts'][number];

const conflictKey = (c: Conflict) => `${c.rootAccountId}:${c.productId}:${c.lowQuoteId}:${c.highQuoteId}`;

function columns(t: TFunction, names: RecordNames): TableColumnsType<Conflict> {
  const quoteCell = (id: string, name: string, price: number, currency: string) => (
    <span>
      <Link to={quotePath(id)}>{name}</Link>
      <br />
      <Typography.Text type="secondary">{t('revenue.conflicts.netUnit', { price: formatMoney(price, currency) })}</Typography.Text>
    </span>
  );
  return [
    {
      key: 'customer',
      title: t('revenue.conflicts.customer'),
      render: (_: unknown, c) => <Link to={accountPath(c.rootAccountId)}>{names.account(c.rootAccountId) ?? t('revenue.quotes.openAccount')}</Link>,
    },
    { key: 'sku', title: t('revenue.conflicts.sku'), render: (_: unknown, c) => <Typography.Text strong>{c.sku}</Typography.Text> },
    { key: 'low', title: t('revenue.conflicts.lower'), render: (_: unknown, c) => quoteCell(c.lowQuoteId, c.lowQuoteName, c.lowNetUnitPrice, c.currency) },
    { key: 'high', title: t('revenue.conflicts.higher'), render: (_: unknown, c) => quoteCell(c.highQuoteId, c.highQuoteName, c.highNetUnitPrice, c.currency) },
    {
      key: 'spread',
      title: t('revenue.conflicts.spread'),
      align: 'end',
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.spreadPercent - b.spreadPercent,
      render: (_: unknown, c) => <Tag color={c.spreadPercent >= 10 ? 'red' : 'orange'}>{formatPercent(c.spreadPercent)}</Tag>,
    },
  ];
}

/**
 * /sales/quotes/conflicts: open quotes to one customer (its whole account hierarchy) that price the
 * same SKU differently beyond the tolerance. The server finds them; each row links both quotes.
 */
export function PriceConflictsPage() {
  const { t } = useTranslation();
  usePageTitle(t('revenue.conflicts.title'));
  const { data, loading, error, refetch } = useQuery(QuotePriceConflictsDocument);
  const conflicts = data?.quotePriceConflicts ?? [];
  const names = useRecordNames({ accountIds: conflicts.map((c) => c.rootAccountId) });

  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!data && error) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (conflicts.length === 0) body = <EmptyState description={t('revenue.conflicts.empty')} />;
  else
    body = (
      <Table<Conflict>
        data-testid="conflicts-table"
        rowKey={conflictKey}
        dataSource={conflicts}
        columns={columns(t, names)}
        pagination={conflicts.length > 50 ? { pageSize: 50 } : false}
        scroll={{ x: 'max-content' }}
      />
    );

  return (
    <>
      <PageHeader title={t('revenue.conflicts.title')} subtitle={t('revenue.conflicts.subtitle')} />
      <Card data-testid="conflicts">{body}</Card>
    </>
  );
}

export default PriceConflictsPage;
