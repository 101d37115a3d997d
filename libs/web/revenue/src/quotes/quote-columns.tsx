import type { QuoteRowFragment } from '@rapport/web-data-access';
import { formatMoney } from '@rapport/web-ui';
import { Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { dateCell, NONE, orNone } from '@rapport/web-core';
import { accountPath, opportunityPath } from '@rapport/web-core';
import type { RecordNames } from '../use-record-names';
import { QuoteStatusTag } from './quote-status-tag';

export const quotePath = (id: string) => `/sales/quotes/${encodeURIComponent(id)}`;

export function quoteColumns(t: TFunction, names: RecordNames, { showDeal = true }: { showDeal?: boolean } = {}): TableColumnsType<QuoteRowFragment> {
  return [
    {
      key: 'name',
      title: t('revenue.quotes.fields.name'),
      render: (_: unknown, q) => (
        <Link to={quotePath(q.id)} data-testid={`quote-link-${q.id}`}>
          <Typography.Text strong>{q.name}</Typography.Text>
        </Link>
      ),
    },
    { key: 'status', title: t('fields.status'), render: (_: unknown, q) => <QuoteStatusTag status={q.status} locked={q.locked} testId={`quote-row-status-${q.id}`} /> },
    ...(showDeal
      ? [
          {
            key: 'opportunity',
            title: t('revenue.quotes.fields.opportunity'),
            render: (_: unknown, q: QuoteRowFragment) => <Link to={opportunityPath(q.opportunityId)}>{names.opportunity(q.opportunityId) ?? t('revenue.quotes.openDeal')}</Link>,
          },
          {
            key: 'account',
            title: t('fields.account'),
            render: (_: unknown, q: QuoteRowFragment) => {
              const name = names.account(q.accountId);
              return name ? <Link to={accountPath(q.accountId)}>{name}</Link> : NONE;
            },
          },
        ]
      : []),
    { key: 'total', title: t('revenue.quotes.total'), align: 'end', render: (_: unknown, q) => formatMoney(q.total, q.currency) },
    { key: 'validUntil', title: t('revenue.quotes.fields.validUntil'), dataIndex: 'validUntil', render: dateCell },
    { key: 'owner', title: t('common.owner'), render: (_: unknown, q) => orNone(names.user(q.ownerId)) },
  ];
}
