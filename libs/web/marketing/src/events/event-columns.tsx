import type { EventRowFragment } from '@rapport/web-data-access';
import { sortableColumn, type ListSort } from '@rapport/web-core';
import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ALL_EVENT_STATUSES, ALL_EVENT_TYPES, EVENT_STATUS_COLORS, eventStatusLabel, eventTypeLabel } from './event-labels';
import { capacityFigures, isOnline, type EventStatus, type EventType } from './event-model';
import { eventPath } from './event-paths';
import { eventSpan } from './event-time';

export const EVENT_SORT_COLUMNS = ['title', 'startsAt', 'updatedAt'] as const;
export type EventSortColumn = (typeof EVENT_SORT_COLUMNS)[number];
export const EVENT_ORDER_FIELDS = { title: 'TITLE', startsAt: 'STARTS_AT', updatedAt: 'UPDATED_AT' } as const;
/** The latest first: what a marketer works on now is what starts last. */
export const DEFAULT_EVENT_SORT: ListSort<EventSortColumn> = { column: 'startsAt', descending: true };

/** "2026-12-20 14:00 – 17:00 (Asia/Shanghai)": the event's own clock, which the reader may not share. */
export function EventWhen({ event }: { event: Pick<EventRowFragment, 'startsAt' | 'endsAt' | 'timeZone'> }) {
  return (
    <Flex vertical>
      <Typography.Text style={{ whiteSpace: 'nowrap' }}>{eventSpan(event.startsAt, event.endsAt, event.timeZone)}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {event.timeZone.replace(/_/g, ' ')}
      </Typography.Text>
    </Flex>
  );
}

/** The room, or "Online" for a webinar. */
export function eventWhere(t: TFunction, e: Pick<EventRowFragment, 'type' | 'venue' | 'address' | 'onlineUrl'>): string {
  if (isOnline(e.type)) return t('events.online');
  return [e.venue, e.address].filter(Boolean).join(', ') || '—';
}

/** "45 of 120 seats" (or "45 registered" without a limit), and the waitlist when there is one. */
export function SeatsCell({ event }: { event: Pick<EventRowFragment, 'capacity' | 'counts'> }) {
  const { t } = useTranslation();
  const f = capacityFigures(event);
  return (
    <Flex vertical>
      <Typography.Text style={{ whiteSpace: 'nowrap' }}>{f.capacity ? t('events.seatsOf', { count: f.seatHolders, capacity: f.capacity }) : t('events.seatsNoLimit', { count: f.seatHolders })}</Typography.Text>
      {f.waitlisted ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('events.waitlistCount', { count: f.waitlisted })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}


export function eventColumns(t: TFunction, sort: ListSort<EventSortColumn>, statuses: EventStatus[], types: EventType[]): TableColumnsType<EventRowFragment> {
  const sortable = (column: EventSortColumn, first: 'ascend' | 'descend') => sortableColumn(sort, column, first);
  return [
    {
      key: 'title',
      title: t('events.fields.title'),
      ...sortable('title', 'ascend'),
      render: (_: unknown, e) => (
        <Link to={eventPath(e.id)} data-testid="event-link">
          <Typography.Text strong>{e.localizedTitle}</Typography.Text>
        </Link>
      ),
    },
    {
      key: 'type',
      title: t('events.fields.type'),
      filters: ALL_EVENT_TYPES.map((v) => ({ text: eventTypeLabel(t, v), value: v })),
      filteredValue: types,
      render: (_: unknown, e) => eventTypeLabel(t, e.type),
    },
    {
      key: 'status',
      title: t('fields.status'),
      filters: ALL_EVENT_STATUSES.map((v) => ({ text: eventStatusLabel(t, v), value: v })),
      filteredValue: statuses,
      render: (_: unknown, e) => (
        <Tag color={EVENT_STATUS_COLORS[e.status]} data-testid="event-status">
          {eventStatusLabel(t, e.status)}
        </Tag>
      ),
    },
    { key: 'startsAt', title: t('events.when'), ...sortable('startsAt', 'descend'), render: (_: unknown, e) => <EventWhen event={e} /> },
    { key: 'where', title: t('events.where'), render: (_: unknown, e) => eventWhere(t, e) },
    { key: 'seats', title: t('events.seats'), render: (_: unknown, e) => <SeatsCell event={e} /> },
  ];
}
