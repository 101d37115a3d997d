import type { EventDetailFragment } from '@rapport/web-data-access';
import { campaignPath, NONE } from '@rapport/web-core';
import { formatDateTime } from '@rapport/web-ui';
import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { eventTypeLabel } from './event-labels';
import { isOnline } from './event-model';
import { browserZone, dateTimeIn, eventSpan, zoneOffsetLabel } from './event-time';

/**
 * When and where, on the event's own clock (and the reader's, when theirs differs), its type,
 * registration window, reminders, description and the campaign it runs on (funnel, costs, return).
 */
export function EventSummary({ event }: { event: EventDetailFragment }) {
  const { t } = useTranslation();
  const zone = event.timeZone;
  const mine = browserZone();
  const inZone = (v: string | null) => dateTimeIn(v, zone) ?? NONE;
  const elsewhere = zoneOffsetLabel(event.startsAt, mine) !== zoneOffsetLabel(event.startsAt, zone);
  const items = [
    {
      key: 'when',
      label: t('events.when'),
      children: (
        <div data-testid="event-when">
          <div>{eventSpan(event.startsAt, event.endsAt, zone)}</div>
          <Typography.Text type="secondary">
            {zone.replace(/_/g, ' ')} ({zoneOffsetLabel(event.startsAt, zone)})
          </Typography.Text>
          {elsewhere ? (
            <div>
              <Typography.Text type="secondary" data-testid="event-when-local">
                {t('events.yourTime', { time: eventSpan(event.startsAt, event.endsAt, mine) })}
              </Typography.Text>
            </div>
          ) : null}
        </div>
      ),
    },
    {
      key: 'where',
      label: t('events.where'),
      children: isOnline(event.type) ? (
        event.onlineUrl ? (
          <a href={event.onlineUrl} target="_blank" rel="noreferrer" data-testid="event-where">
            {event.onlineUrl}
          </a>
        ) : (
          <span data-testid="event-where">{t('events.online')}</span>
        )
      ) : (
        <span data-testid="event-where">{[event.venue, event.address].filter(Boolean).join(', ') || NONE}</span>
      ),
    },
    { key: 'type', label: t('events.fields.type'), children: eventTypeLabel(t, event.type) },
    { key: 'opens', label: t('events.fields.registrationOpensAt'), children: event.registrationOpensAt ? inZone(event.registrationOpensAt) : t('events.summary.opensOnPublish') },
    { key: 'closes', label: t('events.fields.registrationClosesAt'), children: event.registrationClosesAt ? inZone(event.registrationClosesAt) : t('events.summary.closesAtEnd') },
    {
      key: 'reminders',
      label: t('events.form.reminderHours'),
      children: event.reminderHours.length ? event.reminderHours.map((h) => t('events.form.hoursBefore', { count: h })).join(', ') : t('events.summary.noReminders'),
    },
    {
      key: 'campaign',
      label: t('events.fields.campaign'),
      children: (
        <Link to={campaignPath(event.campaignId)} data-testid="event-campaign-link">
          {t('events.summary.openCampaign')}
        </Link>
      ),
    },
    { key: 'description', label: t('events.fields.description'), children: event.description ? <span style={{ whiteSpace: 'pre-wrap' }}>{event.description}</span> : NONE },
    { key: 'updated', label: t('events.summary.updatedAt'), children: formatDateTime(event.updatedAt) ?? NONE },
  ];
  return (
    <Card title={t('records.details')} size="small">
      <Descriptions column={1} size="small" items={items} data-testid="event-summary" styles={{ label: { width: '34%' } }} />
    </Card>
  );
}
