import { useQuery } from '@apollo/client/react';
import { errorMessageOf, EventDocument } from '@rapport/web-data-access';
import { BackLink, RecordNotFound, usePageTitle, usePermissions } from '@rapport/web-core';
import { ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { Col, Flex, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MARKETING_NEEDS } from '../marketing-access';
import { EventActions } from './event-actions';
import { EventCapacity } from './event-capacity';
import { EventFormModal } from './event-form-modal';
import { EVENT_STATUS_COLORS, eventStatusLabel, eventTypeLabel } from './event-labels';
import { eventActions } from './event-model';
import { EVENTS_PATH } from './event-paths';
import { EventLinks } from './event-links';
import { EventRegistrations } from './event-registrations';
import { EventSummary } from './event-summary';
import { eventSpan } from './event-time';

/**
 * Marketing → Events → one event: its status, when and where on its own clock, the seats (taken,
 * checked in, of the capacity) and the waitlist, the door's progress, a link to its campaign, and
 * the registrations with check-in and undo per row. Edit, publish, check-in, complete and cancel
 * as its status and the viewer's grants allow.
 */
export function EventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const canWrite = usePermissions().allows(MARKETING_NEEDS.eventWrite);
  const { data, loading, error, refetch } = useQuery(EventDocument, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const event = data?.event;
  usePageTitle(event?.localizedTitle ?? t('events.recordType'));

  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (!event) return <RecordNotFound title={t('events.page.notFound')} backTo={EVENTS_PATH} backLabel={t('events.page.backToList')} />;

  const actions = eventActions(event.status, canWrite);
  return (
    <>
      <BackLink to={EVENTS_PATH} label={t('events.title')} />
      <PageHeader
        title={event.localizedTitle}
        subtitle={
          <Flex gap="small" align="center" wrap>
            <Tag color={EVENT_STATUS_COLORS[event.status]} style={{ marginInlineEnd: 0 }} data-testid="event-status" data-status={event.status}>
              {eventStatusLabel(t, event.status)}
            </Tag>
            <Typography.Text type="secondary">
              {eventTypeLabel(t, event.type)} · {eventSpan(event.startsAt, event.endsAt, event.timeZone)} ({event.timeZone.replace(/_/g, ' ')})
            </Typography.Text>
          </Flex>
        }
        extra={actions.length ? <EventActions event={event} actions={actions} onEdit={() => setEditing(true)} /> : undefined}
      />
      <Flex vertical gap="middle">
        {event.status === 'CANCELLED' ? (
          <Typography.Text type="secondary" data-testid="event-cancelled-note">
            {t('events.page.cancelledNote')}
          </Typography.Text>
        ) : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <EventCapacity event={event} />
          </Col>
          <Col xs={24} lg={14}>
            <EventSummary event={event} />
          </Col>
        </Row>
        <EventRegistrations eventId={event.id} canCheckIn={actions.includes('checkIn')} />
        {event.status === 'DRAFT' || event.status === 'PUBLISHED' ? <EventLinks eventId={event.id} published={event.status === 'PUBLISHED'} /> : null}
      </Flex>
      {actions.includes('edit') ? <EventFormModal open={editing} event={event} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} /> : null}
    </>
  );
}

export default EventPage;
