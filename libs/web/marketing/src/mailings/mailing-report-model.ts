import type { MailingReportFieldsFragment } from '@rapport/web-data-access';

// What a mailing's report shows, as pure functions (tested in mailing-report-model.test.ts).

export type MailingEngagement = Omit<MailingReportFieldsFragment['engagement'], '__typename'>;

/** A share of the delivered messages, 0–100 with one decimal; null when nothing was delivered (no rate to speak of). */
export function rateOf(part: number, delivered: number): number | null {
  if (delivered <= 0) return null;
  return Math.round((Math.min(part, delivered) * 1000) / delivered) / 10;
}

export interface EngagementFigure {
  key: 'delivered' | 'uniqueOpens' | 'uniqueClicks' | 'unsubscribes' | 'bounces' | 'complaints' | 'replies';
  value: number;
  /** Share of the delivered messages, for opens and clicks. */
  rate?: number | null;
}

/**
 * The engagement card's figures, people not events: delivered (sent minus hard bounces), people who
 * opened and clicked with their share of the delivered, unsubscribes, bounces (hard and soft),
 * complaints and replies. Machine opens and clicks are already left out of these by the API.
 */
export function engagementFigures(e: MailingEngagement): EngagementFigure[] {
  return [
    { key: 'delivered', value: e.delivered },
    { key: 'uniqueOpens', value: e.uniqueOpens, rate: rateOf(e.uniqueOpens, e.delivered) },
    { key: 'uniqueClicks', value: e.uniqueClicks, rate: rateOf(e.uniqueClicks, e.delivered) },
    { key: 'unsubscribes', value: e.unsubscribes },
    { key: 'bounces', value: e.hardBounces + e.softBounces },
    { key: 'complaints', value: e.complaints },
    { key: 'replies', value: e.replies },
  ];
}

export interface HourPoint {
  at: string;
  /** The hour as the reader's clock shows it: "12-05 14:00". */
  label: string;
  opens: number;
  clicks: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The hourly series for the chart, oldest first, with the hours nobody opened or clicked filled
 * in as zeros (a line over a gap would invent activity). Labelled in the reader's local time.
 * At most `maxHours` points from the first active hour on, so a mailing watched for weeks stays drawable.
 */
export function hourlySeries(hours: readonly { at: string; opens: number; clicks: number }[], maxHours = 24 * 14): HourPoint[] {
  if (!hours.length) return [];
  const HOUR = 3_600_000;
  const byHour = new Map<number, { opens: number; clicks: number }>();
  for (const h of hours) {
    const at = Math.floor(Date.parse(h.at) / HOUR) * HOUR;
    const prev = byHour.get(at) ?? { opens: 0, clicks: 0 };
    byHour.set(at, { opens: prev.opens + h.opens, clicks: prev.clicks + h.clicks });
  }
  const first = Math.min(...byHour.keys());
  const last = Math.min(Math.max(...byHour.keys()), first + (maxHours - 1) * HOUR);
  const points: HourPoint[] = [];
  for (let at = first; at <= last; at += HOUR) {
    const d = new Date(at);
    const v = byHour.get(at) ?? { opens: 0, clicks: 0 };
    points.push({ at: d.toISOString(), label: `${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:00`, ...v });
  }
  return points;
}
