import type { MailingFieldsFragment } from '@rapport/web-data-access';

/**
 * A mailing as the API answers it, for screen and wizard tests: a one-off draft of the Spring fair
 * campaign's "Spring range" template to its invited members. Tests override what they are about.
 */
export function mailingFixture(overrides: Partial<MailingFieldsFragment> = {}): MailingFieldsFragment {
  return {
    __typename: 'Mailing',
    id: 'm1',
    name: 'Spring news',
    campaignId: 'c1',
    status: 'DRAFT',
    scheduledAt: null,
    localHour: null,
    startedAt: null,
    finishedAt: null,
    createdAt: '2026-12-01T00:00:00Z',
    ownerId: 'u1',
    kind: 'ONE_OFF',
    recurrence: null,
    nextRunAt: null,
    occurrenceCount: 0,
    parentId: null,
    occurrenceAt: null,
    progress: { __typename: 'MailingProgressModel', total: 0, queued: 0, sending: 0, sent: 0, failed: 0, skipped: 0 },
    templateId: 't1',
    templateVersionId: null,
    subscriptionTypeId: 's1',
    resendAllowed: false,
    pausedReason: null,
    audience: { __typename: 'MailingAudience', campaignMemberStatuses: ['invited'], listIds: [], excludeListIds: [], segmentIds: [], excludeSegmentIds: [] },
    skipped: [],
    campaign: { __typename: 'Campaign', id: 'c1', name: 'Spring fair', type: 'EVENT' },
    template: { __typename: 'EmailTemplate', id: 't1', name: 'Spring range' },
    subscriptionType: { __typename: 'SubscriptionType', id: 's1', name: 'Product news' },
    viewerCan: { __typename: 'MailingViewerCan', update: true, send: true, pause: false, resume: false, cancel: true },
    ...overrides,
  };
}
