import { AppError, ErrorCode, msg } from '@rapport/shared-errors';

/**
 * Campaign attribution: which campaign responses influenced a deal, and how its amount is divided
 * among them. Pure rules; the data layer computes the same thing set-based in SQL (see
 * {@link splitAmount} for the rule it must follow to the cent), and an integration test compares
 * the two.
 */

/** How a won amount is credited to the campaigns that touched the deal, chosen per report. */
export type AttributionModel = 'first_touch' | 'last_touch' | 'even' | 'position_based';

export const ATTRIBUTION_MODELS: readonly AttributionModel[] = Object.freeze(['first_touch', 'last_touch', 'even', 'position_based'] as const);

/** A response of a member (a contact of the deal's account) to a campaign, before the deal. */
export interface Touch {
  campaignId: string;
  at: Date;
}

/** One campaign's share of a deal's amount, a decimal string with 2 decimals. */
export interface AttributedShare {
  campaignId: string;
  amount: string;
}

const DAY_MS = 86_400_000;

// Plain code-unit comparison, not localeCompare: the SQL side orders by `campaign_id COLLATE "C"`,
// which is the same order for any string (ids are UUIDs, but the rule must not depend on that).
const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Touches in attribution order: by time, ties by campaign id, so the order never depends on input order. */
export function compareTouches(a: Touch, b: Touch): number {
  return a.at.getTime() - b.at.getTime() || compareIds(a.campaignId, b.campaignId);
}

export function orderTouches<T extends Touch>(touches: readonly T[]): T[] {
  return [...touches].sort(compareTouches);
}

/**
 * The touches that influenced a deal opened at `openedAt`: those with
 * `openedAt − windowDays × 24 h ≤ at ≤ openedAt`, BOTH edges inclusive, in attribution order.
 * A day is exactly 24 hours of UTC time, not a calendar day: in SQL write
 * `at BETWEEN opened_at - make_interval(hours => 24 * window_days) AND opened_at` (an interval of
 * `N days` on timestamptz follows the session time zone's daylight-saving shifts and would move the
 * edge by an hour twice a year).
 */
export function influencingTouches<T extends Touch>(touches: readonly T[], openedAt: Date, windowDays: number): T[] {
  if (!Number.isInteger(windowDays) || windowDays < 0) {
    throw new AppError(ErrorCode.Internal, msg('errors.internal', undefined, `The influence window must be a whole number of days ≥ 0, not ${windowDays}.`));
  }
  const end = openedAt.getTime();
  const start = end - windowDays * DAY_MS;
  return orderTouches(touches.filter((t) => t.at.getTime() >= start && t.at.getTime() <= end));
}

/**
 * Each touch's weight as an integer numerator over one denominator, for `n` ordered touches.
 * Position-based with n ≥ 3: first 2/5, last 2/5, each middle touch (1/5)/(n−2); over the common
 * denominator 5(n−2) that is 2(n−2), 1, …, 1, 2(n−2).
 */
export function touchWeights(model: AttributionModel, n: number): { numerators: bigint[]; denominator: bigint } {
  const nums = (f: (i: number) => number, denominator: number) => ({ numerators: Array.from({ length: n }, (_, i) => BigInt(f(i))), denominator: BigInt(denominator) });
  switch (model) {
    case 'first_touch':
      return nums((i) => (i === 0 ? 1 : 0), 1);
    case 'last_touch':
      return nums((i) => (i === n - 1 ? 1 : 0), 1);
    case 'even':
      return nums(() => 1, n);
    case 'position_based':
      if (n <= 2) return nums(() => 1, n);
      return nums((i) => (i === 0 || i === n - 1 ? 2 * (n - 2) : 1), 5 * (n - 2));
    default:
      throw new AppError(ErrorCode.Internal, msg('errors.internal', undefined, `Unknown attribution model ${String(model)}.`));
  }
}

/**
 * Divides a deal's `amount` among the campaigns of its touches so that the shares add up to exactly
 * the amount, to the cent. The rule (the SQL implementation must follow it exactly):
 *
 * 1. Order the touches by `at`, ties by `campaignId` (code-unit order, `COLLATE "C"`); number them
 *    1…n in that order.
 * 2. Weights: first_touch 1 to touch 1, 0 to the others; last_touch 1 to touch n; even 1/n each;
 *    position_based n = 1: 1; n = 2: 1/2 each; n ≥ 3: 2/5 to touch 1 and to touch n, and
 *    (1/5)/(n−2) to each middle touch. As integers over a common denominator D: see {@link touchWeights}.
 * 3. With A the amount in integer cents, touch i's exact share is A·num_i / D: its floor
 *    `div(A·num_i, D)` and its remainder `mod(A·num_i, D)` (use numeric in SQL: A·num_i can exceed bigint).
 * 4. The cents left over, A − Σ floors (fewer than n), go one each to the touches with the largest
 *    remainders; equal remainders go to the earlier touch (`ORDER BY remainder DESC, i`). Largest
 *    remainder method: deterministic, and no touch gets a cent unless its exact share had a fraction.
 * 5. A campaign's share is the sum of its touches' shares. One entry per campaign that touched the
 *    deal, including campaigns credited 0.00 (e.g. all but one under first_touch), in the order of
 *    each campaign's first touch.
 *
 * No touches → `[]`. The amount is a non-negative decimal with at most 2 decimals as PostgreSQL
 * `numeric` returns it ("12345.67", "0.00"); cents are BigInt, so 16+ integer digits are exact.
 */
export function splitAmount(amount: string, touches: readonly Touch[], model: AttributionModel): AttributedShare[] {
  const cents = decimalToCents(amount);
  if (cents < 0n) throw new AppError(ErrorCode.Internal, msg('errors.internal', undefined, `A deal amount to attribute cannot be negative: "${amount}".`));
  if (touches.length === 0) return [];
  const ordered = orderTouches(touches);
  const { numerators, denominator } = touchWeights(model, ordered.length);
  const exact = numerators.map((num) => cents * num);
  const shares = exact.map((e) => e / denominator);
  let left = cents - shares.reduce((s, c) => s + c, 0n);
  const byRemainder = exact.map((e, i) => ({ i, rem: e % denominator })).sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  for (const { i } of byRemainder) {
    if (left === 0n) break;
    shares[i] += 1n;
    left -= 1n;
  }
  const byCampaign = new Map<string, bigint>();
  ordered.forEach((t, i) => byCampaign.set(t.campaignId, (byCampaign.get(t.campaignId) ?? 0n) + shares[i]));
  return [...byCampaign].map(([campaignId, c]) => ({ campaignId, amount: centsToDecimal(c) }));
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * A decimal string with at most 2 decimals ("12345.67", "-3.5", "0") as integer cents. Anything else
 * is a bug upstream (the values come from numeric(…, 2) columns), so it throws rather than rounds.
 */
export function decimalToCents(value: string): bigint {
  const m = DECIMAL.exec(value);
  if (!m) throw new AppError(ErrorCode.Internal, msg('errors.internal', undefined, `Not an amount with at most 2 decimals: "${value}".`));
  const cents = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -cents : cents;
}

/** Integer cents as a decimal string with exactly 2 decimals, as PostgreSQL prints numeric(…, 2). */
export function centsToDecimal(cents: bigint): string {
  const abs = cents < 0n ? -cents : cents;
  return `${cents < 0n ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** The influence window the issue names as the default: responses in the 90 days before a deal opened. */
export const DEFAULT_WINDOW_DAYS = 90;

/** The longest window a report may ask for (two years). */
export const MAX_WINDOW_DAYS = 730;
