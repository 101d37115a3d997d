import type { EventDetailFragment } from '@rapport/web-data-access';
import type { Dayjs } from 'dayjs';
import { DEFAULT_REMINDER_HOURS, isOnline, normalizeReminderHours, type CreateEventInput, type EventType, type UpdateEventInput } from './event-model';
import { browserZone, instantFromPicker, pickerValue } from './event-time';

/** The translations an event's title and description take besides the canonical text. */
export const EVENT_TRANSLATIONS = ['zh-CN', 'zh-TW'] as const;
type Translations = Partial<Record<(typeof EVENT_TRANSLATIONS)[number], string>>;

/** The kinds of question a registration form may ask (the API's `form.questions[].type`). */
export const QUESTION_TYPES = ['text', 'longText', 'choice', 'checkbox'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

type Stored = Record<string, unknown>;
/** A question as the editor holds it: a choice's options as their labels (the stored option kept for its value and translations). */
export interface QuestionValues extends Stored {
  key: string;
  label: string;
  type: QuestionType;
  required?: boolean;
  options?: string[];
  storedOptions?: Stored[];
}
export interface ConsentValues extends Stored {
  subscriptionTypeId?: string;
  text: string;
  required?: boolean;
}
export interface SessionValues extends Stored {
  title: string;
  startsAt: Dayjs | null;
  endsAt: Dayjs | null;
  speaker?: string | null;
  room?: string | null;
}

/** The form's values: times as wall-clock pickers in the event's zone, reminders as tags of hours. */
export interface EventFormValues {
  title: string;
  titles?: Translations;
  description?: string | null;
  descriptions?: Translations;
  type: EventType;
  venue?: string | null;
  address?: string | null;
  onlineUrl?: string | null;
  timeZone: string;
  startsAt: Dayjs | null;
  endsAt: Dayjs | null;
  capacity?: number | null;
  registrationOpensAt?: Dayjs | null;
  registrationClosesAt?: Dayjs | null;
  reminderHours: (string | number)[];
  /** The registration form's own questions and consent checkboxes (issue 16 item 1). */
  form?: { questions?: QuestionValues[]; consents?: ConsentValues[] };
  agenda?: { sessions?: SessionValues[] };
}

/** The form fields an API error may name (`input.titles.zh-CN` lands on that translation's box). */
export const EVENT_FORM_FIELDS = [
  'title',
  'titles',
  'description',
  'descriptions',
  'type',
  'venue',
  'address',
  'onlineUrl',
  'timeZone',
  'startsAt',
  'endsAt',
  'capacity',
  'registrationOpensAt',
  'registrationClosesAt',
  'reminderHours',
  'form',
  'agenda',
] as const;

function translationsOf(stored: unknown): Translations {
  const out: Translations = {};
  if (stored && typeof stored === 'object') {
    for (const locale of EVENT_TRANSLATIONS) {
      const v = (stored as Record<string, unknown>)[locale];
      if (typeof v === 'string') out[locale] = v;
    }
  }
  return out;
}

/** Every translation box as the API takes it: trimmed, an empty one dropped (the API keeps only what is sent). */
function translationsInput(values: Translations | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const locale of EVENT_TRANSLATIONS) {
    const text = values?.[locale]?.trim();
    if (text) out[locale] = text;
  }
  return out;
}

const isObject = (v: unknown): v is Stored => typeof v === 'object' && v !== null && !Array.isArray(v);
const listOf = (v: unknown, key: string): Stored[] => (isObject(v) && Array.isArray(v[key]) ? (v[key] as unknown[]).filter(isObject) : []);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The stored form (JSON) as the editor's values; what the editor does not show (translations) rides along. */
function formValuesOf(form: unknown): EventFormValues['form'] {
  return {
    questions: listOf(form, 'questions').map((q) => {
      const storedOptions = Array.isArray(q['options']) ? (q['options'] as unknown[]).filter(isObject) : [];
      return { ...q, key: str(q['key']), label: str(q['label']), type: (QUESTION_TYPES as readonly string[]).includes(str(q['type'])) ? (q['type'] as QuestionType) : 'text', required: q['required'] === true, options: storedOptions.map((o) => str(o['label'])), storedOptions };
    }),
    consents: listOf(form, 'consents').map((c) => ({ ...c, subscriptionTypeId: str(c['subscriptionTypeId']) || undefined, text: str(c['text']), required: c['required'] === true })),
  };
}

