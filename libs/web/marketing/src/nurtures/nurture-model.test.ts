import { resources } from '@rapport/web-ui';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { stepExits, stepSummary, targetLabel, weekdayName, type FlowNames } from './nurture-labels';
import {
  actionsFor,
  countsByStep,
  emptyStep,
  FINISH,
  FOLLOWING,
  mayWriteNurture,
  moveStep,
  nurtureInput,
  placeErrors,
  removeStep,
  stepsFromModel,
  stepsToInput,
  updateInput,
  EMPTY_NURTURE,
  type NurtureStepInput,
  type StepForm,
} from './nurture-model';

const T = 'tpl-1';
const C = 'camp-1';
/** ADR 0017's drip: send A, wait 2 days, branch on an open within 48 h → send B (then finish), else send C. */
const drip: NurtureStepInput[] = [
  { kind: 'SEND', templateId: T, resendAllowed: false },
  { kind: 'WAIT', days: 2 },
  { kind: 'BRANCH', branchOn: 'OPENED', sendStep: 0, withinHours: 48, thenStep: 3, elseStep: 4 },
  { kind: 'SEND', templateId: T, resendAllowed: false, next: 5 },
  { kind: 'SEND', templateId: 'tpl-2', resendAllowed: true },
];

/** The API's model of those steps: every field, null where the kind has none. */
const model = (steps: NurtureStepInput[]) =>
  steps.map((s, position) => ({
    position,
    kind: s.kind,
    days: s.days ?? null,
    weekday: s.weekday ?? null,
    hour: s.hour ?? null,
    templateId: s.templateId ?? null,
    resendAllowed: s.resendAllowed ?? null,
    mailingId: null,
    branchOn: s.branchOn ?? null,
    sendStep: s.sendStep ?? null,
    withinHours: s.withinHours ?? null,
    thenStep: s.thenStep ?? null,
    elseStep: s.elseStep ?? null,
    campaignId: s.campaignId ?? null,
    memberStatus: s.memberStatus ?? null,
    message: s.message ?? null,
    next: s.next ?? null,
  }));

describe('steps ↔ input', () => {
  it('reads the API’s positions as keys and sends them back as the same positions', () => {
    const forms = stepsFromModel(model(drip));
    expect(forms[2]).toMatchObject({ kind: 'BRANCH', sendStep: forms[0]!.key, thenStep: forms[3]!.key, elseStep: forms[4]!.key });
    expect(forms[3]!.next).toBe(FINISH);
    expect(forms[0]!.next).toBe(FOLLOWING);
    expect(stepsToInput(forms)).toEqual(drip);
  });

  it('keeps branches pointing at the same steps when steps move or go', () => {
    const forms = stepsFromModel(model(drip));
    // The two final sends swap places: the branch now sends "opened" to position 4 and "else" to 3.
    const swapped = moveStep(forms, 3, 1);
    expect(stepsToInput(swapped)[2]).toMatchObject({ thenStep: 4, elseStep: 3 });
    expect(moveStep(forms, 0, -1)).toEqual(forms);
    // Removing the wait: the branch moves up to 1 and its targets to 2 and 3; the jump to the end is now 4.
    const shorter = stepsToInput(removeStep(forms, 1));
    expect(shorter[1]).toEqual({ kind: 'BRANCH', branchOn: 'OPENED', sendStep: 0, withinHours: 48, thenStep: 2, elseStep: 3 });
    expect(shorter[2]).toMatchObject({ next: 4 });
    // Removing the send the branch looks at leaves the branch without one, for the API to say so at that field.
    expect(stepsToInput(removeStep(forms, 0))[1]).toMatchObject({ sendStep: null });
  });

  it('sends only the fields of each kind, and a wait by days or by weekday', () => {
    const wait = { ...emptyStep('WAIT'), days: 3, weekday: 2, hour: 9 };
    expect(stepsToInput([wait])).toEqual([{ kind: 'WAIT', days: 3 }]);
    expect(stepsToInput([{ ...wait, waitMode: 'weekday' }])).toEqual([{ kind: 'WAIT', weekday: 2, hour: 9 }]);
    expect(stepsToInput([{ ...emptyStep('NOTIFY_OWNER'), message: '   ' }])).toEqual([{ kind: 'NOTIFY_OWNER', message: null }]);
    expect(stepsToInput([{ ...emptyStep('SET_MEMBER_STATUS'), campaignId: C, memberStatus: 'responded', templateId: T }])).toEqual([{ kind: 'SET_MEMBER_STATUS', campaignId: C, memberStatus: 'responded' }]);
    // A stored weekday wait comes back in weekday mode.
    expect(stepsFromModel(model([{ kind: 'WAIT', weekday: 1, hour: 9 }]))[0]).toMatchObject({ waitMode: 'weekday', weekday: 1, hour: 9 });
  });

  it('builds the create input and an update without the campaign', () => {
    const input = nurtureInput({ ...EMPTY_NURTURE, name: '  Welcome ', campaignId: C, subscriptionTypeId: 'st', sourceCampaignId: C, memberStatuses: ['invited'], steps: stepsFromModel(model(drip)) });
    expect(input).toMatchObject({ name: 'Welcome', campaignId: C, source: { campaignId: C, memberStatuses: ['invited'] }, stopOnReply: true, stopWhenCustomer: true, steps: drip });
    expect(updateInput('n1', input)).not.toHaveProperty('campaignId');
    expect(updateInput('n1', input)).toMatchObject({ id: 'n1', name: 'Welcome' });
  });
});

