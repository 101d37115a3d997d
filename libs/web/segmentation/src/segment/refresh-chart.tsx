import { useQuery } from '@apollo/client/react';
import { errorMessageOf, SegmentHistoryDocument } from '@rapport/web-data-access';
import { ChartCard, ChartLegend, ErrorState } from '@rapport/web-ui';
import { Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';

/** Refreshes drawn (the API's default is 60, newest first). */
export const HISTORY_SIZE = 60;

const COLORS = { members: '#1677ff', entered: '#52c41a', left: '#ff7875' };

export interface RefreshPoint {
  at: string;
  label: string;
  members: number;
  entered: number;
  left: number;
}

/** The refreshes oldest first, as a time axis reads (the API gives them newest first). */
export function chartPoints(refreshes: readonly { refreshedAt: string; members: number; entered: number; left: number }[]): RefreshPoint[] {
  return [...refreshes]
    .sort((a, b) => a.refreshedAt.localeCompare(b.refreshedAt))
    .map((r) => ({ at: r.refreshedAt, label: dayjs(r.refreshedAt).format('MM-DD HH:mm'), members: r.members, entered: r.entered, left: -r.left }));
}

/**
 * Counts over time (issue 17): members after each refresh as a line, who entered (up) and who left
 * (down) as bars, from `Segment.refreshes`. The figure's accessible name lists every refresh.
 */
export function RefreshChart({ segmentId }: { segmentId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SegmentHistoryDocument, { variables: { id: segmentId, first: HISTORY_SIZE }, fetchPolicy: 'cache-and-network' });
  const title = t('segments.chart.title');
  const number = (n: number) => n.toLocaleString(i18n.language);
  if (!data && loading) return <Skeleton active data-testid="segment-chart-loading" />;
  if (!data) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  const points = chartPoints(data.segment?.refreshes ?? []);
  if (!points.length) {
    return (
      <ChartCard title={title} summary={t('segments.chart.empty')} testId="segment-chart">
        {() => <Typography.Paragraph style={{ padding: 8, margin: 0 }}>{t('segments.chart.empty')}</Typography.Paragraph>}
      </ChartCard>
    );
  }
  const summary = points.map((p) => t('segments.chart.line', { at: p.label, members: number(p.members), entered: number(p.entered), left: number(-p.left) })).join('; ');
  const names = { members: t('segments.chart.members'), entered: t('segments.chart.entered'), left: t('segments.chart.left') };
  return (
    <ChartCard title={title} note={t('segments.chart.note')} summary={summary} testId="segment-chart">
      {(width) => (
        <ComposedChart width={width} height={260} data={points} margin={{ top: 8, right: 8, left: 0, bottom: 0 }} stackOffset="sign">
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
          {/* Members and the changes have their own scales: a few dozen entering would not show beside thousands. */}
          <YAxis yAxisId="members" allowDecimals={false} tickFormatter={(v: number) => number(v)} tick={{ fontSize: 11 }} width={56} />
          <YAxis yAxisId="change" orientation="right" allowDecimals={false} tickFormatter={(v: number) => number(Math.abs(v))} tick={{ fontSize: 11 }} width={44} />
          <Tooltip formatter={(v, name) => [number(Math.abs(Number(v))), name]} />
          <Legend content={<ChartLegend />} />
          <Bar yAxisId="change" dataKey="entered" name={names.entered} fill={COLORS.entered} stackId="change" isAnimationActive={false} />
          <Bar yAxisId="change" dataKey="left" name={names.left} fill={COLORS.left} stackId="change" isAnimationActive={false} />
          <Line yAxisId="members" dataKey="members" name={names.members} stroke={COLORS.members} strokeWidth={2} dot={points.length < 20} isAnimationActive={false} />
        </ComposedChart>
      )}
    </ChartCard>
  );
}
