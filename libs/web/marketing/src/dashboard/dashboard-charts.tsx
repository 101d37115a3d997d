import { ChartCard, ChartLegend, formatPercent } from '@rapport/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { campaignPath } from '@rapport/web-core';
import { compact, wholeMoney } from './format';
import { ROI_BEST, ROI_WORST, roiChartRows, shortName, spendChartRows, type CampaignRow, type ChannelRow } from './report-data';

// The campaign page's colours: budget the plan (blue), cost what went out (orange), return what came back (green).
export const COLORS = { budget: '#597ef7', cost: '#d46b08', won: '#389e0d', loss: '#cf1322' } as const;
const ROW_HEIGHT = 30;
// Cards side by side in a row keep one height.
const FULL_HEIGHT = { height: '100%' } as const;

/** The campaign a clicked bar stands for (recharts hands the bar's data row over as `payload`). */
function useOpenCampaign() {
  const navigate = useNavigate();
  return (bar: unknown) => {
    const id = (bar as { payload?: { id?: string } } | undefined)?.payload?.id;
    if (id) void navigate(campaignPath(id));
  };
}

export interface ChartProps {
  /** The report's currency: every amount is in it (converted at the rate of its day). */
  currency: string;
}

/** Cost against return per channel, with the same figures as a table under the chart. */
export function ChannelChart({ rows, currency, channelLabel, table }: ChartProps & { rows: readonly ChannelRow[]; channelLabel: (c: string | null) => string; table: ReactNode }) {
  const { t, i18n } = useTranslation();
  const money = (n: number) => wholeMoney(n, currency, i18n.language);
  const data = rows.map((r) => ({ label: channelLabel(r.channel), cost: r.actualCost, won: r.wonAmount }));
  const summary = data.map((d) => `${d.label}: ${t('marketing.actualCost')} ${money(d.cost)}, ${t('marketing.roi.wonAmount')} ${money(d.won)}`).join('; ');
  return (
    <ChartCard style={FULL_HEIGHT} title={t('marketing.dashboard.byChannel')} summary={summary} testId="dashboard-channel-chart" footer={table}>
      {(width) => (
        <BarChart width={width} height={260} data={data} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis tickFormatter={(v: number) => compact(v, i18n.language)} width={56} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => money(Number(v))} />
          <Legend content={({ payload }) => <ChartLegend payload={payload} />} />
          <Bar dataKey="cost" name={t('marketing.actualCost')} fill={COLORS.cost} isAnimationActive={false} />
          <Bar dataKey="won" name={t('marketing.roi.wonAmount')} fill={COLORS.won} isAnimationActive={false} />
        </BarChart>
      )}
    </ChartCard>
  );
}

/** Names on the left of a horizontal bar chart take a third of a phone, less of a wide card. */
const nameAxisWidth = (width: number) => Math.min(170, Math.max(96, Math.round(width * 0.32)));
/** How much of a name fits that axis on one line at 12px (about 7px a Latin letter; shortName counts CJK double). */
const nameUnits = (width: number) => Math.floor((nameAxisWidth(width) - 16) / 7);

/**
 * A campaign's name on the axis, on one line: recharts' own tick breaks a name that is too long
 * over two lines and crowds the bars. The full name is the tick's tooltip, and in the table.
 */
function NameTick({ x, y, payload, units }: { x?: number | string; y?: number | string; payload?: { value?: unknown }; units: number }) {
  const name = String(payload?.value ?? '');
  return (
    <text x={Number(x)} y={Number(y)} dy={4} textAnchor="end" fontSize={12} fill="#595959">
      <title>{name}</title>
      {shortName(name, units)}
    </text>
  );
}

export function RoiChart({ rows }: { rows: readonly CampaignRow[] }) {
  const { t, i18n } = useTranslation();
  const open = useOpenCampaign();
  const chart = roiChartRows(rows);
  const data = chart.rows.map((r) => ({ id: r.campaign.id, name: r.campaign.name, roi: r.roi }));
  const summary = data.map((d) => `${d.name}: ${t('marketing.roi.roi')} ${formatPercent(d.roi, i18n.language)}`).join('; ');
  const note = !chart.count
    ? t('marketing.dashboard.roiNone')
    : chart.cut
      ? t('marketing.dashboard.roiSome', { best: ROI_BEST, worst: ROI_WORST, count: chart.count })
      : t('marketing.dashboard.roiAll', { count: chart.count });
  return (
    <ChartCard style={FULL_HEIGHT} title={t('marketing.dashboard.roiByCampaign')} note={note} summary={summary || note} testId="dashboard-roi-chart">
      {(width) =>
        data.length ? (
          <BarChart width={width} height={data.length * ROW_HEIGHT + 40} data={data} layout="vertical" margin={{ top: 8, right: 48, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={(v: number) => formatPercent(v, i18n.language)} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="name" width={nameAxisWidth(width)} tick={(props: object) => <NameTick {...props} units={nameUnits(width)} />} interval={0} />
            <ReferenceLine x={0} stroke="#595959" />
            <Tooltip formatter={(v) => formatPercent(Number(v), i18n.language)} labelFormatter={(_, items) => String(items?.[0]?.payload?.name ?? '')} />
            <Bar dataKey="roi" name={t('marketing.roi.roi')} isAnimationActive={false} onClick={open} cursor="pointer">
              {data.map((d) => (
                <Cell key={d.id} fill={d.roi >= 0 ? COLORS.won : COLORS.loss} />
              ))}
              <LabelList dataKey="roi" position="right" formatter={(v) => formatPercent(Number(v), i18n.language)} style={{ fontSize: 11, fill: '#262626' }} />
            </Bar>
          </BarChart>
        ) : null
      }
    </ChartCard>
  );
}

export function SpendChart({ rows, currency }: ChartProps & { rows: readonly CampaignRow[] }) {
  const { t, i18n } = useTranslation();
  const open = useOpenCampaign();
  const chart = spendChartRows(rows);
  const money = (n: number) => wholeMoney(n, currency, i18n.language);
  const data = chart.rows.map((r) => ({ id: r.campaign.id, name: r.campaign.name, budget: r.budget, cost: r.actualCost }));
  const summary = data.map((d) => `${d.name}: ${t('campaigns.fields.budget')} ${money(d.budget)}, ${t('marketing.actualCost')} ${money(d.cost)}`).join('; ');
  const note = chart.cut ? t('marketing.dashboard.spendSome', { shown: chart.rows.length, count: chart.count }) : t('marketing.dashboard.spendAll');
  return (
    <ChartCard style={FULL_HEIGHT} title={t('marketing.dashboard.spendVsBudget')} note={note} summary={summary} testId="dashboard-spend-chart">
      {(width) => (
        <BarChart width={width} height={data.length * ROW_HEIGHT * 1.4 + 64} data={data} layout="vertical" margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => compact(v, i18n.language)} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={nameAxisWidth(width)} tick={(props: object) => <NameTick {...props} units={nameUnits(width)} />} interval={0} />
          <Tooltip formatter={(v) => money(Number(v))} labelFormatter={(_, items) => String(items?.[0]?.payload?.name ?? '')} />
          <Legend content={({ payload }) => <ChartLegend payload={payload} />} />
          <Bar dataKey="budget" name={t('campaigns.fields.budget')} fill={COLORS.budget} isAnimationActive={false} onClick={open} cursor="pointer" />
          <Bar dataKey="cost" name={t('marketing.actualCost')} fill={COLORS.cost} isAnimationActive={false} onClick={open} cursor="pointer" />
        </BarChart>
      )}
    </ChartCard>
  );
}
