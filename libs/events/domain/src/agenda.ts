import { checkNameTranslations, type NameProblem, type NameTranslations } from '@rapport/shared-domain';

/**
 * An event's optional agenda (issue 16 item 1): its sessions, each with a title (and translations),
 * a time within the event, and optionally a speaker and a room. Stored as the event's `agenda`
 * (JSON: `{ sessions: [...] }`), shown on the registration page and in the event's description.
 */
export interface AgendaSession {
  title: string;
  titles?: NameTranslations;
  startsAt: string;
  endsAt: string;
  speaker?: string;
  room?: string;
}

export interface Agenda {
  sessions: AgendaSession[];
}

export const EMPTY_AGENDA: Agenda = { sessions: [] };
const MAX_SESSIONS = 50;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function instant(value: unknown, path: string, problems: NameProblem[]): Date | null {
  const d = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
  if (!d || Number.isNaN(d.getTime())) {
    problems.push({ path, message: 'must be an ISO 8601 date-time, e.g. 2024-05-01T09:00:00Z' });
    return null;
  }
  return d;
}

function optionalText(value: unknown, path: string, max: number, problems: NameProblem[]): string | undefined {
  if (value == null || value === '') return undefined;
  if (typeof value !== 'string') {
    problems.push({ path, message: 'must be text' });
    return undefined;
  }
  const t = value.trim();
  if ([...t].length > max) problems.push({ path, message: `must be at most ${max} characters` });
  return t || undefined;
}

/**
 * Checks and normalises an agenda against the event's own times: each session ends after it
 * starts and lies within the event. Sessions come back in time order.
 */
export function checkAgenda(value: unknown, path: string, event: { startsAt: Date; endsAt: Date }): { agenda: Agenda; problems: NameProblem[] } {
  const problems: NameProblem[] = [];
  // No agenda (the column's default) is an empty one.
  if (isObject(value) && Object.keys(value).length === 0) return { agenda: EMPTY_AGENDA, problems };
  if (!isObject(value) || !Array.isArray(value['sessions']) || Object.keys(value).some((k) => k !== 'sessions')) {
    return { agenda: EMPTY_AGENDA, problems: [{ path, message: 'must be an object with a list of sessions' }] };
  }
  const raw = value['sessions'] as unknown[];
  if (raw.length > MAX_SESSIONS) problems.push({ path: `${path}.sessions`, message: `must list at most ${MAX_SESSIONS} sessions` });
  const sessions: AgendaSession[] = [];
  raw.slice(0, MAX_SESSIONS).forEach((s, i) => {
    const p = `${path}.sessions.${i}`;
    if (!isObject(s)) {
      problems.push({ path: p, message: 'must be an object' });
      return;
    }
    const title = optionalText(s['title'], `${p}.title`, 200, problems);
    if (!title) problems.push({ path: `${p}.title`, message: 'must not be empty' });
    const start = instant(s['startsAt'], `${p}.startsAt`, problems);
    const end = instant(s['endsAt'], `${p}.endsAt`, problems);
    if (start && end && end <= start) problems.push({ path: `${p}.endsAt`, message: 'A session must end after it starts.' });
    if ((start && start < new Date(event.startsAt)) || (end && end > new Date(event.endsAt))) problems.push({ path: `${p}.startsAt`, message: 'A session must lie within the event’s own times.' });
    const session: AgendaSession = { title: title ?? '', startsAt: start?.toISOString() ?? '', endsAt: end?.toISOString() ?? '' };
    if (s['titles'] != null) {
      const r = checkNameTranslations(s['titles'], `${p}.titles`, 200);
      problems.push(...r.problems);
      if (Object.keys(r.names).length) session.titles = r.names;
    }
    const speaker = optionalText(s['speaker'], `${p}.speaker`, 200, problems);
    const room = optionalText(s['room'], `${p}.room`, 100, problems);
    if (speaker) session.speaker = speaker;
    if (room) session.room = room;
    sessions.push(session);
  });
  sessions.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return { agenda: { sessions }, problems };
}

/** The agenda stored on an event, read defensively. */
export function storedAgenda(value: unknown): Agenda {
  return isObject(value) && Array.isArray(value['sessions']) ? { sessions: value['sessions'] as AgendaSession[] } : EMPTY_AGENDA;
}
