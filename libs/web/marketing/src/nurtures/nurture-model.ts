import type { ApiFieldError, CreateNurtureMutationVariables, NurtureFieldsFragment, NurtureRowFieldsFragment, NurtureStepFieldsFragment } from '@rapport/web-data-access';

/**
 * The sequence editor's pure parts (issue 15 item 10, docs/adr/0017): a step in the form refers to
 * other steps by a key, not a position, so moving or removing a step keeps every branch and jump
 * pointing at the same step; the API's positions are worked out only when the steps are sent.
 */
export type NurtureStatus = NurtureRowFieldsFragment['status'];
export type NurtureStepKind = NurtureStepFieldsFragment['kind'];
export type NurtureBranchOn = NonNullable<NurtureStepFieldsFragment['branchOn']>;
export type NurtureInput = CreateNurtureMutationVariables['input'];
export type NurtureStepInput = NurtureInput['steps'][number];

export const NURTURE_STATUSES: readonly NurtureStatus[] = ['DRAFT', 'ACTIVE', 'PAUSED'];
export const STEP_KINDS: readonly NurtureStepKind[] = ['SEND', 'WAIT', 'BRANCH', 'SET_MEMBER_STATUS', 'NOTIFY_OWNER'];
/** A jump target: another step's key, or the end of the sequence. */
export const FINISH = 'finish';
/** "Go on to the following step" (no `next`). */
export const FOLLOWING = 'following';

export interface StepForm {
  /** Stable while the step is edited, moved or its neighbours removed. */
  key: string;
  kind: NurtureStepKind;
  waitMode: 'days' | 'weekday';
  days: number | null;
  weekday: number | null;
  hour: number | null;
  templateId: string | null;
  resendAllowed: boolean;
  branchOn: NurtureBranchOn;
  /** The key of the send step a branch looks at. */
  sendStep: string | null;
  withinHours: number | null;
  /** A key or FINISH. */
  thenStep: string | null;
  elseStep: string | null;
  campaignId: string | null;
  memberStatus: string | null;
  message: string | null;
  /** A key, FINISH or FOLLOWING (not for a branch). */
  next: string;
}

export interface NurtureFormValues {
  name: string;
  campaignId: string | null;
  subscriptionTypeId: string | null;
  sourceCampaignId: string | null;
  memberStatuses: string[];
  stopWhenCustomer: boolean;
  stopOnReply: boolean;
  steps: StepForm[];
}

let counter = 0;
/** A key nobody else has on this page. */
export const newStepKey = (): string => `step-${++counter}`;

/** A new step of a kind with the defaults a person most often wants. */
export function emptyStep(kind: NurtureStepKind, key = newStepKey()): StepForm {
  return {
    key,
    kind,
    waitMode: 'days',
    days: kind === 'WAIT' ? 1 : null,
    weekday: null,
    hour: null,
    templateId: null,
    resendAllowed: false,
    branchOn: 'OPENED',
    sendStep: null,
    withinHours: kind === 'BRANCH' ? 48 : null,
    thenStep: null,
    elseStep: null,
    campaignId: null,
    memberStatus: null,
    message: null,
    next: FOLLOWING,
  };
}

export const EMPTY_NURTURE: NurtureFormValues = {
  name: '',
  campaignId: null,
  subscriptionTypeId: null,
  sourceCampaignId: null,
  memberStatuses: [],
  stopWhenCustomer: true,
  stopOnReply: true,
  steps: [],
};

/** The API's steps (positions) as the form's (keys). A position past the steps is FINISH. */
export function stepsFromModel(steps: readonly Omit<NurtureStepFieldsFragment, '__typename'>[]): StepForm[] {
  const sorted = [...steps].sort((a, b) => a.position - b.position);
  const keys = sorted.map(() => newStepKey());
  const ref = (position: number | null): string | null => (position === null ? null : (keys[position] ?? FINISH));
  return sorted.map((s, i) => ({
    ...emptyStep(s.kind, keys[i]),
    waitMode: s.weekday !== null ? 'weekday' : 'days',
    days: s.days,
    weekday: s.weekday,
    hour: s.hour,
    templateId: s.templateId,
    resendAllowed: s.resendAllowed ?? false,
    branchOn: s.branchOn ?? 'OPENED',
    sendStep: ref(s.sendStep),
    withinHours: s.withinHours,
    thenStep: ref(s.thenStep),
    elseStep: ref(s.elseStep),
    campaignId: s.campaignId,
    memberStatus: s.memberStatus,
    message: s.message,
    next: s.next === null ? FOLLOWING : (ref(s.next) ?? FOLLOWING),
  }));
}

export function valuesOf(n: NurtureFieldsFragment): NurtureFormValues {
  return {
    name: n.name,
    campaignId: n.campaignId,
    subscriptionTypeId: n.subscriptionTypeId,
    sourceCampaignId: n.source.campaignId,
    memberStatuses: [...n.source.memberStatuses],
    stopWhenCustomer: n.stopWhenCustomer,
    stopOnReply: n.stopOnReply,
    steps: stepsFromModel(n.steps),
  };
}

/**
 * The form's steps as the API's input: keys become positions (FINISH the number of steps; a key
 * no longer there is left out, so the API names the missing field), and only the fields of each
 * step's kind are sent.
 */
