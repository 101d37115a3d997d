import type { TFunction } from 'i18next';
import { memberStatusLabel } from '@rapport/web-core';
import { FINISH, FOLLOWING, type NurtureStatus, type NurtureStepKind, type StepForm } from './nurture-model';

/** The sequence's words (lazy/nurtures.*.json) for statuses, kinds and the readable flow. */
const STATUS: Record<NurtureStatus, (t: TFunction) => string> = {
  DRAFT: (t) => t('nurtures.status.DRAFT'),
  ACTIVE: (t) => t('nurtures.status.ACTIVE'),
  PAUSED: (t) => t('nurtures.status.PAUSED'),
};
export const nurtureStatusLabel = (t: TFunction, s: NurtureStatus): string => STATUS[s]?.(t) ?? s;
export const NURTURE_STATUS_COLORS: Record<NurtureStatus, string> = { DRAFT: 'default', ACTIVE: 'green', PAUSED: 'orange' };

const KIND: Record<NurtureStepKind, (t: TFunction) => string> = {
  SEND: (t) => t('nurtures.kind.SEND'),
  WAIT: (t) => t('nurtures.kind.WAIT'),
  BRANCH: (t) => t('nurtures.kind.BRANCH'),
  SET_MEMBER_STATUS: (t) => t('nurtures.kind.SET_MEMBER_STATUS'),
  NOTIFY_OWNER: (t) => t('nurtures.kind.NOTIFY_OWNER'),
};
export const stepKindLabel = (t: TFunction, k: NurtureStepKind): string => KIND[k]?.(t) ?? k;

export type EnrolmentStatus = 'ACTIVE' | 'COMPLETED' | 'STOPPED';
const ENROLMENT: Record<EnrolmentStatus, (t: TFunction) => string> = {
  ACTIVE: (t) => t('nurtures.enrolments.status.ACTIVE'),
  COMPLETED: (t) => t('nurtures.enrolments.status.COMPLETED'),
  STOPPED: (t) => t('nurtures.enrolments.status.STOPPED'),
};
export const enrolmentStatusLabel = (t: TFunction, s: EnrolmentStatus): string => ENROLMENT[s]?.(t) ?? s;
export const ENROLMENT_STATUS_COLORS: Record<EnrolmentStatus, string> = { ACTIVE: 'blue', COMPLETED: 'green', STOPPED: 'default' };

export type StopReason = 'CUSTOMER' | 'REPLIED';
const STOP: Record<StopReason, (t: TFunction) => string> = {
  CUSTOMER: (t) => t('nurtures.enrolments.stopReason.CUSTOMER'),
  REPLIED: (t) => t('nurtures.enrolments.stopReason.REPLIED'),
};
export const stopReasonLabel = (t: TFunction, r: StopReason): string => STOP[r]?.(t) ?? r;

/** ISO weekday 1 = Monday … 7 = Sunday in the reader's language (2024-01-01 was a Monday). */
export function weekdayName(weekday: number, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
}

/** "Step 3", the end of the sequence, or the following step: where a jump goes. */
export function targetLabel(t: TFunction, ref: string | null, steps: readonly Pick<StepForm, 'key'>[]): string {
  if (ref === FINISH) return t('nurtures.flow.finish');
  if (ref === FOLLOWING) return t('nurtures.flow.following');
  const i = ref === null ? -1 : steps.findIndex((s) => s.key === ref);
  return i < 0 ? t('nurtures.flow.noTarget') : t('nurtures.flow.stepN', { n: i + 1 });
}

export interface FlowNames {
  template: (id: string | null) => string | undefined;
  campaign: (id: string | null) => string | undefined;
  language: string;
}

/** One step in words, as the flow's card says it: "Send “Spring range”", "Wait 2 days", … */
export function stepSummary(t: TFunction, step: StepForm, steps: readonly StepForm[], names: FlowNames): string {
  const unset = t('nurtures.flow.unset');
  switch (step.kind) {
    case 'SEND':
      return t('nurtures.flow.send', { template: names.template(step.templateId) ?? unset });
    case 'WAIT':
      if (step.waitMode === 'weekday') {
        return t('nurtures.flow.waitUntil', { weekday: step.weekday ? weekdayName(step.weekday, names.language) : unset, hour: step.hour === null ? unset : `${String(step.hour).padStart(2, '0')}:00` });
      }
      return t('nurtures.flow.waitDays', { count: step.days ?? 0 });
    case 'BRANCH':
      return t(step.branchOn === 'CLICKED' ? 'nurtures.flow.branchClicked' : 'nurtures.flow.branchOpened', {
        send: step.sendStep ? targetLabel(t, step.sendStep, steps) : unset,
        hours: step.withinHours ?? unset,
      });
    case 'SET_MEMBER_STATUS':
      return t('nurtures.flow.setStatus', { status: step.memberStatus ? memberStatusLabel(t, step.memberStatus) : unset, campaign: names.campaign(step.campaignId) ?? unset });
    case 'NOTIFY_OWNER':
      return step.message?.trim() ? t('nurtures.flow.notifyWith', { message: step.message.trim() }) : t('nurtures.flow.notify');
  }
}

/**
 * Where a person goes after the step, in words: a branch's two ways ("opened → step 4; otherwise
 * → finish"), another step's jump, or nothing when it simply goes on to the following one.
 */
export function stepExits(t: TFunction, step: StepForm, index: number, steps: readonly StepForm[]): string[] {
  if (step.kind === 'BRANCH') {
    return [t('nurtures.flow.then', { target: targetLabel(t, step.thenStep, steps) }), t('nurtures.flow.else', { target: targetLabel(t, step.elseStep, steps) })];
  }
  if (step.next !== FOLLOWING) return [t('nurtures.flow.goTo', { target: targetLabel(t, step.next, steps) })];
  return index === steps.length - 1 ? [t('nurtures.flow.thenFinish')] : [];
}
