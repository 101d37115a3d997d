import type { TFunction } from 'i18next';
import type { EventStatus, EventType, RegistrationStatus } from './event-model';

// One literal key per value (as in campaign-labels.ts): the i18n key test sees every key, and a new
// enum value fails the type check until it has a label. Messages: lazy/events.*.json.

const TYPE_LABELS: Record<EventType, (t: TFunction) => string> = {
  SEMINAR: (t) => t('eventType.SEMINAR'),
  WEBINAR: (t) => t('eventType.WEBINAR'),
  TRADE_SHOW_BOOTH: (t) => t('eventType.TRADE_SHOW_BOOTH'),
  WORKSHOP: (t) => t('eventType.WORKSHOP'),
};
export const ALL_EVENT_TYPES = Object.keys(TYPE_LABELS) as EventType[];
export const eventTypeLabel = (t: TFunction, v: EventType): string => TYPE_LABELS[v]?.(t) ?? v;

const STATUS_LABELS: Record<EventStatus, (t: TFunction) => string> = {
  DRAFT: (t) => t('eventStatus.DRAFT'),
  PUBLISHED: (t) => t('eventStatus.PUBLISHED'),
  CANCELLED: (t) => t('eventStatus.CANCELLED'),
  COMPLETED: (t) => t('eventStatus.COMPLETED'),
};
export const ALL_EVENT_STATUSES = Object.keys(STATUS_LABELS) as EventStatus[];
export const eventStatusLabel = (t: TFunction, v: EventStatus): string => STATUS_LABELS[v]?.(t) ?? v;

export const EVENT_STATUS_COLORS: Record<EventStatus, string> = {
  DRAFT: 'default',
  PUBLISHED: 'blue',
  CANCELLED: 'error',
  COMPLETED: 'success',
};

const REGISTRATION_LABELS: Record<RegistrationStatus, (t: TFunction) => string> = {
  registered: (t) => t('events.registration.status.registered'),
  waitlisted: (t) => t('events.registration.status.waitlisted'),
  cancelled: (t) => t('events.registration.status.cancelled'),
  attended: (t) => t('events.registration.status.attended'),
  no_show: (t) => t('events.registration.status.no_show'),
};
export const ALL_REGISTRATION_STATUSES = Object.keys(REGISTRATION_LABELS) as RegistrationStatus[];
export const registrationStatusLabel = (t: TFunction, v: string): string => REGISTRATION_LABELS[v as RegistrationStatus]?.(t) ?? v;

export const REGISTRATION_STATUS_COLORS: Record<RegistrationStatus, string> = {
  registered: 'blue',
  waitlisted: 'gold',
  cancelled: 'default',
  attended: 'success',
  no_show: 'error',
};
export const registrationColor = (v: string): string => REGISTRATION_STATUS_COLORS[v as RegistrationStatus] ?? 'default';
