import { useQuery } from '@apollo/client/react';
import { EventRegistrationsDocument, type EventRegistrationRowFragment } from '@rapport/web-data-access';
import { ConnectionTable, dateTimeCell, ListToolbar, NONE, personName, useCursorStack } from '@rapport/web-core';
import { useDebouncedValue } from '@rapport/web-ui';
import { Button, Card, Flex, Select, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_REGISTRATION_STATUSES, registrationColor, registrationStatusLabel } from './event-labels';
import type { RegistrationStatus } from './event-model';
import { useCheckIn } from './use-check-in';

export const REGISTRATIONS_PAGE_SIZE = 25;

/** A registration's status, and "walk-in" for someone registered at the door. */
export function RegistrationStatusTags({ registration }: { registration: EventRegistrationRowFragment }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap>
      <Tag color={registrationColor(registration.status)} style={{ marginInlineEnd: 0 }} data-testid="registration-status" data-status={registration.status}>
        {registrationStatusLabel(t, registration.status)}
      </Tag>
      {registration.walkIn ? (
        <Tag style={{ marginInlineEnd: 0 }} data-testid="registration-walk-in">
          {t('events.registration.walkIn')}
        </Tag>
      ) : null}
    </Flex>
  );
}

/**
 * The event's registrations: status (and walk-in), name, email, company, when they registered and
 * when they were checked in; narrowed by status and a search (name, email, company), 25 a page.
 * While check-in is open (`canCheckIn`), each registered or waitlisted row has Check in, and a
 * checked-in one Undo.
 */
export function EventRegistrations({ eventId, canCheckIn }: { eventId: string; canCheckIn: boolean }) {
  const { t } = useTranslation();
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const [statuses, setStatuses] = useState<RegistrationStatus[]>([]);
  const filter = search || statuses.length ? { search: search || undefined, statuses: statuses.length ? statuses : undefined } : undefined;
  const cursors = useCursorStack(JSON.stringify(filter ?? null));
  const { data, previousData, loading, error, refetch } = useQuery(EventRegistrationsDocument, {
    variables: { id: eventId, first: REGISTRATIONS_PAGE_SIZE, after: cursors.after, filter },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.event?.registrations;
  const checkIns = useCheckIn();

  const columns: TableColumnsType<EventRegistrationRowFragment> = [
    { key: 'status', title: t('fields.status'), render: (_: unknown, r) => <RegistrationStatusTags registration={r} /> },
    { key: 'name', title: t('events.registration.name'), render: (_: unknown, r) => <Typography.Text strong>{personName(r) || NONE}</Typography.Text> },
    { key: 'email', title: t('events.registration.email'), render: (_: unknown, r) => r.email },
    { key: 'company', title: t('events.registration.company'), render: (_: unknown, r) => r.company || NONE },
    { key: 'registeredAt', title: t('events.registration.registeredAt'), render: (_: unknown, r) => dateTimeCell(r.createdAt) },
    { key: 'checkedInAt', title: t('events.registration.checkedInAt'), render: (_: unknown, r) => dateTimeCell(r.checkedInAt) },
  ];
  if (canCheckIn)
    columns.push({
      key: 'action',
      title: <span>{t('events.registration.action')}</span>,
      render: (_: unknown, r) => {
        const name = personName(r) || r.email;
        // The waitlisted too: at the door the room decides (as on the check-in screen).
        if (r.status === 'registered' || r.status === 'waitlisted')
          return (
            <Button size="small" type="primary" loading={checkIns.busyId === r.id} onClick={() => void checkIns.checkIn(r)} aria-label={t('events.checkIn.checkInName', { name })} data-testid="registration-check-in">
              {t('events.checkIn.checkIn')}
            </Button>
          );
        if (r.status === 'attended')
          return (
            <Button size="small" loading={checkIns.busyId === r.id} onClick={() => void checkIns.undo(r)} aria-label={t('events.checkIn.undoName', { name })} data-testid="registration-undo">
              {t('events.checkIn.undo')}
            </Button>
          );
        return null;
      },
    });

  return (
    <Card title={t('events.registration.title')} size="small">
      <ListToolbar prefix="registrations" searchText={searchText} onSearchText={setSearchText} placeholder={t('events.registration.searchPlaceholder')}>
        <Select<RegistrationStatus[]>
          mode="multiple"
          allowClear
          value={statuses}
          onChange={setStatuses}
          placeholder={t('events.registration.allStatuses')}
          aria-label={t('events.registration.statusFilter')}
          options={ALL_REGISTRATION_STATUSES.map((s) => ({ value: s, label: registrationStatusLabel(t, s) }))}
          style={{ minWidth: 220 }}
          data-testid="registrations-status-filter"
        />
      </ListToolbar>
      <ConnectionTable<EventRegistrationRowFragment>
        testId="registrations-table"
        connection={connection}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        columns={columns}
        cursors={cursors}
        size="small"
        empty={<Typography.Text data-testid="registrations-empty">{filter ? t('events.registration.emptyFiltered') : t('events.registration.empty')}</Typography.Text>}
      />
    </Card>
  );
}
