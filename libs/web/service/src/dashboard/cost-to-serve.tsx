import { accountTierLabel, ALL_ACCOUNT_TIERS, usePermissions } from '@rapport/web-core';
import type { AccountTier } from '@rapport/web-data-access';
import { ChartCard, Figure, formatMoney, NO_FIGURE, ScrollRegion } from '@rapport/web-ui';
import { Button, Card, Col, Flex, Row, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { SERVICE_NEEDS } from '../service-access';
import { ChannelPricesModal } from './channel-prices';
import { channelTextLabel } from '../cases/case-labels';
import type { Dashboard } from './dashboard-model';

export type CostToServe = Dashboard['costToServe'];
type ChannelRow = CostToServe['byChannel'][number];
type TierRow = CostToServe['byTier'][number];

const HEIGHT = 220;
const FULL_HEIGHT = { height: '100%' } as const;
const NUMBER = { align: 'right' as const, onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };
const COST_COLOR = '#531dab';

const minutes = (n: number, language: string) => new Intl.NumberFormat(language || 'en', { maximumFractionDigits: 0 }).format(n);
const money = (n: number | null | undefined, currency: string, language: string) => formatMoney(n, currency, language) ?? NO_FIGURE;

/** A channel's price as set ("¥2.50 per minute"), or that it has none. */
function priceOf(t: TFunction, r: ChannelRow, currency: string, language: string): string {
  if (r.basis === null || r.rate === null) return t('service.dashboard.cost.noPrice');
  return r.basis === 'MINUTE' ? t('service.dashboard.cost.perMinute', { amount: money(r.rate, currency, language) }) : t('service.dashboard.cost.perCase', { amount: money(r.rate, currency, language) });
}

/** Cost to serve per channel: cases, handled minutes, the price and the cost; a bar chart of the cost over the table. */
export function ChannelCostChart({ cost }: { cost: CostToServe }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const data = cost.byChannel.map((r) => ({ ...r, name: channelTextLabel(t, r.channel) }));
  const summary = data.map((d) => t('service.dashboard.cost.channelSummary', { channel: d.name, cases: d.cases, cost: money(d.cost, cost.currency, lng) })).join('; ');
  const columns: TableColumnsType<(typeof data)[number]> = [
    { key: 'channel', title: t('service.dashboard.cost.channel'), dataIndex: 'name' },
    { key: 'cases', title: t('service.dashboard.cost.cases'), dataIndex: 'cases', ...NUMBER },
    { key: 'minutes', title: t('service.dashboard.cost.minutes'), render: (_: unknown, r) => minutes(r.handledMinutes, lng), ...NUMBER },
    { key: 'price', title: t('service.dashboard.cost.price'), render: (_: unknown, r) => priceOf(t, r, cost.currency, lng) },
    { key: 'cost', title: t('service.dashboard.cost.cost'), render: (_: unknown, r) => money(r.cost, cost.currency, lng), ...NUMBER },
    { key: 'perCase', title: t('service.dashboard.cost.costPerCase'), render: (_: unknown, r) => money(r.costPerCase, cost.currency, lng), ...NUMBER },
  ];
  return (
    <CostBars
      title={t('service.dashboard.cost.byChannel')}
      note={t('service.dashboard.cost.byChannelNote')}
      summary={summary}
      testId="dashboard-cost-channel"
      rowKey="channel"
      columns={columns}
      data={data}
      currency={cost.currency}
    />
  );
}

/** Cost to serve per customer tier (the account's), cases without one last. */
export function TierCostChart({ cost }: { cost: CostToServe }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const data = cost.byTier.map((r: TierRow, i) => ({ ...r, id: r.tier ?? `none-${i}`, name: r.tier ? tierName(t, r.tier) : t('service.dashboard.cost.noTier') }));
  const summary = data.length
    ? data.map((d) => t('service.dashboard.cost.tierSummary', { tier: d.name, cases: d.cases, cost: money(d.cost, cost.currency, lng) })).join('; ')
    : t('service.dashboard.cost.noTiers');
  const columns: TableColumnsType<(typeof data)[number]> = [
    { key: 'tier', title: t('service.dashboard.cost.tier'), dataIndex: 'name' },
    { key: 'cases', title: t('service.dashboard.cost.cases'), dataIndex: 'cases', ...NUMBER },
    { key: 'minutes', title: t('service.dashboard.cost.minutes'), render: (_: unknown, r) => minutes(r.handledMinutes, lng), ...NUMBER },
    { key: 'cost', title: t('service.dashboard.cost.cost'), render: (_: unknown, r) => money(r.cost, cost.currency, lng), ...NUMBER },
    { key: 'perCase', title: t('service.dashboard.cost.costPerCase'), render: (_: unknown, r) => money(r.costPerCase, cost.currency, lng), ...NUMBER },
  ];
  return (
    <CostBars title={t('service.dashboard.cost.byTier')} note={t('service.dashboard.cost.byTierNote')} summary={summary} testId="dashboard-cost-tier" rowKey="id" columns={columns} data={data} currency={cost.currency} />
  );
}

/** The account tier as the API stores it ("key") in the reader's words; a tier the app does not know, as stored. */
function tierName(t: TFunction, tier: string): string {
  const key = tier.toUpperCase() as AccountTier;
  return ALL_ACCOUNT_TIERS.includes(key) ? accountTierLabel(t, key) : tier;
}

/** A cost bar chart with its table of every figure (the chart for who looks, the table for who reads or hears). */
function CostBars<Row extends { name: string; cost: number }>(props: {
  title: string;
  note: string;
  summary: string;
  /** `<testId>-chart` and `<testId>-table`. */
  testId: string;
  rowKey: keyof Row & string;
  columns: TableColumnsType<Row>;
  data: Row[];
  currency: string;
}) {
  const { t, i18n } = useTranslation();
  const { title, note, summary, testId, rowKey, columns, data, currency } = props;
  const table = (
    <ScrollRegion label={title} data-testid={`${testId}-table`}>
      <Table size="small" rowKey={rowKey} columns={columns} dataSource={data} pagination={false} style={{ marginTop: 12 }} />
    </ScrollRegion>
  );
  return (
    <ChartCard style={FULL_HEIGHT} title={title} note={note} summary={summary} testId={`${testId}-chart`} footer={table}>
      {(width) => (
        <BarChart width={width} height={HEIGHT} data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} />
          <YAxis width={56} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => money(Number(v), currency, i18n.language)} />
          <Bar dataKey="cost" name={t('service.dashboard.cost.cost')} fill={COST_COLOR} isAnimationActive={false} />
        </BarChart>
      )}
    </ChartCard>
  );
}

