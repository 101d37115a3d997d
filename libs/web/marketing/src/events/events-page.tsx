import { CalendarOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { EventsDocument, type EventRowFragment } from '@rapport/web-data-access';
import { ConnectionTable, ListToolbar, pickedValues, sortFromTable, useCursorStack, useListState, usePageTitle, usePermissions, type ConnectionTableProps } from '@rapport/web-core';
import { PageHeader } from '@rapport/web-ui';
import { Button, Card, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { MARKETING_NEEDS } from '../marketing-access';
import { DEFAULT_EVENT_SORT, EVENT_ORDER_FIELDS, EVENT_SORT_COLUMNS, eventColumns, type EventSortColumn } from './event-columns';
import { EventFormModal } from './event-form-modal';
import { buildEventFilter, monthKey, type CalendarMonth, type EventStatus, type EventType } from './event-model';
import { eventPath } from './event-paths';
import { EventsCalendar } from './events-calendar';
import { EventsEmpty } from './events-empty';

export const EVENTS_PAGE_SIZE = 20;

type View = 'list' | 'calendar';

function thisMonth(now = new Date()): CalendarMonth {
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

function parseMonth(v: string | null): CalendarMonth | null {
  const m = v?.match(/^(\d{4})-(\d{2})$/);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
}

/**
 * Marketing → Events (issue 16): a list (search by title, status and type filters, sorting, 20 a
 * page) or a month calendar with the same filters, each event on its day in its own time zone.
 * The view and the month live in the address (`?view=calendar&month=2026-12`), so Back and a
 * shared link keep them. "New event" for those who may write events.
 */
export function EventsPage() {
  const { t } = useTranslation();
  usePageTitle(t('events.title'));
  const navigate = useNavigate();
  const canCreate = usePermissions().allows(MARKETING_NEEDS.eventWrite);
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'calendar' ? 'calendar' : 'list';
  const today = thisMonth();
  const month = parseMonth(params.get('month')) ?? today;
  const list = useListState<EventSortColumn>(DEFAULT_EVENT_SORT);
  const [statuses, setStatuses] = useState<EventStatus[]>([]);
  const [types, setTypes] = useState<EventType[]>([]);
  const [creating, setCreating] = useState(false);

  const filter = buildEventFilter({ search: list.search, statuses, types });
  const orderBy = [{ field: EVENT_ORDER_FIELDS[list.sort.column], direction: list.sort.descending ? ('DESC' as const) : ('ASC' as const) }];
  const cursors = useCursorStack(JSON.stringify([filter, orderBy]));
  const { data, previousData, loading, error, refetch } = useQuery(EventsDocument, {
    variables: { first: EVENTS_PAGE_SIZE, after: cursors.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
    skip: view !== 'list',
  });
  const shown = (data ?? previousData)?.events;
  const onChange: ConnectionTableProps<EventRowFragment>['onChange'] = (_p, filters, sorter) => {
    setStatuses(pickedValues<EventStatus>(filters, 'status'));
    setTypes(pickedValues<EventType>(filters, 'type'));
    list.setSort(sortFromTable(sorter, EVENT_SORT_COLUMNS, DEFAULT_EVENT_SORT));
  };
  const setParam = (changes: Record<string, string | null>) =>
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) {
        if (v) p.set(k, v);
        else p.delete(k);
      }
      return p;
    });
  const create = canCreate ? () => setCreating(true) : undefined;
  const filtered = !!filter;

  return (
    <>
      <PageHeader
        title={t('events.title')}
        subtitle={t('events.subtitle')}
        extra={
          create ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={create} data-testid="event-create">
              {t('events.create')}
            </Button>
          ) : undefined
        }
      />
      <Card>
        <ListToolbar prefix="events" searchText={list.searchText} onSearchText={list.setSearchText} placeholder={t('events.searchPlaceholder')}>
          <Segmented<View>
            value={view}
            onChange={(v) => setParam({ view: v === 'calendar' ? 'calendar' : null })}
            aria-label={t('events.view.label')}
            data-testid="events-view"
            options={[
              { value: 'list', label: t('events.view.list'), icon: <UnorderedListOutlined /> },
              { value: 'calendar', label: t('events.view.calendar'), icon: <CalendarOutlined /> },
            ]}
          />
        </ListToolbar>
        {view === 'list' ? (
          <ConnectionTable<EventRowFragment>
            testId="events-table"
            connection={shown}
            loading={loading}
            error={error}
            onRetry={() => void refetch()}
            columns={eventColumns(t, list.sort, statuses, types)}
            cursors={cursors}
            empty={<EventsEmpty filtered={filtered} onCreate={create} />}
            rowPath={(e) => eventPath(e.id)}
            onChange={onChange}
          />
        ) : (
          <>
            {statuses.length || types.length ? (
              <Typography.Paragraph type="secondary" data-testid="events-calendar-filtered">
                {t('events.calendar.filtered')}
              </Typography.Paragraph>
            ) : null}
            <EventsCalendar
              month={month}
              today={today}
              onMonth={(m) => setParam({ month: monthKey(m) === monthKey(today) ? null : monthKey(m) })}
              filter={filter}
              empty={(name) => (filtered ? <EventsEmpty filtered /> : <Typography.Text data-testid="events-month-empty">{t('events.calendar.empty', { month: name })}</Typography.Text>)}
            />
          </>
        )}
      </Card>
      <EventFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(event) => {
          setCreating(false);
          void navigate(eventPath(event.id));
        }}
      />
    </>
  );
}

export default EventsPage;
