import type { CampaignFunnelQuery, CampaignMembersQueryVariables } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';

/** A step of "did they reach sales" (data-access exports the enum only through its queries). */
export type FunnelStep = NonNullable<CampaignMembersQueryVariables['reached']>;
export type FunnelRow = NonNullable<CampaignFunnelQuery['campaign']>['funnel'][number];

// One literal key per step (as campaign-labels.ts): the i18n key test sees every key, and a new
// step fails the type check until it has a label. Listed in the funnel's order.
const STEP_LABELS: Record<FunnelStep, (t: TFunction) => string> = {
  MEMBER: (t) => t('marketing.funnel.step.MEMBER'),
  RESPONDED: (t) => t('marketing.funnel.step.RESPONDED'),
  CONTACTED: (t) => t('marketing.funnel.step.CONTACTED'),
  OPPORTUNITY: (t) => t('marketing.funnel.step.OPPORTUNITY'),
  WON: (t) => t('marketing.funnel.step.WON'),
};
export const FUNNEL_STEPS = Object.keys(STEP_LABELS) as FunnelStep[];
export const funnelStepLabel = (t: TFunction, step: FunnelStep): string => STEP_LABELS[step]?.(t) ?? step;

/** A step named in the address (`?reached=WON`), or null for anything that is not one. */
export function parseFunnelStep(value: string | null | undefined): FunnelStep | null {
  return value && (FUNNEL_STEPS as string[]).includes(value) ? (value as FunnelStep) : null;
}

export interface FunnelBar {
  step: FunnelStep;
  count: number;
  /** Share of all members (the first step); null when there are no members. */
  share: number | null;
  medianHours: number | null;
}

/**
 * The server's rows in the funnel's order, each with its share of the members. Steps are
 * cumulative (a member who won also responded), so every share is of the first step's count.
 */
export function funnelBars(rows: readonly FunnelRow[]): FunnelBar[] {
  const byStep = new Map(rows.map((r) => [r.step, r]));
  const members = byStep.get('MEMBER')?.count ?? 0;
  return FUNNEL_STEPS.map((step) => {
    const row = byStep.get(step);
    const count = row?.count ?? 0;
    return { step, count, share: members > 0 ? count / members : null, medianHours: row?.medianHours ?? null };
  });
}

/** Below a day a median reads in hours ("3.5 h"), from a day on in days ("2.1 days"). */
const HOURS_IN_A_DAY = 24;

/** A median time, localised: "3.5 h" under a day, "2.1 days" from a day on (one decimal at most). */
export function formatDuration(t: TFunction, hours: number, language: string): string {
  const days = hours >= HOURS_IN_A_DAY;
  const value = Math.round((days ? hours / HOURS_IN_A_DAY : hours) * 10) / 10;
  const text = new Intl.NumberFormat(language || 'en', { maximumFractionDigits: 1 }).format(value);
  return days ? t('marketing.funnel.days', { count: value, value: text }) : t('marketing.funnel.hours', { value: text });
}

export const formatShare = (share: number | null, language: string): string =>
  share === null ? '—' : new Intl.NumberFormat(language || 'en', { style: 'percent', maximumFractionDigits: 1 }).format(share);

export const formatCount = (n: number, language: string): string => new Intl.NumberFormat(language || 'en').format(n);

/** The whole chart as one sentence per step, for the figure's accessible name. */
export function funnelSummary(t: TFunction, bars: readonly FunnelBar[], language: string): string {
  const steps = bars.map((b) => {
    const figures = t('marketing.funnel.stepSummary', { step: funnelStepLabel(t, b.step), count: formatCount(b.count, language), share: formatShare(b.share, language) });
    return b.medianHours === null ? figures : `${figures}, ${t('marketing.funnel.median', { time: formatDuration(t, b.medianHours, language) })}`;
  });
  return `${t('marketing.funnel.title')}: ${steps.join('; ')}`;
}
