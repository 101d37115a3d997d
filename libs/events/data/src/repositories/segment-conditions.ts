import { checkWindow, type SegmentConditionDefinition, WINDOW_PARAMS, windowedCount } from '@rapport/shared-database';

/**
 * Events' behaviours for segment rules (issue 17 item 2, docs/adr/0020): registering for events and
 * attending them (checked in), optionally for chosen events, counted by the event's start.
 */
function registrations(key: string, statuses: readonly string[]): SegmentConditionDefinition {
  return {
    key,
    group: 'behaviour',
    params: [{ name: 'eventIds', type: 'ids', lookup: 'event' }, ...WINDOW_PARAMS],
    check: checkWindow,
    sql: (params, q) =>
      windowedCount(
        q,
        {
          from: 'event_registration x JOIN event e ON e.id = x.event_id',
          contact: 'x.contact_id',
          at: 'e.starts_at',
          where: [`x.status IN (${statuses.map((s) => `'${s}'`).join(', ')})`, ...(Array.isArray(params['eventIds']) ? [`x.event_id IN ${q.bindList(params['eventIds'])}`] : [])],
        },
        params,
      ),
  };
}

export const EVENTS_SEGMENT_CONDITIONS: SegmentConditionDefinition[] = [
  registrations('events.registered', ['registered', 'waitlisted', 'attended', 'no_show']),
  registrations('events.attended', ['attended']),
];
