import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, EventsDocument, type EventRowFragment } from '@rapport/web-data-access';
import { ErrorState, LoadingState, useIsMobile, VISUALLY_HIDDEN } from '@rapport/web-ui';
import { Alert, Button, Flex, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { eventStatusLabel } from './event-labels';
import { addMonths, eventsByDay, monthFilter, monthGrid, type CalendarMonth, type EventFilter } from './event-model';
import { eventPath } from './event-paths';
import { timeIn } from './event-time';

// Inline like the rest of the app's screens (no stylesheets of their own).
const LIST: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };
const GRID: CSSProperties = { ...LIST, display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', borderTop: '1px solid #f0f0f0', borderInlineStart: '1px solid #f0f0f0' };
const WEEKDAYS: CSSProperties = { display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', color: '#595959', fontSize: 12, paddingBottom: 4 };
const DAY: CSSProperties = { minHeight: 96, padding: 4, borderBottom: '1px solid #f0f0f0', borderInlineEnd: '1px solid #f0f0f0', overflow: 'hidden' };
const OUTSIDE: CSSProperties = { ...DAY, background: '#fafafa' };
const NUMBER: CSSProperties = { fontSize: 12, color: '#595959' };
const ENTRY: CSSProperties = { fontSize: 12, lineHeight: '18px', marginTop: 2, paddingInlineStart: 4, borderInlineStart: '3px solid #1677ff', overflowWrap: 'anywhere' };
const ENTRY_COLORS: Record<string, string> = { DRAFT: '#8c8c8c', PUBLISHED: '#1677ff', CANCELLED: '#cf1322', COMPLETED: '#389e0d' };
const AGENDA_DAY: CSSProperties = { padding: '8px 0', borderBottom: '1px solid #f0f0f0' };

/** The most events one month asks for (the API's page cap). */
export const CALENDAR_LIMIT = 100;

function monthTitle(m: CalendarMonth, language: string): string {
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(m.year, m.month - 1, 1));
}

function fullDate(key: string, language: string): string {
  const [y, mo, d] = key.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(Date.UTC(y!, mo! - 1, d!));
}

function weekdayNames(language: string, style: 'short' | 'narrow'): string[] {
  // 2026-01-05 is a Monday: the grid's first column.
  return Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(language, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2026, 0, 5 + i)));
}

/** One event in a day: its start on its own clock and its title; a draft, cancelled or completed one says so. */
function CalendarEntry({ event }: { event: EventRowFragment }) {
  const { t } = useTranslation();
  return (
    <li style={{ ...ENTRY, borderInlineStartColor: ENTRY_COLORS[event.status] }}>
      <Link to={eventPath(event.id)} data-testid="calendar-event">
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>{timeIn(event.startsAt, event.timeZone)}</span> {event.localizedTitle}
        {event.status === 'PUBLISHED' ? null : <span> · {eventStatusLabel(t, event.status)}</span>}
      </Link>
    </li>
  );
}

export interface EventsCalendarProps {
  month: CalendarMonth;
  onMonth: (m: CalendarMonth) => void;
  /** The list's filters (search, status, type), applied to the month too. */
  filter: EventFilter | undefined;
  /** Today's month, for the "This month" button. */
  today: CalendarMonth;
  /** What to show when the month has no event. */
  empty: (monthName: string) => ReactNode;
}

/**
 * A month of events, each on the day it starts in its own time zone (a 09:00 Shanghai seminar is
 * on the 20th for a reader in London too), Monday first. On a phone the grid would be unreadably
 * narrow: it becomes an agenda of the days that have events.
 */
export function EventsCalendar({ month, onMonth, filter, today, empty }: EventsCalendarProps) {
  const { t, i18n } = useTranslation();
  const isMobile = useIsMobile();
  const language = i18n.language;
  const { data, previousData, loading, error, refetch } = useQuery(EventsDocument, {
    variables: { first: CALENDAR_LIMIT, filter: monthFilter(month, filter), orderBy: [{ field: 'STARTS_AT', direction: 'ASC' }] },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.events;
  const byDay = eventsByDay(page?.edges.map((e) => e.node) ?? []);
  const days = monthGrid(month);
  const title = monthTitle(month, language);
  const inMonth = days.filter((d) => d.inMonth && byDay.has(d.key));

  let body: ReactNode;
  if (!page && loading) body = <LoadingState />;
  else if (!page) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (isMobile)
    body = inMonth.length ? (
      <ol style={LIST} data-testid="events-agenda">
        {inMonth.map((d) => (
          <li key={d.key} style={AGENDA_DAY}>
            <Typography.Text strong>{fullDate(d.key, language)}</Typography.Text>
            <ul style={LIST}>
              {byDay.get(d.key)!.map((e) => (
                <CalendarEntry key={e.id} event={e} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    ) : (
      <div style={{ padding: '24px 0' }}>{empty(title)}</div>
    );
  else
    body = (
      <>
        <div style={WEEKDAYS} aria-hidden="true">
          {weekdayNames(language, 'short').map((w) => (
            <div key={w} style={{ paddingInlineStart: 4 }}>
              {w}
            </div>
          ))}
        </div>
        <ol style={GRID} data-testid="events-calendar-grid">
          {days.map((d) => {
            const events = byDay.get(d.key) ?? [];
            return (
              <li key={d.key} style={d.inMonth ? DAY : OUTSIDE} data-day={d.key}>
                <span aria-hidden="true" style={NUMBER}>
                  {d.day}
                </span>
                <span style={VISUALLY_HIDDEN}>{fullDate(d.key, language)}</span>
                {events.length ? (
                  <ul style={LIST}>
                    {events.map((e) => (
                      <CalendarEntry key={e.id} event={e} />
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
        {inMonth.length ? null : <div style={{ padding: '16px 0', textAlign: 'center' }}>{empty(title)}</div>}
      </>
    );

  const isThisMonth = month.year === today.year && month.month === today.month;
  return (
    <section aria-label={t('events.calendar.label', { month: title })} data-testid="events-calendar">
      <Flex justify="space-between" align="center" wrap gap="small" style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }} aria-live="polite" data-testid="events-calendar-month">
          {title}
        </Typography.Title>
        <Flex gap="small">
          <Button icon={<LeftOutlined />} aria-label={t('events.calendar.previous')} onClick={() => onMonth(addMonths(month, -1))} data-testid="calendar-previous" />
          <Button disabled={isThisMonth} onClick={() => onMonth(today)} data-testid="calendar-today">
            {t('events.calendar.thisMonth')}
          </Button>
          <Button icon={<RightOutlined />} aria-label={t('events.calendar.next')} onClick={() => onMonth(addMonths(month, 1))} data-testid="calendar-next" />
        </Flex>
      </Flex>
      {page?.pageInfo.hasNextPage ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('events.calendar.tooMany', { count: CALENDAR_LIMIT })} /> : null}
      {body}
      {error && page ? <Alert type="warning" showIcon title={errorMessageOf(error) ?? t('errors.loadFailed')} /> : null}
    </section>
  );
}
