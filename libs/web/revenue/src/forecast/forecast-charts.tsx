import { ChartCard, ChartLegend, formatDate, formatMoney, i18n } from '@rapport/web-ui';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Funnel, FunnelChart, LabelList, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { categoryLabel } from '../revenue-labels';
import { compactNumber, forecastVsQuota, funnelSteps, trendPoints, type Forecast } from './chart-data';

// Dark enough for white labels on the funnel; the least certain category is the greyest.
export const CATEGORY_COLORS: Record<string, string> = {
  closed: '#389e0d',
  commit: '#1677ff',
  best_case: '#08979c',
  pipeline: '#8c8c8c',
  weighted: '#722ed1',
  quota: '#d46b08',
};

const HEIGHT = 260;

export function ForecastVsQuotaChart({ forecast }: { forecast: Forecast }) {
  const { t } = useTranslation();
  const money = (n: number) => formatMoney(n, forecast.currency) ?? String(n);
  const rowLabel = { reps: t('revenue.forecast.repsCall'), adjusted: t('revenue.forecast.adjustedCall'), quota: t('revenue.forecast.quota') };
  const data = forecastVsQuota(forecast).map((r) => ({ ...r, label: rowLabel[r.key] }));
  const total = (r: (typeof data)[number]) => r.closed + r.commit + r.bestCase;
  const summary = data.map((r) => `${r.label}: ${money(r.key === 'quota' ? r.quota : total(r))}`).join('; ');
  return (
    <ChartCard title={t('revenue.forecast.vsQuota')} summary={summary} testId="forecast-vs-quota-chart">
      {(width) => (
        <BarChart width={width} height={HEIGHT} data={data} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis tickFormatter={(v: number) => compactNumber(v, i18n.language)} width={56} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => money(Number(v))} />
          <Legend itemSorter={null} content={({ payload }) => <ChartLegend payload={payload} />} />
          <Bar dataKey="closed" name={categoryLabel(t, 'closed')} stackId="call" fill={CATEGORY_COLORS['closed']} isAnimationActive={false} />
          <Bar dataKey="commit" name={categoryLabel(t, 'commit')} stackId="call" fill={CATEGORY_COLORS['commit']} isAnimationActive={false} />
          <Bar dataKey="bestCase" name={categoryLabel(t, 'best_case')} stackId="call" fill={CATEGORY_COLORS['best_case']} isAnimationActive={false} />
          <Bar dataKey="quota" name={t('revenue.forecast.quota')} stackId="call" fill={CATEGORY_COLORS['quota']} isAnimationActive={false} legendType="none" />
        </BarChart>
      )}
    </ChartCard>
  );
}

export function CategoryFunnelChart({ forecast }: { forecast: Forecast }) {
  const { t } = useTranslation();
  const money = (n: number) => formatMoney(n, forecast.currency) ?? String(n);
  const data = funnelSteps(forecast.adjusted).map((s) => ({ ...s, name: categoryLabel(t, s.category), fill: CATEGORY_COLORS[s.category], label: `${categoryLabel(t, s.category)} · ${compactNumber(s.value, i18n.language)}` }));
  const summary = data.map((s) => `${s.name}: ${money(s.value)}`).join('; ');
  const empty = data.every((s) => s.value === 0);
  return (
    <ChartCard title={t('revenue.forecast.funnel')} summary={summary} testId="forecast-funnel-chart">
      {(width) =>
        empty ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('revenue.forecast.noDeals')} style={{ height: HEIGHT - 40 }} />
        ) : (
          <FunnelChart width={width} height={HEIGHT} margin={{ top: 8, right: 8, left: 8, bottom: 8 }}>
            <Tooltip formatter={(v) => money(Number(v))} />
            <Funnel dataKey="value" nameKey="name" data={data} isAnimationActive={false} lastShapeType="rectangle">
              <LabelList position="center" dataKey="label" fill="#fff" stroke="none" style={{ fontSize: 12 }} />
            </Funnel>
          </FunnelChart>
        )
      }
    </ChartCard>
  );
}

export function TrendChart({ forecast }: { forecast: Forecast }) {
  const { t } = useTranslation();
  const money = (n: number) => formatMoney(n, forecast.currency) ?? String(n);
  const data = trendPoints(forecast);
  const summary = data.length ? data.map((p) => `${formatDate(p.takenOn)}: ${categoryLabel(t, 'commit')} ${money(p.commit)}`).join('; ') : t('revenue.forecast.noTrend');
  return (
    <ChartCard title={t('revenue.forecast.trend')} summary={summary} testId="forecast-trend-chart">
      {(width) =>
        data.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('revenue.forecast.noTrend')} style={{ height: HEIGHT - 40 }} />
        ) : (
          <LineChart width={width} height={HEIGHT} data={data} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="takenOn" tickFormatter={(d: string) => formatDate(d) ?? d} tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={(v: number) => compactNumber(v, i18n.language)} width={56} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => money(Number(v))} labelFormatter={(d) => formatDate(String(d)) ?? String(d)} />
            <Legend itemSorter={null} content={({ payload }) => <ChartLegend payload={payload} />} />
            <Line type="monotone" dataKey="closed" name={categoryLabel(t, 'closed')} stroke={CATEGORY_COLORS['closed']} strokeWidth={2} isAnimationActive={false} />
            <Line type="monotone" dataKey="commit" name={categoryLabel(t, 'commit')} stroke={CATEGORY_COLORS['commit']} strokeWidth={2} isAnimationActive={false} />
            <Line type="monotone" dataKey="bestCase" name={categoryLabel(t, 'best_case')} stroke={CATEGORY_COLORS['best_case']} strokeWidth={2} isAnimationActive={false} />
            <Line type="monotone" dataKey="weighted" name={t('revenue.forecast.weighted')} stroke={CATEGORY_COLORS['weighted']} strokeDasharray="5 4" isAnimationActive={false} />
          </LineChart>
        )
      }
    </ChartCard>
  );
}
