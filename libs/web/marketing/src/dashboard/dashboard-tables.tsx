import { campaignPath } from '@rapport/web-core';
import { formatDate, formatPercent, NO_FIGURE, ScrollRegion } from '@rapport/web-ui';
import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { campaignTypeLabel } from '../campaign-labels';
import { wholeMoney } from './format';
import { spentShare, type CampaignRow, type ChannelRow } from './report-data';

// Headers stay on one line: a squeezed column would break "营销活动数" into a letter per line; the table scrolls instead.
const HEADER = { onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };
const NUMBER = { align: 'right' as const, ...HEADER };

/** ROI, or a dash that says why there is none: without cost a return has nothing to be a share of. */
export function RoiText({ roi }: { roi: number | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (roi === null || roi === undefined)
    return (
      <span title={t('marketing.dashboard.roiUndefined')} data-roi="undefined">
        {NO_FIGURE}
      </span>
    );
  return (
    <span style={{ color: roi < 0 ? '#cf1322' : undefined }} data-roi={roi}>
      {formatPercent(roi, i18n.language)}
    </span>
  );
}

/** The channel chart's numbers as a table (screen readers, and whoever wants the figures). */
export function ChannelTable({ rows, currency, channelLabel }: { rows: readonly ChannelRow[]; currency: string; channelLabel: (c: string | null) => string }) {
  const { t, i18n } = useTranslation();
  const money = (n: number) => wholeMoney(n, currency, i18n.language);
  const columns: TableColumnsType<ChannelRow> = [
    { key: 'channel', title: t('campaigns.fields.channel'), render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{channelLabel(r.channel)}</span>, ...HEADER },
    // The chart's short words for its two series (its legend has the full names): the table fits half a screen.
    { key: 'cost', title: t('marketing.chart.cost'), render: (_, r) => money(r.actualCost), ...NUMBER },
    { key: 'won', title: t('marketing.chart.won'), render: (_, r) => money(r.wonAmount), ...NUMBER },
    { key: 'roi', title: t('marketing.roi.roi'), render: (_, r) => <RoiText roi={r.roi} />, ...NUMBER },
    { key: 'budget', title: t('campaigns.fields.budget'), render: (_, r) => money(r.budget), ...NUMBER },
    { key: 'campaigns', title: t('marketing.dashboard.campaigns'), dataIndex: 'campaigns', ...NUMBER },
    { key: 'deals', title: t('marketing.roi.wonDeals'), dataIndex: 'wonDeals', responsive: ['xxl'], ...NUMBER },
  ];
  return (
    <ScrollRegion label={t('marketing.dashboard.byChannel')} data-testid="dashboard-channel-table">
      <Table<ChannelRow> size="small" rowKey={(r) => r.channel ?? ''} columns={columns} dataSource={[...rows]} pagination={false} style={{ marginTop: 16 }} />
    </ScrollRegion>
  );
}

/**
 * Every campaign of the period with all its figures: the ROI and spend charts' table, and the
 * way into each campaign (its name links to its page).
 */
export function CampaignTable({ rows, currency }: { rows: readonly CampaignRow[]; currency: string }) {
  const { t, i18n } = useTranslation();
  // In the report's currency like the totals, so the rows add up to them (not each campaign's own).
  const money = (n: number) => wholeMoney(n, currency, i18n.language);
  const columns: TableColumnsType<CampaignRow> = [
    {
      key: 'name',
      title: t('marketing.dashboard.campaign'),
      render: (_, r) => <Link to={campaignPath(r.campaign.id)}>{r.campaign.name}</Link>,
      sorter: (a, b) => a.campaign.name.localeCompare(b.campaign.name),
      ...HEADER,
    },
    { key: 'cost', title: t('marketing.actualCost'), render: (_, r) => money(r.actualCost), sorter: (a, b) => a.actualCost - b.actualCost, ...NUMBER },
    { key: 'won', title: t('marketing.roi.wonAmount'), render: (_, r) => money(r.wonAmount), sorter: (a, b) => a.wonAmount - b.wonAmount, ...NUMBER },
    {
      key: 'roi',
      title: t('marketing.roi.roi'),
      render: (_, r) => <RoiText roi={r.roi} />,
      // Undefined ROIs sort below every number: they are not a return of −∞, but they are not a ranking either.
      sorter: (a, b) => (a.roi ?? Number.NEGATIVE_INFINITY) - (b.roi ?? Number.NEGATIVE_INFINITY),
      ...NUMBER,
    },
    { key: 'budget', title: t('campaigns.fields.budget'), render: (_, r) => (r.budget > 0 ? money(r.budget) : t('marketing.dashboard.noBudget')), sorter: (a, b) => a.budget - b.budget, ...NUMBER },
    { key: 'spent', title: t('marketing.dashboard.spent'), render: (_, r) => formatPercent(spentShare(r), i18n.language), ...NUMBER },
    { key: 'deals', title: t('marketing.roi.wonDeals'), dataIndex: 'wonDeals', ...NUMBER },
    { key: 'responses', title: t('marketing.responses'), render: (_, r) => `${r.responses} / ${r.members}`, responsive: ['lg'], ...NUMBER },
    { key: 'channel', title: t('campaigns.fields.channel'), render: (_, r) => r.campaign.channel ?? NO_FIGURE, responsive: ['md'], ...HEADER },
    { key: 'type', title: t('campaigns.fields.type'), render: (_, r) => campaignTypeLabel(t, r.campaign.type), responsive: ['xxl'], ...HEADER },
    { key: 'start', title: t('campaigns.fields.startDate'), render: (_, r) => formatDate(r.campaign.startDate) ?? NO_FIGURE, responsive: ['xl'], ...HEADER },
  ];
  const undefinedRoi = rows.some((r) => r.roi === null || r.roi === undefined);
  return (
    <Card size="small" title={t('marketing.dashboard.campaignTable')}>
      <div data-testid="dashboard-campaign-table">
        <Table<CampaignRow>
          size="small"
          rowKey={(r) => r.campaign.id}
          columns={columns}
          dataSource={[...rows]}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
        />
      </div>
      {undefinedRoi ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }} data-testid="dashboard-roi-undefined-note">
          {NO_FIGURE} {t('marketing.dashboard.roiUndefined')}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
