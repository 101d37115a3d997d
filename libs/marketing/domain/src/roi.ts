import { AppError, ErrorCode, msg } from '@rapport/shared-errors';
import { centsToDecimal, decimalToCents } from './attribution';

/**
 * A campaign's return on its cost. Money is decimal strings in and out (PostgreSQL numeric) and
 * integer cents inside, so a sum of millions never drifts; only the final ratio becomes a number.
 * Rounding is half away from zero, as PostgreSQL's `round(numeric, s)` does, so the SQL roll-ups
 * and these rules agree to the last digit.
 */

export interface CampaignReturnInput {
  /** Sum of the campaign's cost lines, in the campaign's currency; null when it has none. */
  actualCost: string | null;
  /** Won amount attributed to the campaign under the report's model, same currency. */
  attributedWon: string;
}

export interface CampaignReturn {
  /**
   * (attributed won − actual cost) / actual cost, rounded to 4 decimals (0.25 = 25 %). Null means
   * undefined: no cost recorded, or a cost of zero or less (a campaign refunded to a credit has no
   * meaningful ratio). Never Infinity, and never 0 standing in for "no cost".
   */
  roi: number | null;
}

const ROI_SCALE = 10_000n;

export function campaignReturn(input: CampaignReturnInput): CampaignReturn {
  if (input.actualCost === null) return { roi: null };
  const cost = decimalToCents(input.actualCost);
  if (cost <= 0n) return { roi: null };
  const won = decimalToCents(input.attributedWon);
  const scaled = divideRounded((won - cost) * ROI_SCALE, cost);
  return { roi: Number(scaledToDecimal(scaled, 4)) };
}

/**
 * Cost per lead or per won deal: `cost / count` to the cent, rounded half away from zero. Null when
 * there is no cost or nothing to divide by (0 leads is "no figure", not a cost of 0 or infinity).
 */
export function costPer(cost: string | null, count: number): string | null {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new AppError(ErrorCode.Internal, msg('errors.internal', undefined, `A count must be a whole number ≥ 0, not ${count}.`));
  }
  if (cost === null || count === 0) return null;
  return centsToDecimal(divideRounded(decimalToCents(cost), BigInt(count)));
}

/** n / d rounded half away from zero, for d > 0 (BigInt division alone truncates toward zero). */
function divideRounded(n: bigint, d: bigint): bigint {
  const abs = n < 0n ? -n : n;
  const q = (2n * abs + d) / (2n * d);
  return n < 0n ? -q : q;
}

/** An integer in units of 10^-scale as a decimal string, e.g. (-12345n, 4) → "-1.2345". */
function scaledToDecimal(value: bigint, scale: number): string {
  const unit = 10n ** BigInt(scale);
  const abs = value < 0n ? -value : value;
  return `${value < 0n ? '-' : ''}${abs / unit}.${(abs % unit).toString().padStart(scale, '0')}`;
}

/** One campaign's own figures in a report: amounts as exact decimal text. */
export interface CampaignFigures {
  channel: string | null;
  budget: string;
  actualCost: string;
  wonAmount: string;
  wonDeals: number;
  members: number;
  responses: number;
}

/** Figures summed per channel (campaigns without one under `null`), by won amount, then name. */
export function byChannel(rows: readonly CampaignFigures[]): (Omit<CampaignFigures, 'channel'> & { channel: string | null; campaigns: number })[] {
  const groups = new Map<string | null, CampaignFigures[]>();
  for (const r of rows) groups.set(r.channel, [...(groups.get(r.channel) ?? []), r]);
  const add = (list: CampaignFigures[], key: 'budget' | 'actualCost' | 'wonAmount') => centsToDecimal(list.reduce((sum, r) => sum + decimalToCents(r[key]), 0n));
  return [...groups.entries()]
    .map(([channel, list]) => ({
      channel,
      campaigns: list.length,
      budget: add(list, 'budget'),
      actualCost: add(list, 'actualCost'),
      wonAmount: add(list, 'wonAmount'),
      wonDeals: list.reduce((n, r) => n + r.wonDeals, 0),
      members: list.reduce((n, r) => n + r.members, 0),
      responses: list.reduce((n, r) => n + r.responses, 0),
    }))
    .sort((a, b) => Number(decimalToCents(b.wonAmount) - decimalToCents(a.wonAmount)) || String(a.channel ?? '').localeCompare(String(b.channel ?? '')));
}

/**
 * Budgets to add up over a report's campaigns. A year's plan and the campaigns under it may each
 * have a budget, the one dividing the other: summing both would count the money twice. The most
 * specific budgets count: a campaign's budget is left out (0) when a campaign below it in the same
 * report has a budget of its own. Each row keeps its own budget; only sums use these.
 */
export function budgetsToSum<T extends { id: string; parentId: string | null; budget: string }>(rows: readonly T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const divided = new Set<string>();
  for (const r of rows) {
    if (decimalToCents(r.budget) === 0n) continue;
    // Every ancestor in the report has its budget divided below it (a loop cannot outlast the set).
    let parent = r.parentId ? byId.get(r.parentId) : undefined;
    for (let hops = 0; parent && hops < rows.length; hops++) {
      divided.add(parent.id);
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
  }
  return rows.map((r) => (divided.has(r.id) ? { ...r, budget: '0.00' } : r));
}
