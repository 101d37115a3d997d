import { describe, expect, it } from 'vitest';
import { engagementFigures, hourlySeries, rateOf, type MailingEngagement } from './mailing-report-model';

const engagement = (o: Partial<MailingEngagement> = {}): MailingEngagement => ({
  sent: 200,
  delivered: 190,
  opens: 150,
  uniqueOpens: 95,
  machineOpens: 30,
  clicks: 40,
  uniqueClicks: 19,
  machineClicks: 7,
  unsubscribes: 2,
  hardBounces: 10,
  softBounces: 3,
  complaints: 1,
  replies: 4,
  ...o,
});

describe('rateOf', () => {
  it('is the share of the delivered messages with one decimal', () => {
    expect(rateOf(95, 190)).toBe(50);
    expect(rateOf(1, 3)).toBe(33.3);
    expect(rateOf(2, 3)).toBe(66.7);
  });
  it('has no rate when nothing was delivered, and never goes over 100', () => {
    expect(rateOf(0, 0)).toBeNull();
    expect(rateOf(5, 4)).toBe(100);
  });
});

describe('engagementFigures', () => {
  it('lists people, not events: unique opens and clicks with their rates, bounces hard and soft together', () => {
    expect(engagementFigures(engagement())).toEqual([
      { key: 'delivered', value: 190 },
      { key: 'uniqueOpens', value: 95, rate: 50 },
      { key: 'uniqueClicks', value: 19, rate: 10 },
      { key: 'unsubscribes', value: 2 },
      { key: 'bounces', value: 13 },
      { key: 'complaints', value: 1 },
      { key: 'replies', value: 4 },
    ]);
  });
  it('gives no rate for a mailing nothing was delivered of', () => {
    const figures = engagementFigures(engagement({ delivered: 0, uniqueOpens: 0, uniqueClicks: 0 }));
    expect(figures.find((f) => f.key === 'uniqueOpens')?.rate).toBeNull();
  });
});

describe('hourlySeries', () => {
  it('is empty without activity', () => {
    expect(hourlySeries([])).toEqual([]);
  });
  it('fills the quiet hours with zeros, oldest first', () => {
    const series = hourlySeries([
      { at: '2026-12-05T12:00:00Z', opens: 1, clicks: 1 },
      { at: '2026-12-05T09:00:00Z', opens: 4, clicks: 0 },
    ]);
    expect(series.map((p) => [p.at, p.opens, p.clicks])).toEqual([
      ['2026-12-05T09:00:00.000Z', 4, 0],
      ['2026-12-05T10:00:00.000Z', 0, 0],
      ['2026-12-05T11:00:00.000Z', 0, 0],
      ['2026-12-05T12:00:00.000Z', 1, 1],
    ]);
    expect(series[0]!.label).toMatch(/^\d{2}-\d{2} \d{2}:00$/);
  });
  it('adds up two rows of the same hour and stops after the longest span it draws', () => {
    const series = hourlySeries(
      [
        { at: '2026-12-05T09:10:00Z', opens: 1, clicks: 0 },
        { at: '2026-12-05T09:40:00Z', opens: 2, clicks: 1 },
        { at: '2026-12-09T09:00:00Z', opens: 1, clicks: 0 },
      ],
      3,
    );
    expect(series.map((p) => [p.opens, p.clicks])).toEqual([[3, 1], [0, 0], [0, 0]]);
  });
});
