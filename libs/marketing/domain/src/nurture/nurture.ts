/**
 * Nurture sequences (issue 15 item 10, docs/adr/0017) as pure rules: what a step may say, where
 * an enrolment goes after it, and when a wait ends. Every jump goes forward, so a sequence always
 * ends: an enrolment passes each position at most once. Position `steps.length` is "finished".
 */

export const NURTURE_STATUSES = ['draft', 'active', 'paused'] as const;
export type NurtureStatus = (typeof NURTURE_STATUSES)[number];

export const NURTURE_STEP_KINDS = ['wait', 'send', 'branch', 'set_member_status', 'notify_owner'] as const;
export type NurtureStepKind = (typeof NURTURE_STEP_KINDS)[number];

export const NURTURE_BRANCH_ON = ['opened', 'clicked'] as const;
export type NurtureBranchOn = (typeof NURTURE_BRANCH_ON)[number];

export const ENROLMENT_STATUSES = ['active', 'completed', 'stopped'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** Why an enrolment ended before its last step. */
export const NURTURE_STOP_REASONS = ['customer', 'replied'] as const;
export type NurtureStopReason = (typeof NURTURE_STOP_REASONS)[number];

export const MAX_NURTURE_STEPS = 50;
export const MAX_WAIT_DAYS = 365;
export const MAX_BRANCH_HOURS = 720;
export const MAX_NOTE_LENGTH = 500;

/** Where to go after a step that is not a branch: absent = the following step. */
interface Next {
  next?: number | null;
}
/** Wait `days`, or until the next `weekday` (ISO: 1 = Monday … 7 = Sunday) at `hour` in the contact policy's time zone. */
export type WaitConfig = Next & ({ days: number } | { weekday: number; hour: number });
export type SendConfig = Next & { templateId: string; resendAllowed: boolean };
/** Then if the person opened (or clicked) the message of the send step at `sendStep` within `withinHours` of its delivery; else otherwise. */
export interface BranchConfig {
  on: NurtureBranchOn;
  sendStep: number;
  withinHours: number;
  thenStep: number;
  elseStep: number;
}
export type SetMemberStatusConfig = Next & { campaignId: string; status: string };
export type NotifyOwnerConfig = Next & { message: string | null };

export type NurtureStep =
  | { kind: 'wait'; config: WaitConfig }
  | { kind: 'send'; config: SendConfig }
  | { kind: 'branch'; config: BranchConfig }
  | { kind: 'set_member_status'; config: SetMemberStatusConfig }
  | { kind: 'notify_owner'; config: NotifyOwnerConfig };

/** A step as an editor or the API sends it: one flat shape, the fields of its kind filled in. */
export interface NurtureStepInput {
  kind: NurtureStepKind;
  days?: number | null;
  weekday?: number | null;
  hour?: number | null;
  templateId?: string | null;
  resendAllowed?: boolean | null;
  branchOn?: NurtureBranchOn | null;
  sendStep?: number | null;
  withinHours?: number | null;
  thenStep?: number | null;
  elseStep?: number | null;
  campaignId?: string | null;
  memberStatus?: string | null;
  message?: string | null;
  next?: number | null;
}

export interface NurtureProblem {
  path: string;
  message: string;
}

const isInt = (n: unknown, min: number, max: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
const given = (v: unknown) => v !== null && v !== undefined;

/**
 * Checks the steps and turns them into their stored form. Paths are relative to the steps
 * (`steps.2.withinHours`); templates, campaigns and statuses are checked against the database by
 * the service.
 */
export function parseNurtureSteps(inputs: readonly NurtureStepInput[]): { steps: NurtureStep[]; problems: NurtureProblem[] } {
  const problems: NurtureProblem[] = [];
  const end = inputs.length;
  if (end < 1 || end > MAX_NURTURE_STEPS) problems.push({ path: 'steps', message: `A nurture has between 1 and ${MAX_NURTURE_STEPS} steps.` });
  if (!inputs.some((s) => s.kind === 'send')) problems.push({ path: 'steps', message: 'A nurture sends at least one message.' });
  const steps: NurtureStep[] = [];
  inputs.forEach((s, i) => {
    const at = (field: string) => `steps.${i}.${field}`;
    const jump = (field: string, value: number | null | undefined) => {
      if (given(value) && !isInt(value, i + 1, end)) problems.push({ path: at(field), message: `Go on to a later step, or to ${end} to finish.` });
    };
    if (s.kind !== 'branch') jump('next', s.next);
    const next = given(s.next) ? { next: s.next } : {};
    switch (s.kind) {
      case 'wait': {
        const byDays = given(s.days);
        const byWeekday = given(s.weekday) || given(s.hour);
        if (byDays === byWeekday || (byDays && !isInt(s.days, 1, MAX_WAIT_DAYS)) || (byWeekday && !(isInt(s.weekday, 1, 7) && isInt(s.hour, 0, 23)))) {
          problems.push({ path: at(byDays ? 'days' : 'weekday'), message: `Wait 1 to ${MAX_WAIT_DAYS} days, or until a weekday (1 = Monday, 7 = Sunday) at an hour from 0 to 23.` });
        }
        steps.push({ kind: 'wait', config: byDays ? { days: s.days!, ...next } : { weekday: s.weekday!, hour: s.hour!, ...next } });
        break;
      }
      case 'send':
        if (!s.templateId) problems.push({ path: at('templateId'), message: 'Choose the template this step sends.' });
        steps.push({ kind: 'send', config: { templateId: s.templateId ?? '', resendAllowed: s.resendAllowed ?? false, ...next } });
        break;
      case 'branch': {
        const target = isInt(s.sendStep, 0, i - 1) ? inputs[s.sendStep] : undefined;
        if (target?.kind !== 'send') problems.push({ path: at('sendStep'), message: 'Branch on an earlier step that sends a message.' });
        if (!NURTURE_BRANCH_ON.includes(s.branchOn as NurtureBranchOn)) problems.push({ path: at('branchOn'), message: 'Branch on an open or a click.' });
        if (!isInt(s.withinHours, 1, MAX_BRANCH_HOURS)) problems.push({ path: at('withinHours'), message: `Wait 1 to ${MAX_BRANCH_HOURS} hours for the open or click.` });
        for (const field of ['thenStep', 'elseStep'] as const) {
          if (!given(s[field])) problems.push({ path: at(field), message: `Go on to a later step, or to ${end} to finish.` });
          else jump(field, s[field]);
        }
        steps.push({ kind: 'branch', config: { on: s.branchOn ?? 'opened', sendStep: s.sendStep ?? 0, withinHours: s.withinHours ?? 0, thenStep: s.thenStep ?? end, elseStep: s.elseStep ?? end } });
        break;
      }
      case 'set_member_status':
        if (!s.campaignId || !s.memberStatus?.trim()) problems.push({ path: at('memberStatus'), message: 'Choose the campaign and the member status to set.' });
        steps.push({ kind: 'set_member_status', config: { campaignId: s.campaignId ?? '', status: s.memberStatus?.trim() ?? '', ...next } });
        break;
      case 'notify_owner': {
        const message = s.message?.trim() || null;
        if (message && message.length > MAX_NOTE_LENGTH) problems.push({ path: at('message'), message: `Keep the note to ${MAX_NOTE_LENGTH} characters.` });
        steps.push({ kind: 'notify_owner', config: { message, ...next } });
        break;
      }
      default:
        problems.push({ path: at('kind'), message: 'Choose what the step does.' });
    }
  });
  return { steps, problems };
}

/** The position after a step that is not a branch. */
export function nextPosition(step: NurtureStep, position: number): number {
  return step.kind === 'branch' ? position + 1 : (step.config.next ?? position + 1);
}

/** A stored step back in the flat shape of the API. */
export function stepAsInput(step: NurtureStep): NurtureStepInput {
  switch (step.kind) {
    case 'branch': {
      const c = step.config;
      return { kind: 'branch', branchOn: c.on, sendStep: c.sendStep, withinHours: c.withinHours, thenStep: c.thenStep, elseStep: c.elseStep };
    }
    case 'wait':
      return 'days' in step.config ? { kind: 'wait', days: step.config.days, next: step.config.next ?? null } : { kind: 'wait', weekday: step.config.weekday, hour: step.config.hour, next: step.config.next ?? null };
    case 'send':
      return { kind: 'send', templateId: step.config.templateId, resendAllowed: step.config.resendAllowed, next: step.config.next ?? null };
    case 'set_member_status':
      return { kind: 'set_member_status', campaignId: step.config.campaignId, memberStatus: step.config.status, next: step.config.next ?? null };
    case 'notify_owner':
      return { kind: 'notify_owner', message: step.config.message, next: step.config.next ?? null };
  }
}

const DAY_MS = 86_400_000;

/** The wall-clock fields of an instant in a time zone. */
function wallClock(at: Date, timeZone: string): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), min: get('minute'), s: get('second') };
}

