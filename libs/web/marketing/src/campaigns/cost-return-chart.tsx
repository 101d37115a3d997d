import { formatMoney, i18n, useElementWidth } from '@rapport/web-ui';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';

const HEIGHT = 220;
// jsdom (and a hidden tab) measures 0: the chart then draws at this width instead of not at all.
const FALLBACK_WIDTH = 360;
// Budget is the plan (grey-blue), cost what went out (orange), the return what came back (green).
const COLORS = { budget: '#597ef7', cost: '#d46b08', won: '#389e0d' } as const;

const compact = (n: number) => new Intl.NumberFormat(i18n.language || 'en', { notation: 'compact', maximumFractionDigits: 1 }).format(n);

export interface CostReturnChartProps {
  currency: string;
  budget: number | null | undefined;
  actualCost: number;
  wonAmount: number;
}

/**
 * Budget, actual cost and attributed won amount side by side: whether the campaign paid back is
 * one glance. The SVG says little to a screen reader, so the figure carries the numbers as text.
 */
export function CostReturnChart({ currency, budget, actualCost, wonAmount }: CostReturnChartProps) {
  const { t } = useTranslation();
  const { ref, width } = useElementWidth(FALLBACK_WIDTH);
  const money = (n: number) => formatMoney(n, currency) ?? String(n);
  // Short words under the bars (they share a phone's width); the full names are in the summary.
  const data = [
    { key: 'budget', label: t('campaigns.fields.budget'), tick: t('marketing.chart.budget'), value: budget ?? 0, fill: COLORS.budget },
    { key: 'cost', label: t('marketing.actualCost'), tick: t('marketing.chart.cost'), value: actualCost, fill: COLORS.cost },
    { key: 'won', label: t('marketing.roi.wonAmount'), tick: t('marketing.chart.won'), value: wonAmount, fill: COLORS.won },
  ];
  const summary = data.map((d) => `${d.label}: ${money(d.value)}`).join('; ');
  return (
    <figure ref={ref} aria-label={summary} data-testid="campaign-cost-return-chart" style={{ margin: 0, width: '100%' }}>
      <BarChart width={width} height={HEIGHT} data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="tick" tick={{ fontSize: 12 }} interval={0} />
        <YAxis tickFormatter={(v: number) => compact(v)} width={52} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(v) => money(Number(v))} />
        <Bar dataKey="value" name={t('marketing.amount')} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.key} fill={d.fill} />
          ))}
        </Bar>
      </BarChart>
    </figure>
  );
}
