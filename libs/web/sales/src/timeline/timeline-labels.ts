import type { ActivityType } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';
import { activityTypeLabel, ALL_ACTIVITY_TYPES, fieldLabelKey, lifecycleStageLabel } from '@rapport/web-core';

/** Event types the sales module writes; others (from modules added later) show their raw type. */
export const TIMELINE_EVENT_TYPES = [
  'activity.logged',
  'opportunity.created',
  'opportunity.stage_changed',
  'lead.converted',
  'contact.added',
  'record.created',
  'record.updated',
] as const;

/**
 * Every event type the server writes to a timeline, with its label key: the filter chips above
 * offer only the sales ones, but a record's timeline also shows intake, quote and merge events,
 * and a Chinese reader saw those as raw names ("lead.routed").
 */
const EVENT_LABEL_KEYS: Record<string, string> = {
  'record.created': 'timeline.types.recordCreated',
  'record.updated': 'timeline.types.recordUpdated',
  'record.merged': 'timeline.types.recordMerged',
  'contact.added': 'timeline.types.contactAdded',
  'opportunity.created': 'timeline.types.opportunityCreated',
  'opportunity.stage_changed': 'timeline.types.opportunityStageChanged',
  'lead.converted': 'timeline.types.leadConverted',
  'lead.submitted': 'timeline.types.leadSubmitted',
  'lead.resubmitted': 'timeline.types.leadResubmitted',
  'lead.routed': 'timeline.types.leadRouted',
  'lead.reassigned': 'timeline.types.leadReassigned',
  'activity.logged': 'timeline.types.activityLogged',
  'quote.created': 'timeline.types.quoteCreated',
  'quote.approval_requested': 'timeline.types.quoteApprovalRequested',
  'quote.approved': 'timeline.types.quoteApproved',
  'quote.rejected': 'timeline.types.quoteRejected',
  'quote.accepted': 'timeline.types.quoteAccepted',
  'quote.unlocked': 'timeline.types.quoteUnlocked',
  'commitment.made': 'timeline.types.commitmentMade',
  'mailing.opened': 'timeline.types.mailingOpened',
  'mailing.clicked': 'timeline.types.mailingClicked',
  'event.registered': 'timeline.types.eventRegistered',
  'event.attended': 'timeline.types.eventAttended',
  'record.lifecycleChanged': 'timeline.types.lifecycleChanged',
};

/** Server event types that have a label (for tests and for modules that add their own). */
export const LABELLED_EVENT_TYPES = Object.keys(EVENT_LABEL_KEYS);

export function timelineEventLabel(t: TFunction, type: string): string {
  const key = EVENT_LABEL_KEYS[type];
  return key ? t(key) : type;
}

/** Dot colours: wins and conversions green, stage moves blue, losses red, the rest grey. */
export function timelineEventColor(type: string, payload: Record<string, unknown>): string {
  switch (type) {
    case 'lead.converted':
    case 'opportunity.created':
      return 'green';
    case 'opportunity.stage_changed':
      return typeof payload['lostReason'] === 'string' ? 'red' : 'blue';
    case 'activity.logged':
      return 'blue';
    case 'record.lifecycleChanged':
      // Slipping away (at risk, lapsed) reads as a loss; every other move as a step.
      return payload['to'] === 'at_risk' || payload['to'] === 'lapsed' ? 'red' : 'blue';
    default:
      return 'gray';
  }
}

/** The event's JSON payload; an empty object when it is missing or not an object. */
export function parsePayload(payload: string | null | undefined): Record<string, unknown> {
  if (!payload) return {};
  try {
    const value: unknown = JSON.parse(payload);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/**
 * A second line with what the summary leaves out: the stages of a move (and why a deal was lost),
 * which fields an update touched.
 */
export function timelineEventDetail(t: TFunction, type: string, payload: Record<string, unknown>): string | undefined {
  if (type === 'opportunity.stage_changed') {
    const from = text(payload['from']);
    const to = text(payload['to']);
    if (!from || !to) return undefined;
    const lost = text(payload['lostReason']);
    return lost ? t('timeline.detail.stageMoveLost', { from, to, reason: lost }) : t('timeline.detail.stageMove', { from, to });
  }
  if (type === 'record.updated' && Array.isArray(payload['changes'])) {
    const fields = (payload['changes'] as unknown[])
      .map((c) => (c && typeof c === 'object' ? text((c as Record<string, unknown>)['field']) : undefined))
      .filter((f): f is string => Boolean(f));
    return fields.length ? t('timeline.detail.changedFields', { fields: fields.map((f) => fieldLabel(t, f)).join(t('timeline.detail.fieldSeparator')) }) : undefined;
  }
  if (type === 'activity.logged') {
    // The payload stores the type as the API's value in lower case ("call").
    const kind = text(payload['type'])?.toUpperCase() as ActivityType | undefined;
    const label = kind && ALL_ACTIVITY_TYPES.includes(kind) ? activityTypeLabel(t, kind) : undefined;
    const done = payload['done'] === true ? t('activities.status.done') : undefined;
    return [label, done].filter(Boolean).join(' · ') || undefined;
  }
  if (type === 'opportunity.created') {
    const stage = text(payload['stage']);
    return stage ? t('timeline.detail.inStage', { stage }) : undefined;
  }
  if (type === 'record.lifecycleChanged') {
    // Only moves reach the timeline (a person's first stage starts the history without an entry).
    const to = text(payload['to']);
    const from = text(payload['from']);
    return to && from ? t('timeline.detail.lifecycleMove', { from: lifecycleStageLabel(t, from), to: lifecycleStageLabel(t, to) }) : undefined;
  }
  return undefined;
}

/**
 * Names of audited fields as people know them: a record type's field by its definition's label
 * (docs/adr/0011); lead fields (not yet a definition) and a contact's address lists, which people
 * call email and phone, here; unknown fields stay as the API names them.
 */
export function fieldLabel(t: TFunction, field: string): string {
  switch (field) {
    case 'company':
      return t('fields.company');
    case 'email':
    case 'emails':
      return t('fields.email');
    case 'phone':
    case 'phones':
      return t('fields.phone');
    case 'status':
      return t('fields.status');
    case 'source':
      return t('fields.source');
    default: {
      const key = fieldLabelKey(field);
      return key ? t(key) : field;
    }
  }
}