/** The instant when the wall clock of `timeZone` shows this date at `hour`:00 (a skipped hour, at a DST change, comes out an hour later). */
function instantOf(y: number, m: number, d: number, hour: number, timeZone: string): Date {
  const guess = Date.UTC(y, m - 1, d, hour);
  const offsetAt = (t: number) => {
    const w = wallClock(new Date(t), timeZone);
    return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - t;
  };
  const first = guess - offsetAt(guess);
  return new Date(guess - offsetAt(first));
}

/**
 * When a wait that starts at `now` ends: `days` later to the millisecond, or the next time the
 * weekday and hour come round in `timeZone` (the contact policy's), never `now` itself: a wait
 * reached on Monday at 09:00 for "Monday 9:00" ends a week later.
 */
export function waitEnds(now: Date, config: WaitConfig, timeZone: string): Date {
  if ('days' in config) return new Date(now.getTime() + config.days * DAY_MS);
  const today = wallClock(now, timeZone);
  for (let k = 0; k <= 7; k++) {
    const date = new Date(Date.UTC(today.y, today.m - 1, today.d + k));
    const isoWeekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
    if (isoWeekday !== config.weekday) continue;
    const at = instantOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), config.hour, timeZone);
    if (at.getTime() > now.getTime()) return at;
  }
  // k = 7 is today's weekday a week on, always later than now: the loop returns before here.
  throw new Error(`no weekday ${config.weekday}`);
}
