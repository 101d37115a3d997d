import type { TopCustomersByClvQuery } from '@rapport/web-data-access';
import { contactPath, NONE } from '@rapport/web-core';
import { formatMoney } from '@rapport/web-ui';
import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rfmCellLabel, StageTag } from './value-labels';
import { formatPercent, VALUE_CURRENCY } from './value-model';

type TopCustomer = TopCustomersByClvQuery['topCustomersByClv'][number];

/** How many of the most valuable customers the page lists. */
export const TOP_CUSTOMERS = 20;

/**
 * The most valuable customers the reader may see (the API narrows them to the reader's contact
 * scope), highest CLV first, each a link to the contact with their chance of still buying, RFM
 * group and lifecycle stage.
 */
export function TopCustomers({ customers }: { customers: readonly TopCustomer[] }) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<TopCustomer> = [
    {
      key: 'rank',
      title: t('customerValue.top.rank'),
      width: 48,
      render: (_: unknown, _c, i) => new Intl.NumberFormat(i18n.language).format(i + 1),
    },
    {
      key: 'name',
      title: t('customerValue.top.name'),
      render: (_: unknown, c) => (
        <Link to={contactPath(c.contactId)} data-testid="top-customer-link">
          {c.name}
        </Link>
      ),
    },
    { key: 'clv', title: t('customerValue.top.clv'), align: 'right', render: (_: unknown, c) => formatMoney(c.clv, VALUE_CURRENCY) ?? NONE },
    { key: 'pAlive', title: t('customerValue.top.pAlive'), align: 'right', render: (_: unknown, c) => formatPercent(c.pAlive, i18n.language) ?? NONE },
    { key: 'rfmCell', title: t('customerValue.top.rfmCell'), render: (_: unknown, c) => (c.rfmCell ? rfmCellLabel(t, c.rfmCell) : NONE) },
    { key: 'stage', title: t('customerValue.top.stage'), render: (_: unknown, c) => <StageTag stage={c.lifecycleStage} /> },
  ];
  return (
    <Card size="small" title={t('customerValue.top.title')}>
      {customers.length ? (
        <Table<TopCustomer> rowKey="contactId" size="small" dataSource={[...customers]} columns={columns} pagination={false} scroll={{ x: 'max-content' }} data-testid="top-customers" />
      ) : (
        <Typography.Text type="secondary" data-testid="top-customers-empty">
          {t('customerValue.top.empty')}
        </Typography.Text>
      )}
    </Card>
  );
}
