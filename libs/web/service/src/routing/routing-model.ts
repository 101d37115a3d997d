import type { RoutingBoardQuery, RoutingQueueFieldsFragment } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';

export type Board = RoutingBoardQuery['routingBoard'];
export type QueueRow = Board['queues'][number];
export type WaitingItem = QueueRow['items'][number];
export type Agent = Board['agents'][number];
export type Distribution = RoutingQueueFieldsFragment['distribution'];

/** The board asks again this often (issue 19: "near-live"). */
export const BOARD_POLL_MS = 5_000;

/** Whole seconds from `since` to `now` (never negative: clocks of browser and server differ a little). */
export function secondsSince(since: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(since)) / 1000));
}

/** A waiting age in the largest two units: "45 s", "12 min", "2 h 5 min", "3 d 4 h". */
export function formatAge(t: TFunction, seconds: number): string {
  if (seconds < 60) return t('routing.age.seconds', { s: seconds });
  const m = Math.floor(seconds / 60);
  if (m < 60) return t('routing.age.minutes', { m });
  const h = Math.floor(m / 60);
  if (h < 24) return t('routing.age.hours', { h, m: m % 60 });
  return t('routing.age.days', { d: Math.floor(h / 24), h: h % 24 });
}

/** Average handling time as mm:ss (minutes go past 59 rather than hide an hour-long call in h:mm:ss). */
export function formatMmSs(seconds: number | null): string | null {
  if (seconds === null) return null;
  const s = Math.max(0, Math.round(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** A ticking clock for live ages; one timer per board, not per row. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
  return now;
}

export const STAT_PERIODS = ['today', 'week', 'month'] as const;
export type StatPeriod = (typeof STAT_PERIODS)[number];

export function parseStatPeriod(v: string | null): StatPeriod {
  return (STAT_PERIODS as readonly string[]).includes(v ?? '') ? (v as StatPeriod) : 'today';
}

/** [from, to) of the period in the browser's time zone: today from midnight, or the last 7 / 30 days up to tomorrow's midnight. */
export function statRange(period: StatPeriod, now: number): { from: string; to: string } {
  const end = new Date(now);
  end.setHours(24, 0, 0, 0);
  const start = new Date(end);
  start.setDate(start.getDate() - (period === 'today' ? 1 : period === 'week' ? 7 : 30));
  return { from: start.toISOString(), to: end.toISOString() };
}

// One literal key per value so the completeness test sees them.
export function distributionLabel(t: TFunction, d: Distribution): string {
  return d === 'ROUND_ROBIN' ? t('routing.distribution.ROUND_ROBIN') : t('routing.distribution.LEAST_BUSY');
}

/** Skill keys to their names in the reader's language (a key with no skill shows as itself). */
export function skillNamer(skills: readonly { key: string; name: string }[]): (key: string) => string {
  const names = new Map(skills.map((s) => [s.key, s.name]));
  return (key) => names.get(key) ?? key;
}

/** Language codes as the routing rules store them; their names in the reader's language. */
export const ROUTING_LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export function languageName(t: TFunction, code: string | null): string | null {
  if (code === null) return null;
  if (code === 'en') return t('routing.language.en');
  if (code === 'zh-CN' || code === 'zh-Hans' || code === 'zh') return t('routing.language.zhCN');
  if (code === 'zh-TW' || code === 'zh-Hant') return t('routing.language.zhTW');
  return code;
}