export function stepsToInput(steps: readonly StepForm[]): NurtureStepInput[] {
  const at = new Map(steps.map((s, i) => [s.key, i]));
  const pos = (ref: string | null): number | null => (ref === FINISH ? steps.length : ref === null ? null : (at.get(ref) ?? null));
  const next = (s: StepForm) => (s.next === FOLLOWING ? {} : pos(s.next) === null ? {} : { next: pos(s.next) });
  return steps.map((s): NurtureStepInput => {
    switch (s.kind) {
      case 'WAIT':
        return s.waitMode === 'weekday' ? { kind: 'WAIT', weekday: s.weekday, hour: s.hour, ...next(s) } : { kind: 'WAIT', days: s.days, ...next(s) };
      case 'SEND':
        return { kind: 'SEND', templateId: s.templateId, resendAllowed: s.resendAllowed, ...next(s) };
      case 'BRANCH':
        return { kind: 'BRANCH', branchOn: s.branchOn, sendStep: pos(s.sendStep), withinHours: s.withinHours, thenStep: pos(s.thenStep), elseStep: pos(s.elseStep) };
      case 'SET_MEMBER_STATUS':
        return { kind: 'SET_MEMBER_STATUS', campaignId: s.campaignId, memberStatus: s.memberStatus, ...next(s) };
      case 'NOTIFY_OWNER':
        return { kind: 'NOTIFY_OWNER', message: s.message?.trim() || null, ...next(s) };
    }
  });
}

/** The whole create input; an update sends the same fields but the campaign (fixed once saved). */
export function nurtureInput(v: NurtureFormValues): NurtureInput {
  return {
    name: v.name.trim(),
    campaignId: v.campaignId ?? '',
    subscriptionTypeId: v.subscriptionTypeId ?? '',
    source: { campaignId: v.sourceCampaignId ?? '', memberStatuses: v.memberStatuses },
    stopWhenCustomer: v.stopWhenCustomer,
    stopOnReply: v.stopOnReply,
    steps: stepsToInput(v.steps),
  };
}

/** An update sends everything but the campaign, which a saved nurture keeps. */
export function updateInput(id: string, input: NurtureInput): Omit<NurtureInput, 'campaignId'> & { id: string } {
  const { campaignId: _kept, ...changes } = input;
  return { id, ...changes };
}

/** Moves the step at `from` by `by` places (−1 up, +1 down); the same list when it cannot. */
export function moveStep<T>(steps: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (to < 0 || to >= steps.length) return [...steps];
  const out = [...steps];
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}

/** Removes a step; whatever pointed at it now points nowhere (the API says so at that field). */
export function removeStep(steps: readonly StepForm[], index: number): StepForm[] {
  const gone = steps[index]?.key;
  return steps
    .filter((_, i) => i !== index)
    .map((s) => ({
      ...s,
      sendStep: s.sendStep === gone ? null : s.sendStep,
      thenStep: s.thenStep === gone ? null : s.thenStep,
      elseStep: s.elseStep === gone ? null : s.elseStep,
      next: s.next === gone ? FOLLOWING : s.next,
    }));
}

/** A field error's place in the form: `input.steps.2.withinHours` → ['steps', 2, 'withinHours']. */
export type FormName = (string | number)[];

const TOP_FIELDS: Record<string, string> = {
  name: 'name',
  campaignId: 'campaignId',
  subscriptionTypeId: 'subscriptionTypeId',
  'source.campaignId': 'sourceCampaignId',
  'source.memberStatuses': 'memberStatuses',
};

/**
 * Where the API's problems go: a step's field under that step (a wait's `days`/`weekday` on the
 * field its mode shows), the source's under the source fields; what names no field ("a nurture
 * sends at least one message", `input.steps`) is left for a note above the steps.
 */
export function placeErrors(errors: readonly ApiFieldError[], steps: readonly StepForm[]): { fields: { name: FormName; errors: string[] }[]; unplaced: string[] } {
  const byName = new Map<string, { name: FormName; errors: string[] }>();
  const unplaced: string[] = [];
  const add = (name: FormName, message: string) => {
    const k = name.join('.');
    const entry = byName.get(k) ?? { name, errors: [] };
    if (!entry.errors.includes(message)) entry.errors.push(message);
    byName.set(k, entry);
  };
  for (const { path, message } of errors) {
    const rest = path.replace(/^input\./, '');
    const step = /^steps\.(\d+)\.(\w+)$/.exec(rest);
    if (step) {
      const i = Number(step[1]);
      let field = step[2]!;
      if (field === 'days' || field === 'weekday') field = steps[i]?.waitMode === 'weekday' ? 'weekday' : 'days';
      if (field === 'kind') field = 'kind';
      if (steps[i]) add(['steps', i, field], message);
      else unplaced.push(message);
    } else if (TOP_FIELDS[rest]) add([TOP_FIELDS[rest]], message);
    else unplaced.push(message);
  }
  return { fields: [...byName.values()], unplaced };
}

export type NurtureAction = 'activate' | 'pause';

/** What a status allows: a draft or a paused one is activated, an active one paused. */
export function actionsFor(status: NurtureStatus, mayWrite: boolean): NurtureAction[] {
  if (!mayWrite) return [];
  return status === 'ACTIVE' ? ['pause'] : ['activate'];
}

/** The API's rule for changing a nurture: write over every or the team's, or `own` and the viewer owns it. */
export function mayWriteNurture(scope: string, ownerId: string | null, viewerId: string): boolean {
  return scope === 'ALL' || scope === 'TEAM' || (scope === 'OWN' && ownerId === viewerId);
}

/** Everybody who ever joined: the ones still going, the ones done and the ones stopped. */
export const enrolledCount = (c: { active: number; completed: number; stopped: number }): number => c.active + c.completed + c.stopped;

/** How many are at each step (active ones), one entry per step in order, zeros included. */
export function countsByStep(stepCount: number, byPosition: readonly { position: number; count: number }[]): number[] {
  const out = Array.from({ length: stepCount }, () => 0);
  for (const p of byPosition) if (p.position >= 0 && p.position < stepCount) out[p.position]! += p.count;
  return out;
}
