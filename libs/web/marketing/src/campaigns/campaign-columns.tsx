import type { CampaignRowFragment, CampaignStatus } from '@rapport/web-data-access';
import { formatDate, formatMoney } from '@rapport/web-ui';
import { Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { NONE, orNone, sortableColumn, type ListSort } from '@rapport/web-core';
import { ALL_CAMPAIGN_STATUSES, CAMPAIGN_STATUS_COLORS, campaignStatusLabel, campaignTypeLabel } from '../campaign-labels';
import { campaignPath } from '../routes';
import type { CampaignSortColumn } from './campaign-filter';

/** "1 Mar 2026 – 31 Mar 2026", one end alone, or a dash when the campaign has no dates. */
export function dateRange(start: string | null | undefined, end: string | null | undefined) {
  if (!start && !end) return NONE;
  return <span style={{ whiteSpace: 'nowrap' }}>{`${formatDate(start) ?? '…'} – ${formatDate(end) ?? '…'}`}</span>;
}

export const moneyCell = (amount: number | null | undefined, currency: string) => orNone(formatMoney(amount, currency));

/** The name opens the campaign: the column chooser cannot hide it. */
export const CAMPAIGN_LOCKED_COLUMNS: readonly string[] = ['name'];

/** The campaign list's built-in columns (each with a `key`, which the column chooser and saved views use). */
export function campaignColumns(t: TFunction, sort: ListSort<CampaignSortColumn>, statuses: CampaignStatus[]): TableColumnsType<CampaignRowFragment> {
  const sortable = (column: CampaignSortColumn, first: 'ascend' | 'descend') => sortableColumn(sort, column, first);
  return [
    {
      key: 'name',
      title: t('fields.name'),
      ...sortable('name', 'ascend'),
      render: (_: unknown, c) => (
        <Link to={campaignPath(c.id)}>
          <Typography.Text strong>{c.name}</Typography.Text>
        </Link>
      ),
    },
    { key: 'type', title: t('campaigns.fields.type'), dataIndex: 'type', render: (_: unknown, c) => campaignTypeLabel(t, c.type) },
    {
      key: 'status',
      title: t('fields.status'),
      dataIndex: 'status',
      filters: ALL_CAMPAIGN_STATUSES.map((v) => ({ text: campaignStatusLabel(t, v), value: v })),
      filteredValue: statuses,
      render: (_: unknown, c) => <Tag color={CAMPAIGN_STATUS_COLORS[c.status]}>{campaignStatusLabel(t, c.status)}</Tag>,
    },
    { key: 'channel', title: t('campaigns.fields.channel'), dataIndex: 'channel', ...sortable('channel', 'ascend'), render: orNone },
    { key: 'dates', title: t('marketing.dates'), ...sortable('dates', 'descend'), render: (_: unknown, c) => dateRange(c.startDate, c.endDate) },
    { key: 'budget', title: t('campaigns.fields.budget'), align: 'right', ...sortable('budget', 'descend'), render: (_: unknown, c) => moneyCell(c.budget, c.currency) },
    { key: 'actualCost', title: t('marketing.actualCost'), align: 'right', render: (_: unknown, c) => moneyCell(c.totals.actualCost, c.currency) },
    { key: 'members', title: t('marketing.members'), align: 'right', render: (_: unknown, c) => c.totals.members },
    { key: 'responses', title: t('marketing.responses'), align: 'right', render: (_: unknown, c) => c.totals.responses },
  ];
}
