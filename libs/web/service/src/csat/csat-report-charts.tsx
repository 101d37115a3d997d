import { ChartCard, ChartLegend, formatPercent, NO_FIGURE, ScrollRegion } from '@rapport/web-ui';
import { Table, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { dayLabel } from '../dashboard/dashboard-model';
import { channelTextLabel } from '../cases/case-labels';
import { distribution, type CsatGroupBy, type CsatRow } from './csat-model';

const HEIGHT = 240;
const FULL_HEIGHT = { height: '100%' } as const;
const NUMBER = { align: 'right' as const, onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };
/** 1 (red) to 5 (green); the bars carry their rating as a label too, never colour alone. */
export const RATING_COLORS = ['#cf1322', '#d46b08', '#d4b106', '#7cb305', '#389e0d'] as const;
const COLORS = { average: '#1677ff', responses: '#8c8c8c' } as const;

/** An average rating as "4.3", or NO_FIGURE for none. */
export const formatAverage = (avg: number | null | undefined, language: string) =>
  avg === null || avg === undefined ? NO_FIGURE : new Intl.NumberFormat(language || 'en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(avg);

// The name of a row without a key, per grouping (one literal key each, so the key check finds them).
const NONE: Record<CsatGroupBy, (t: TFunction) => string> = {
  AGENT: (t) => t('csat.report.none.AGENT'),
  TEAM: (t) => t('csat.report.none.TEAM'),
  QUEUE: (t) => t('csat.report.none.QUEUE'),
  CHANNEL: (t) => t('csat.report.none.CHANNEL'),
  DAY: (t) => t('csat.report.none.DAY'),
};

/** A report row's name in the reader's words: the agent's, team's or queue's name, the channel, the day. */
export function rowLabel(t: TFunction, groupBy: CsatGroupBy, row: Pick<CsatRow, 'key' | 'label'>, language: string): string {
  if (!row.key) return NONE[groupBy]?.(t) ?? '';
  if (groupBy === 'CHANNEL') return channelTextLabel(t, row.key);
  if (groupBy === 'DAY') return dayLabel(row.key, language);
  return row.label ?? row.key;
}

/** How the responses of the period are spread over the ratings 1–5, with the counts and shares in a table. */
export function DistributionChart({ total }: { total: CsatRow }) {
  const { t, i18n } = useTranslation();
  const data = distribution(total).map((d) => ({ ...d, label: t('csat.report.stars', { n: d.rating }) }));
  const summary = data.map((d) => t('csat.report.distributionSummary', { rating: d.label, count: d.count })).join('; ');
  const columns: TableColumnsType<(typeof data)[number]> = [
    { key: 'rating', title: t('csat.report.rating'), dataIndex: 'label' },
    { key: 'count', title: t('csat.report.responses'), dataIndex: 'count', ...NUMBER },
    { key: 'share', title: t('csat.report.share'), render: (_: unknown, d) => formatPercent(d.share, i18n.language), ...NUMBER },
  ];
  const table = (
    <ScrollRegion label={t('csat.report.distribution')} data-testid="csat-distribution-table">
      <Table size="small" rowKey="rating" columns={columns} dataSource={data} pagination={false} style={{ marginTop: 12 }} />
    </ScrollRegion>
  );
  return (
    <ChartCard style={FULL_HEIGHT} title={t('csat.report.distribution')} note={t('csat.report.distributionNote')} summary={summary} testId="csat-distribution-chart" footer={table}>
      {(width) => (
        <BarChart width={width} height={HEIGHT} data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} width={40} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="count" name={t('csat.report.responses')} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.rating} fill={RATING_COLORS[d.rating - 1]} />
            ))}
          </Bar>
        </BarChart>
      )}
    </ChartCard>
  );
}

/** Average rating and responses per group (agent, team, queue or channel), the full figures in a table. */
export function GroupChart({ rows, groupBy, title }: { rows: readonly CsatRow[]; groupBy: CsatGroupBy; title: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const data = rows.map((r, i) => ({ ...r, id: r.key ?? `none-${i}`, name: rowLabel(t, groupBy, r, lng), avg: r.average === null ? null : Math.round(r.average * 10) / 10 }));
  const summary = data.map((d) => t('csat.report.groupSummary', { group: d.name, average: formatAverage(d.average, lng), responses: d.responses })).join('; ');
  const columns: TableColumnsType<(typeof data)[number]> = [
    { key: 'group', title: title, dataIndex: 'name' },
    { key: 'sent', title: t('csat.report.sent'), dataIndex: 'surveysSent', ...NUMBER },
    { key: 'responses', title: t('csat.report.responses'), dataIndex: 'responses', ...NUMBER },
    { key: 'rate', title: t('csat.report.responseRate'), render: (_: unknown, d) => formatPercent(d.responseRate, lng), ...NUMBER },
    { key: 'average', title: t('csat.report.average'), render: (_: unknown, d) => formatAverage(d.average, lng), ...NUMBER },
    { key: 'satisfied', title: t('csat.report.satisfied'), render: (_: unknown, d) => formatPercent(d.satisfiedShare, lng), ...NUMBER },
    { key: 'low', title: t('csat.report.low'), dataIndex: 'dissatisfied', ...NUMBER },
  ];
  const table = (
    <ScrollRegion label={title} data-testid="csat-group-table">
      <Table size="small" rowKey="id" columns={columns} dataSource={data} pagination={false} style={{ marginTop: 12 }} />
    </ScrollRegion>
  );
  return (
    <ChartCard style={FULL_HEIGHT} title={title} note={t('csat.report.groupNote')} summary={summary} testId="csat-group-chart" footer={table}>
      {(width) => (
        <BarChart width={width} height={HEIGHT} data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} />
          <YAxis domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} width={32} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend content={({ payload }) => <ChartLegend payload={payload} />} />
          <Bar dataKey="avg" name={t('csat.report.average')} fill={COLORS.average} isAnimationActive={false} />
        </BarChart>
      )}
    </ChartCard>
  );
}

/** Average rating (line) and responses (bars) per day of the period, days in the report's zone. */
export function TrendChart({ rows, timeZone }: { rows: readonly CsatRow[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const data = rows.filter((r) => r.key).map((r) => ({ day: r.key!, label: dayLabel(r.key!, lng), responses: r.responses, avg: r.average === null ? null : Math.round(r.average * 10) / 10, average: r.average }));
  const summary = data.length
    ? data.map((d) => t('csat.report.trendSummary', { day: d.label, average: formatAverage(d.average, lng), responses: d.responses })).join('; ')
    : t('csat.report.trendEmpty');
  return (
    <ChartCard style={FULL_HEIGHT} title={t('csat.report.trend')} note={t('csat.report.trendNote', { zone: timeZone })} summary={summary} testId="csat-trend-chart">
      {(width) => (
        <ComposedChart width={width} height={HEIGHT} data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis yAxisId="avg" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} width={32} tick={{ fontSize: 12 }} />
          <YAxis yAxisId="n" orientation="right" allowDecimals={false} width={32} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend content={({ payload }) => <ChartLegend payload={payload} />} />
          <Bar yAxisId="n" dataKey="responses" name={t('csat.report.responses')} fill={COLORS.responses} isAnimationActive={false} />
          <Line yAxisId="avg" dataKey="avg" name={t('csat.report.average')} stroke={COLORS.average} connectNulls isAnimationActive={false} />
        </ComposedChart>
      )}
    </ChartCard>
  );
}
