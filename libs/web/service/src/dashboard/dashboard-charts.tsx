import { ChartCard, ChartLegend, ScrollRegion } from '@rapport/web-ui';
import { Table, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { dayLabel, type AgeRow, type BreachDay } from './dashboard-model';

export const COLORS = { within: '#1677ff', breached: '#cf1322', openLate: '#d46b08' } as const;
const HEIGHT = 240;
const FULL_HEIGHT = { height: '100%' } as const;
const NUMBER = { align: 'right' as const, onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };

// One literal key per bucket, so the key check finds them all.
const AGE_LABELS: Record<AgeRow['bucket'], (t: TFunction) => string> = {
  UNDER_1_DAY: (t) => t('service.dashboard.age.UNDER_1_DAY'),
  DAYS_1_TO_3: (t) => t('service.dashboard.age.DAYS_1_TO_3'),
  DAYS_3_TO_7: (t) => t('service.dashboard.age.DAYS_3_TO_7'),
  DAYS_7_TO_30: (t) => t('service.dashboard.age.DAYS_7_TO_30'),
  OVER_30_DAYS: (t) => t('service.dashboard.age.OVER_30_DAYS'),
};
export const ageLabel = (t: TFunction, bucket: AgeRow['bucket']) => AGE_LABELS[bucket]?.(t) ?? bucket;

/** Open cases per age bucket, stacked: within SLA below, past an SLA due time on top; the same figures in a table under it. */
export function OpenByAgeChart({ rows }: { rows: readonly AgeRow[] }) {
  const { t } = useTranslation();
  const data = rows.map((r) => ({ key: r.bucket, label: ageLabel(t, r.bucket), within: r.total - r.breached, breached: r.breached, total: r.total }));
  const summary = data.map((d) => t('service.dashboard.ageSummary', { age: d.label, total: d.total, breached: d.breached })).join('; ');
  const columns: TableColumnsType<(typeof data)[number]> = [
    { key: 'age', title: t('service.dashboard.ageColumn'), dataIndex: 'label' },
    { key: 'total', title: t('service.dashboard.total'), dataIndex: 'total', ...NUMBER },
    { key: 'breached', title: t('service.dashboard.breached'), dataIndex: 'breached', ...NUMBER },
  ];
  const table = (
    <ScrollRegion label={t('service.dashboard.byAge')} data-testid="dashboard-age-table">
      <Table size="small" rowKey="key" columns={columns} dataSource={data} pagination={false} style={{ marginTop: 12 }} />
    </ScrollRegion>
  );
  return (
    <ChartCard style={FULL_HEIGHT} title={t('service.dashboard.byAge')} note={t('service.dashboard.byAgeNote')} summary={summary} testId="dashboard-age-chart" footer={table}>
      {(width) => (
        <BarChart width={width} height={HEIGHT} data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} width={40} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend content={({ payload }) => <ChartLegend payload={payload} />} />
          <Bar dataKey="within" name={t('service.dashboard.withinSla')} stackId="age" fill={COLORS.within} isAnimationActive={false} />
          <Bar dataKey="breached" name={t('service.dashboard.breached')} stackId="age" fill={COLORS.breached} isAnimationActive={false} />
        </BarChart>
      )}
    </ChartCard>
  );
}

/** Breaches per day of the last seven (the dashboard's time zone): milestones that ended late, and today the open cases late now. */
export function BreachesChart({ days, timeZone }: { days: readonly BreachDay[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const data = days.map((d) => ({ ...d, label: dayLabel(d.day, i18n.language) }));
  const summary = data.map((d) => t('service.dashboard.breachSummary', { day: d.label, total: d.total })).join('; ');
  const columns: TableColumnsType<(typeof data)[number]> = [
    { key: 'day', title: t('service.dashboard.day'), dataIndex: 'label' },
    { key: 'completed', title: t('service.dashboard.endedLate'), dataIndex: 'completed', ...NUMBER },
    { key: 'open', title: t('service.dashboard.openLate'), dataIndex: 'open', ...NUMBER },
    { key: 'total', title: t('service.dashboard.total'), dataIndex: 'total', ...NUMBER },
  ];
  const table = (
    <ScrollRegion label={t('service.dashboard.breaches')} data-testid="dashboard-breach-table">
      <Table size="small" rowKey="day" columns={columns} dataSource={data} pagination={false} style={{ marginTop: 12 }} />
    </ScrollRegion>
  );
  return (
    <ChartCard style={FULL_HEIGHT} title={t('service.dashboard.breaches')} note={t('service.dashboard.breachesNote', { zone: timeZone })} summary={summary} testId="dashboard-breach-chart" footer={table}>
      {(width) => (
        <BarChart width={width} height={HEIGHT} data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
          <YAxis allowDecimals={false} width={40} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend content={({ payload }) => <ChartLegend payload={payload} />} />
          <Bar dataKey="completed" name={t('service.dashboard.endedLate')} stackId="day" fill={COLORS.breached} isAnimationActive={false} />
          <Bar dataKey="open" name={t('service.dashboard.openLate')} stackId="day" fill={COLORS.openLate} isAnimationActive={false} />
        </BarChart>
      )}
    </ChartCard>
  );
}