describe('placeErrors', () => {
  it('puts each problem under its field: a step’s under that step, the source’s under the source fields', () => {
    const forms = [emptyStep('SEND'), { ...emptyStep('WAIT'), waitMode: 'weekday' as const }, emptyStep('BRANCH')];
    const placed = placeErrors(
      [
        { path: 'input.steps.0.templateId', message: 'Choose the template this step sends.' },
        { path: 'input.steps.1.days', message: 'Wait 1 to 365 days…' },
        { path: 'input.steps.2.withinHours', message: 'Wait 1 to 720 hours…' },
        { path: 'input.source.memberStatuses', message: 'Choose who joins.' },
        { path: 'input.name', message: 'Give the nurture a name.' },
        { path: 'input.steps', message: 'A nurture sends at least one message.' },
        { path: 'input.steps.9.next', message: 'Far away.' },
      ],
      forms,
    );
    expect(placed.fields.map((f) => [f.name, f.errors])).toEqual([
      [['steps', 0, 'templateId'], ['Choose the template this step sends.']],
      // The wait shows its weekday, so the wait's problem goes there.
      [['steps', 1, 'weekday'], ['Wait 1 to 365 days…']],
      [['steps', 2, 'withinHours'], ['Wait 1 to 720 hours…']],
      [['memberStatuses'], ['Choose who joins.']],
      [['name'], ['Give the nurture a name.']],
    ]);
    expect(placed.unplaced).toEqual(['A nurture sends at least one message.', 'Far away.']);
  });
});

describe('actions and counts', () => {
  it('activates a draft or a paused sequence and pauses an active one, for those who may change it', () => {
    expect(actionsFor('DRAFT', true)).toEqual(['activate']);
    expect(actionsFor('PAUSED', true)).toEqual(['activate']);
    expect(actionsFor('ACTIVE', true)).toEqual(['pause']);
    expect(actionsFor('ACTIVE', false)).toEqual([]);
    expect(mayWriteNurture('OWN', 'me', 'me')).toBe(true);
    expect(mayWriteNurture('OWN', 'them', 'me')).toBe(false);
    expect(mayWriteNurture('TEAM', 'them', 'me')).toBe(true);
    expect(mayWriteNurture('NONE', 'me', 'me')).toBe(false);
  });

  it('counts the people at each step, zeros included, ignoring positions past the end', () => {
    expect(countsByStep(3, [{ position: 2, count: 4 }, { position: 0, count: 1 }, { position: 3, count: 9 }])).toEqual([1, 0, 4]);
  });
});

async function tIn(lng: 'en' | 'zh-CN' | 'zh-TW'): Promise<TFunction> {
  const i = i18next.createInstance();
  await i.init({ lng, resources, interpolation: { escapeValue: false } });
  return i.t;
}

describe('flow labels', () => {
  const names = (language: string): FlowNames => ({ template: (id) => (id === T ? 'Spring range' : undefined), campaign: (id) => (id === C ? 'Expo' : undefined), language });

  it('says each step and where people go after it, in every language', async () => {
    const forms = stepsFromModel(model([...drip, { kind: 'SET_MEMBER_STATUS', campaignId: C, memberStatus: 'responded' }, { kind: 'NOTIFY_OWNER', message: 'Call them' }]));
    const en = await tIn('en');
    expect(forms.map((s) => stepSummary(en, s, forms, names('en')))).toEqual([
      'Send “Spring range”',
      'Wait 2 days',
      'Did they open the message of step 1 within 48 h?',
      'Send “Spring range”',
      'Send “…”',
      'Set their status in Expo to “Responded”',
      'Notify the owner: “Call them”',
    ]);
    expect(stepSummary(en, { ...emptyStep('WAIT'), days: 1 }, forms, names('en'))).toBe('Wait 1 day');
    expect(stepExits(en, forms[2]!, 2, forms)).toEqual(['Yes → step 4', 'No → step 5']);
    // The drip's jump to its end (5) is, with two more steps after it, step 6.
    expect(stepExits(en, forms[3]!, 3, forms)).toEqual(['Then → step 6']);
    expect(stepExits(en, forms[0]!, 0, forms)).toEqual([]);
    expect(stepExits(en, forms[6]!, 6, forms)).toEqual(['Then → finish']);
    expect(targetLabel(en, 'gone', forms)).toBe('(not chosen)');

    const zh = await tIn('zh-CN');
    expect(stepSummary(zh, forms[2]!, forms, names('zh-CN'))).toBe('此人是否在 48 小时内打开了第 1 步的邮件？');
    expect(stepSummary(zh, { ...emptyStep('WAIT'), waitMode: 'weekday', weekday: 1, hour: 9 }, forms, names('zh-CN'))).toBe('等到下一个星期一 09:00');
    expect(stepExits(zh, forms[2]!, 2, forms)).toEqual(['是 → 第 4 步', '否 → 第 5 步']);
    const tw = await tIn('zh-TW');
    expect(stepSummary(tw, forms[0]!, forms, names('zh-TW'))).toBe('寄送「Spring range」');
    expect(stepSummary(tw, forms[6]!, forms, names('zh-TW'))).toBe('通知負責人：「Call them」');
  });

  it('names ISO weekdays, Monday first', () => {
    expect([1, 7].map((d) => weekdayName(d, 'en'))).toEqual(['Monday', 'Sunday']);
    expect(weekdayName(3, 'zh-TW')).toBe('星期三');
  });

  it('has every message in all three languages', () => {
    const keys = (tree: unknown, prefix = ''): string[] =>
      tree && typeof tree === 'object' ? Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)) : [prefix];
    const of = (lng: 'en' | 'zh-CN' | 'zh-TW') => keys((resources[lng].translation as Record<string, unknown>)['nurtures']).sort();
    expect(of('en').length).toBeGreaterThan(100);
    expect(of('zh-CN')).toEqual(of('en'));
    expect(of('zh-TW')).toEqual(of('en'));
  });
});

// Keeps the StepForm type honest in the tests above.
export type { StepForm };
