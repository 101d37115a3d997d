import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { BusinessCalendarsDocument, errorMessageOf, type BusinessCalendarRowFragment } from '@rapport/web-data-access';
import { usePageTitle, usePermissions } from '@rapport/web-core';
import { EmptyState, ErrorState, formatDateTime, LoadingState, PageHeader } from '@rapport/web-ui';
import { Button, Card, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SERVICE_NEEDS } from '../../service-access';
import { calendarPath } from '../setup-paths';
import { CreateCalendarModal } from './create-calendar-modal';

/**
 * Business calendars (issue 18 item 5): each with its time zone and whether it is the default (the
 * one SLA policies that name none count in), the default first. Service managers and admins add
 * one, empty or pre-filled with mainland China's or Taiwan's office calendar; everyone else reads.
 */
export function CalendarsPage() {
  const { t } = useTranslation();
  usePageTitle(t('serviceSetup.calendars.title'));
  const canWrite = usePermissions().allows(SERVICE_NEEDS.setupWrite);
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useQuery(BusinessCalendarsDocument, { fetchPolicy: 'cache-and-network' });
  const calendars = data?.businessCalendars;

  const columns: TableColumnsType<BusinessCalendarRowFragment> = [
    {
      key: 'name',
      title: t('serviceSetup.calendars.columns.name'),
      render: (_: unknown, c) => (
        <>
          <Link to={calendarPath(c.id)} data-testid="calendar-link">
            {c.name}
          </Link>
          {c.isDefault ? (
            <Tag color="blue" style={{ marginInlineStart: 8 }} data-testid="calendar-default">
              {t('serviceSetup.calendars.default')}
            </Tag>
          ) : null}
        </>
      ),
    },
    { key: 'timeZone', title: t('serviceSetup.calendars.columns.timeZone'), render: (_: unknown, c) => c.timeZone.replace(/_/g, ' ') },
    { key: 'updatedAt', title: t('serviceSetup.calendars.columns.updatedAt'), render: (_: unknown, c) => formatDateTime(c.updatedAt) },
  ];

  const create = canWrite ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="calendar-create">
      {t('serviceSetup.calendars.create')}
    </Button>
  ) : undefined;

  let body;
  if (!calendars && loading) body = <LoadingState />;
  else if (!calendars) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!calendars.length)
    body = (
      <EmptyState
        description={<span data-testid="calendars-empty">{canWrite ? t('serviceSetup.calendars.empty.writer') : t('serviceSetup.calendars.empty.reader')}</span>}
        action={create}
      />
    );
  else
    body = (
      <Table<BusinessCalendarRowFragment>
        rowKey="id"
        size="middle"
        dataSource={calendars}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="calendars-table"
      />
    );

  return (
    <>
      <PageHeader title={t('serviceSetup.calendars.title')} subtitle={t('serviceSetup.calendars.subtitle')} extra={calendars?.length ? create : undefined} />
      <Card>{body}</Card>
      {canWrite ? <CreateCalendarModal open={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}

export default CalendarsPage;