/**
 * Cost to serve over the period (issue 19 item 6): the totals, then per channel and per customer
 * tier, in the base currency. Set-up writers set the channels' prices from here, next to the figures
 * they drive; without any price every cost is zero, and the section says so.
 */
export function CostToServeSection({ cost }: { cost: CostToServe }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const canPrice = usePermissions().allows(SERVICE_NEEDS.setupWrite);
  const [pricing, setPricing] = useState(false);
  const unpriced = cost.byChannel.every((r) => r.basis === null);
  return (
    <Flex vertical gap="middle" data-testid="dashboard-cost">
      <Card
        size="small"
        title={t('service.dashboard.cost.title')}
        extra={
          canPrice ? (
            <Button size="small" onClick={() => setPricing(true)} data-testid="dashboard-cost-prices">
              {t('service.dashboard.cost.prices')}
            </Button>
          ) : null
        }
      >
        <Row gutter={[16, 16]}>
          <Figure title={t('service.dashboard.cost.cases')} value={cost.cases} testId="dashboard-cost-cases" span={{ xs: 12, md: 8 }} />
          <Figure title={t('service.dashboard.cost.minutes')} value={minutes(cost.handledMinutes, lng)} testId="dashboard-cost-minutes" span={{ xs: 12, md: 8 }} />
          <Figure title={t('service.dashboard.cost.cost')} value={money(cost.cost, cost.currency, lng)} testId="dashboard-cost-total" span={{ xs: 24, md: 8 }} />
        </Row>
        {unpriced ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }} data-testid="dashboard-cost-unpriced">
            {canPrice ? t('service.dashboard.cost.unpricedWriter') : t('service.dashboard.cost.unpriced')}
          </Typography.Paragraph>
        ) : null}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ChannelCostChart cost={cost} />
        </Col>
        <Col xs={24} xl={12}>
          <TierCostChart cost={cost} />
        </Col>
      </Row>
      {canPrice ? <ChannelPricesModal open={pricing} currency={cost.currency} onClose={() => setPricing(false)} /> : null}
    </Flex>
  );
}