function agendaValuesOf(agenda: unknown, zone: string): EventFormValues['agenda'] {
  return {
    sessions: listOf(agenda, 'sessions').map((s) => ({ ...s, title: str(s['title']), startsAt: pickerValue(str(s['startsAt']), zone), endsAt: pickerValue(str(s['endsAt']), zone), speaker: str(s['speaker']) || null, room: str(s['room']) || null })),
  };
}

/** The editor's questions and consents as the API's `form`: a choice's options keep their stored value when their label did not change. */
function formInput(v: EventFormValues['form']): Stored {
  const questions = (v?.questions ?? []).map(({ storedOptions, options, ...q }) => {
    const out: Stored = { ...q, key: q.key?.trim() ?? '', label: q.label?.trim() ?? '', required: q.required === true };
    if (q.type === 'choice') {
      out['options'] = (options ?? []).map((label) => {
        const kept = storedOptions?.find((o) => o['label'] === label);
        return kept ?? { value: label.trim().slice(0, 100), label: label.trim() };
      });
    } else delete out['options'];
    return out;
  });
  const consents = (v?.consents ?? []).map((c) => ({ ...c, text: c.text?.trim() ?? '', required: c.required === true }));
  return { questions, consents };
}

function agendaInput(v: EventFormValues['agenda'], zone: string): Stored {
  return {
    sessions: (v?.sessions ?? []).map((s) => {
      const out: Stored = { ...s, title: s.title?.trim() ?? '', startsAt: instantFromPicker(s.startsAt, zone), endsAt: instantFromPicker(s.endsAt, zone) };
      if (!s.speaker?.trim()) delete out['speaker'];
      else out['speaker'] = s.speaker.trim();
      if (!s.room?.trim()) delete out['room'];
      else out['room'] = s.room.trim();
      return out;
    }),
  };
}

const blankToNull = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);

/** A new event: a seminar next week from 14:00 to 17:00 in the browser's zone, reminded a week and a day before. */
export function newEventValues(now = new Date(), zone = browserZone()): Partial<EventFormValues> {
  const start = pickerValue(now.toISOString(), zone)?.add(7, 'day').hour(14).minute(0).second(0) ?? null;
  return { type: 'SEMINAR', timeZone: zone, startsAt: start, endsAt: start?.hour(17) ?? null, reminderHours: DEFAULT_REMINDER_HOURS.map(String), titles: {}, descriptions: {}, form: { questions: [], consents: [] }, agenda: { sessions: [] } };
}

/** A stored event as the form's values, its times on the wall clock of its zone. */
export function eventFormValues(e: EventDetailFragment): EventFormValues {
  return {
    title: e.title,
    titles: translationsOf(e.titles),
    description: e.description,
    descriptions: translationsOf(e.descriptions),
    type: e.type,
    venue: e.venue,
    address: e.address,
    onlineUrl: e.onlineUrl,
    timeZone: e.timeZone,
    startsAt: pickerValue(e.startsAt, e.timeZone),
    endsAt: pickerValue(e.endsAt, e.timeZone),
    capacity: e.capacity,
    registrationOpensAt: pickerValue(e.registrationOpensAt, e.timeZone),
    registrationClosesAt: pickerValue(e.registrationClosesAt, e.timeZone),
    reminderHours: e.reminderHours.map(String),
    form: formValuesOf(e.form),
    agenda: agendaValuesOf(e.agenda, e.timeZone),
  };
}

/**
 * The API's input from the form: times turned into instants in the chosen zone, a place for an
 * event in a room and a link for one online (the other cleared, so a seminar turned webinar
 * does not keep its room).
 */
export function eventInput(v: EventFormValues): CreateEventInput {
  const zone = v.timeZone;
  const online = isOnline(v.type);
  return {
    title: v.title.trim(),
    titles: translationsInput(v.titles),
    description: blankToNull(v.description),
    descriptions: translationsInput(v.descriptions),
    type: v.type,
    venue: online ? null : blankToNull(v.venue),
    address: online ? null : blankToNull(v.address),
    onlineUrl: online ? blankToNull(v.onlineUrl) : null,
    timeZone: zone,
    startsAt: instantFromPicker(v.startsAt, zone) ?? '',
    endsAt: instantFromPicker(v.endsAt, zone) ?? '',
    capacity: v.capacity ?? null,
    registrationOpensAt: instantFromPicker(v.registrationOpensAt, zone),
    registrationClosesAt: instantFromPicker(v.registrationClosesAt, zone),
    reminderHours: normalizeReminderHours(v.reminderHours ?? []),
    form: formInput(v.form),
    agenda: agendaInput(v.agenda, zone),
  };
}

export const updateInput = (id: string, v: EventFormValues): UpdateEventInput => ({ id, ...eventInput(v) });
