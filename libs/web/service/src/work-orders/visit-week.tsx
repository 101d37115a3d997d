import type { VisitCalendarQuery } from '@rapport/web-data-access';
import { Flex, Grid, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { casePath } from '../cases/case-paths';
import { byDay, STATUS_COLORS, STATUS_LABELS } from './visit-model';

export type CalendarVisit = VisitCalendarQuery['workOrders'][number];

// The status's colour down the visit's edge, so a glance at the week shows what is done and what is not.
const EDGE: Record<CalendarVisit['status'], string> = { SCHEDULED: '#1677ff', EN_ROUTE: '#d48806', ON_SITE: '#d46b08', DONE: '#389e0d', CANCELLED: '#8c8c8c' };

function VisitItem({ v, showTechnician }: { v: CalendarVisit; showTechnician: boolean }) {
  const { t } = useTranslation();
  const time = `${dayjs(v.slotStart).format('HH:mm')}–${v.slotEnd ? dayjs(v.slotEnd).format('HH:mm') : ''}`;
  const place = [v.address.street, v.address.city].filter(Boolean).join(', ');
  return (
    <li
      data-testid="calendar-visit"
      data-status={v.status}
      style={{ borderInlineStart: `4px solid ${EDGE[v.status]}`, padding: '4px 8px', background: '#fafafa', borderRadius: 4, opacity: v.status === 'CANCELLED' ? 0.7 : 1 }}
    >
      <Link to={casePath(v.caseId)} data-testid="calendar-visit-link">
        <Typography.Text strong style={{ display: 'block' }}>
          {time}
        </Typography.Text>
        <span style={{ overflowWrap: 'anywhere' }}>{v.number}</span>
      </Link>
      <div>
        <Tag color={STATUS_COLORS[v.status]} style={{ marginInlineEnd: 0 }}>
          {STATUS_LABELS[v.status](t)}
        </Tag>
      </div>
      {showTechnician ? (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {v.technician?.name ?? t('service.visits.calendar.nobody')}
        </Typography.Text>
      ) : null}
      {place ? (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, overflowWrap: 'anywhere' }}>
          {place}
        </Typography.Text>
      ) : null}
    </li>
  );
}

/**
 * A week of visits: seven columns side by side on a wide screen, the days one under another on a
 * phone (where seven columns would be too narrow to read). Each day is a list with its date as
 * heading, so a screen reader moves day by day.
 */
export function VisitWeek({ days, visits, today, showTechnician }: { days: Dayjs[]; visits: CalendarVisit[]; today: Dayjs; showTechnician: boolean }) {
  const { t, i18n } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? true;
  const perDay = byDay(visits, days);
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: wide ? 'short' : 'long' });
  return (
    <div
      data-testid="calendar-week"
      data-layout={wide ? 'columns' : 'list'}
      style={wide ? { display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 8 } : { display: 'flex', flexDirection: 'column', gap: 12 }}
    >
      {days.map((d, i) => {
        const isToday = d.isSame(today, 'day');
        const list = perDay[i] ?? [];
        return (
          <section key={d.format('YYYY-MM-DD')} data-testid="calendar-day" data-day={d.format('YYYY-MM-DD')} aria-current={isToday ? 'date' : undefined} style={{ minWidth: 0 }}>
            <Typography.Title
              level={2}
              style={{ fontSize: 14, margin: '0 0 6px', padding: '4px 6px', borderRadius: 4, background: isToday ? '#e6f4ff' : '#f5f5f5', color: isToday ? '#003eb3' : undefined }}
            >
              {weekday.format(d.toDate())} {d.format('MM-DD')}
              {isToday ? ` · ${t('service.visits.calendar.today')}` : ''}
            </Typography.Title>
            {list.length ? (
              <Flex component="ul" vertical gap={6} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {list.map((v) => (
                  <VisitItem key={v.id} v={v} showTechnician={showTechnician} />
                ))}
              </Flex>
            ) : (
              <Typography.Text type="secondary" style={{ fontSize: 12, paddingInlineStart: 6 }}>
                {t('service.visits.calendar.dayEmpty')}
              </Typography.Text>
            )}
          </section>
        );
      })}
    </div>
  );
}
