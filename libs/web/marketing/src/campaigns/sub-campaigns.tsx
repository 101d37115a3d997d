import type { CampaignDetailFragment } from '@rapport/web-data-access';
import { EmptyState, formatMoney } from '@rapport/web-ui';
import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CAMPAIGN_STATUS_COLORS, campaignStatusLabel, campaignTypeLabel } from '../campaign-labels';
import { campaignPath } from '../routes';
import { dateRange } from './campaign-columns';

type Child = CampaignDetailFragment['children'][number];

/** The campaigns directly below this one; each row's totals include its own sub-campaigns. */
export function SubCampaigns({ campaign }: { campaign: CampaignDetailFragment }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Child> = [
    { key: 'name', title: t('fields.name'), render: (_: unknown, c) => <Link to={campaignPath(c.id)}>{c.name}</Link> },
    { key: 'type', title: t('campaigns.fields.type'), render: (_: unknown, c) => campaignTypeLabel(t, c.type) },
    { key: 'status', title: t('fields.status'), render: (_: unknown, c) => <Tag color={CAMPAIGN_STATUS_COLORS[c.status]}>{campaignStatusLabel(t, c.status)}</Tag> },
    { key: 'dates', title: t('marketing.dates'), render: (_: unknown, c) => dateRange(c.startDate, c.endDate) },
    { key: 'cost', title: t('marketing.actualCost'), align: 'right', render: (_: unknown, c) => <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(c.totals.actualCost, c.currency)}</span> },
    { key: 'members', title: t('marketing.members'), align: 'right', render: (_: unknown, c) => c.totals.members },
    { key: 'responses', title: t('marketing.responses'), align: 'right', render: (_: unknown, c) => c.totals.responses },
  ];
  return (
    <Card title={t('marketing.subCampaigns.title')}>
      <Table<Child>
        rowKey="id"
        size="small"
        dataSource={campaign.children}
        columns={columns}
        pagination={false}
        scroll={campaign.children.length ? { x: 'max-content' } : undefined}
        // antd's own empty text is too pale to read (WCAG contrast); the shared empty state is not.
        locale={{ emptyText: <EmptyState compact description={t('marketing.subCampaigns.empty')} /> }}
        data-testid="campaign-children-table"
      />
    </Card>
  );
}
