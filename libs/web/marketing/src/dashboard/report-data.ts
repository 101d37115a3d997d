import type { MarketingReportQuery } from '@rapport/web-data-access';

export type Report = MarketingReportQuery['marketingReport'];
export type CampaignRow = Report['campaigns'][number];
export type ChannelRow = Report['channels'][number];

/** How many campaigns the ROI chart shows from the top and from the bottom. */
export const ROI_BEST = 10;
export const ROI_WORST = 5;
/** How many campaigns the spend-vs-budget chart shows (the largest budgets). */
export const SPEND_SHOWN = 12;

/**
 * The campaigns the ROI chart draws, best first: all of those with a cost when they fit, else the
 * best and the worst (the middle is in the table). Campaigns without cost have no ROI and are left
 * out of the chart, not drawn as 0.
 */
export function roiChartRows(rows: readonly CampaignRow[], best = ROI_BEST, worst = ROI_WORST) {
  const defined = rows.filter((r): r is CampaignRow & { roi: number } => r.roi !== null && r.roi !== undefined).sort((a, b) => b.roi - a.roi || a.campaign.name.localeCompare(b.campaign.name));
  if (defined.length <= best + worst) return { rows: defined, count: defined.length, cut: false };
  return { rows: [...defined.slice(0, best), ...defined.slice(-worst)], count: defined.length, cut: true };
}

/** The campaigns the spend-vs-budget chart draws: the largest budgets (then the largest spend). */
export function spendChartRows(rows: readonly CampaignRow[], shown = SPEND_SHOWN) {
  const sorted = [...rows].sort((a, b) => b.budget - a.budget || b.actualCost - a.actualCost || a.campaign.name.localeCompare(b.campaign.name));
  return { rows: sorted.slice(0, shown), count: rows.length, cut: rows.length > shown };
}

/** Share of the budget spent; null without a budget (a share of nothing says nothing). */
export const spentShare = (r: { budget: number; actualCost: number }): number | null => (r.budget > 0 ? r.actualCost / r.budget : null);

// Chinese, Japanese and Korean characters (and full-width forms) take about two Latin letters' room.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * A long campaign name shortened to `units` (a Latin letter is one, a CJK character two) for a chart
 * axis, with an ellipsis; the full name is in the table, the tooltip and the chart's summary.
 */
export function shortName(name: string, units = 18): string {
  const chars = [...name];
  const width = (c: string) => (WIDE.test(c) ? 2 : 1);
  if (chars.reduce((n, c) => n + width(c), 0) <= units) return name;
  let used = 1; // the ellipsis
  let out = '';
  for (const c of chars) {
    if (used + width(c) > units) break;
    used += width(c);
    out += c;
  }
  return `${out.trimEnd()}…`;
}
