import type { MailingFieldsFragment } from '@rapport/web-data-access';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { audienceChosen, createInput, draftInput, EMPTY_WIZARD, firstStepWith, localHourOf, scheduledAtOf, valuesOf, WIZARD_FIELDS } from './wizard-values';

const draft: MailingFieldsFragment = {
  __typename: 'Mailing',
  id: 'm1',
  name: 'Spring news',
  campaignId: 'c1',
  status: 'DRAFT',
  scheduledAt: '2026-12-24T01:00:00.000Z',
  localHour: 9,
  startedAt: null,
  finishedAt: null,
  createdAt: '2026-12-01T00:00:00Z',
  ownerId: 'u1',
  progress: { __typename: 'MailingProgressModel', total: 0, queued: 0, sending: 0, sent: 0, failed: 0, skipped: 0 },
  templateId: 't1',
  templateVersionId: null,
  subscriptionTypeId: 's1',
  resendAllowed: true,
  pausedReason: null,
  audience: { __typename: 'MailingAudience', campaignMemberStatuses: ['invited'], listIds: ['c2'], excludeListIds: ['c3'] },
  skipped: [],
  campaign: { __typename: 'Campaign', id: 'c1', name: 'Spring fair', type: 'EVENT' },
  template: { __typename: 'EmailTemplate', id: 't1', name: 'Spring range' },
  subscriptionType: { __typename: 'SubscriptionType', id: 's1', name: 'Product news' },
  viewerCan: { __typename: 'MailingViewerCan', update: true, send: true, pause: false, resume: false, cancel: true },
};

describe('the wizard’s values', () => {
  it('reads a draft and gives back the same input it was saved with', () => {
    const values = valuesOf(draft);
    expect(values).toMatchObject({ when: 'at', delivery: 'local', localHour: 9, campaignMemberStatuses: ['invited'], listIds: ['c2'], excludeListIds: ['c3'], resendAllowed: true });
    expect(draftInput(values)).toEqual({
      name: 'Spring news',
      templateId: 't1',
      subscriptionTypeId: 's1',
      resendAllowed: true,
      audience: { campaignMemberStatuses: ['invited'], listIds: ['c2'], excludeListIds: ['c3'] },
      scheduledAt: '2026-12-24T01:00:00.000Z',
      localHour: 9,
    });
    expect(createInput(values).campaignId).toBe('c1');
  });

  it('sends a local hour only when delivery at each recipient’s hour is picked', () => {
    expect(localHourOf({ delivery: 'asap', localHour: 9 })).toBeNull();
    expect(localHourOf({ delivery: 'local', localHour: 0 })).toBe(0);
    expect(valuesOf({ ...draft, localHour: null })).toMatchObject({ delivery: 'asap', localHour: 9 });
  });

  it('sends "now" as no start time, and a chosen time only when "at a time" is picked', () => {
    const at = dayjs('2026-12-24T01:00:00.000Z');
    expect(scheduledAtOf({ when: 'now', scheduledAt: at })).toBeNull();
    expect(scheduledAtOf({ when: 'at', scheduledAt: at })).toBe('2026-12-24T01:00:00.000Z');
    expect(scheduledAtOf({ when: 'at', scheduledAt: null })).toBeNull();
    expect(valuesOf({ ...draft, scheduledAt: null }).when).toBe('now');
  });

  it('trims the name as the API would', () => {
    expect(draftInput({ ...EMPTY_WIZARD, name: '  Spring  ' }).name).toBe('Spring');
  });

  it('knows someone is chosen only by a status or a list (exclusions alone reach nobody)', () => {
    expect(audienceChosen({ campaignMemberStatuses: [], listIds: [] })).toBe(false);
    expect(audienceChosen({ campaignMemberStatuses: ['sent'], listIds: [] })).toBe(true);
    expect(audienceChosen({ campaignMemberStatuses: [], listIds: ['c2'] })).toBe(true);
  });

  it('opens the step that holds a field the API named', () => {
    expect(firstStepWith(['templateId'])).toBe(0);
    expect(firstStepWith(['listIds', 'name'])).toBe(0);
    expect(firstStepWith(['excludeListIds'])).toBe(1);
    expect(firstStepWith(['scheduledAt'])).toBe(2);
    expect(firstStepWith(['id'])).toBe(-1);
    expect(WIZARD_FIELDS).toContain('campaignMemberStatuses');
  });
});
