/**
 * Cost to serve per channel (issue 19 item 6): each channel is priced either per handled minute
 * (calls and chats, whose length the thread records) or per case (mail, portal, web, where no
 * minutes are measured). Pure: the repository counts cases and minutes per channel and per account
 * tier over the cases the viewer may read; this prices them. Amounts are in the base currency, in
 * fen (hundredths) while adding so sums do not drift.
 */
import { CASE_CHANNELS, type CaseChannel } from '../cases/case.record';

export const COST_BASES = ['minute', 'case'] as const;
export type CostBasis = (typeof COST_BASES)[number];

export interface ChannelCost {
  channel: CaseChannel;
  basis: CostBasis;
  /** Base-currency units per minute or per case. */
  amount: number;
}

export interface ChannelUsage {
  channel: string;
  /** The account's tier, null for cases without an account or tier. */
  tier: string | null;
  cases: number;
  handledSeconds: number;
}

export interface CostLine {
  cases: number;
  handledMinutes: number;
  cost: number;
}

export interface ChannelCostLine extends CostLine {
  channel: CaseChannel;
  basis: CostBasis | null;
  rate: number | null;
  costPerCase: number | null;
}

export interface TierCostLine extends CostLine {
  tier: string | null;
  costPerCase: number | null;
}

const fen = (n: number) => Math.round(n * 100);
const minutes = (seconds: number) => Math.round((seconds / 60) * 10) / 10;

/** The cost in fen of some usage on a channel; nothing when the channel has no price set. */
export function costFen(price: ChannelCost | undefined, cases: number, handledSeconds: number): number {
  if (!price) return 0;
  return price.basis === 'case' ? cases * fen(price.amount) : Math.round((handledSeconds / 60) * fen(price.amount));
}

/** Every channel (those without cases too, so a price set shows), and each tier with cases, priced. */
export function costToServe(usage: readonly ChannelUsage[], prices: readonly ChannelCost[]): { byChannel: ChannelCostLine[]; byTier: TierCostLine[]; total: CostLine } {
  const price = new Map(prices.map((p) => [p.channel as string, p]));
  const byChannel = CASE_CHANNELS.map((channel): ChannelCostLine => {
    const rows = usage.filter((u) => u.channel === channel);
    const cases = rows.reduce((s, r) => s + r.cases, 0);
    const seconds = rows.reduce((s, r) => s + r.handledSeconds, 0);
    const costF = rows.reduce((s, r) => s + costFen(price.get(channel), r.cases, r.handledSeconds), 0);
    const p = price.get(channel);
    return { channel, cases, handledMinutes: minutes(seconds), basis: p?.basis ?? null, rate: p?.amount ?? null, cost: costF / 100, costPerCase: cases ? Math.round(costF / cases) / 100 : null };
  });
  const tiers = [...new Set(usage.map((u) => u.tier))].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  const byTier = tiers.map((tier): TierCostLine => {
    const rows = usage.filter((u) => u.tier === tier);
    const cases = rows.reduce((s, r) => s + r.cases, 0);
    const costF = rows.reduce((s, r) => s + costFen(price.get(r.channel), r.cases, r.handledSeconds), 0);
    return { tier, cases, handledMinutes: minutes(rows.reduce((s, r) => s + r.handledSeconds, 0)), cost: costF / 100, costPerCase: cases ? Math.round(costF / cases) / 100 : null };
  });
  const totalF = usage.reduce((s, r) => s + costFen(price.get(r.channel), r.cases, r.handledSeconds), 0);
  return {
    byChannel,
    byTier,
    total: { cases: usage.reduce((s, r) => s + r.cases, 0), handledMinutes: minutes(usage.reduce((s, r) => s + r.handledSeconds, 0)), cost: totalF / 100 },
  };
}

/** A price's problems by field: an amount must be 0 or more with at most two decimals, below a million. */
export function channelCostProblems(amount: number, path: string): { path: string; message: string }[] {
  if (!Number.isFinite(amount) || amount < 0 || amount >= 1_000_000 || Math.abs(fen(amount) - amount * 100) > 1e-6) {
    return [{ path, message: 'must be an amount of at least 0 with at most two decimals' }];
  }
  return [];
}
