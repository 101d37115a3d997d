import {
  CalendarOutlined,
  CheckSquareOutlined,
  FileTextOutlined,
  MailOutlined,
  PhoneOutlined,
} from '@ant-design/icons';
import type { ActivityRowFragment, ActivityType } from '@rapport/web-data-access';
import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { dateTimeCell, NONE, ownerColumn } from '@rapport/web-core';
import { sortableColumn, type ListSort } from '@rapport/web-core';
import { ALL_ACTIVITY_TYPES, activityTypeLabel, recordTypeLabel } from '@rapport/web-core';
import { accountPath, contactPath, leadPath, opportunityPath } from '@rapport/web-core';
import { ActivityDoneToggle } from './activity-done-toggle';
import type { ActivitySortColumn, DoneFilter } from './activity-filter';

export const ACTIVITY_ICONS: Record<ActivityType, ReactNode> = {
  CALL: <PhoneOutlined />,
  MEETING: <CalendarOutlined />,
  TASK: <CheckSquareOutlined />,
  NOTE: <FileTextOutlined />,
  EMAIL: <MailOutlined />,
};

/** The record an activity opens: the most specific one it is linked to. */
export function activityRecordPath(a: Pick<ActivityRowFragment, 'opportunityId' | 'contactId' | 'leadId' | 'accountId'>): string | undefined {
  if (a.opportunityId) return opportunityPath(a.opportunityId);
  if (a.contactId) return contactPath(a.contactId);
  if (a.leadId) return leadPath(a.leadId);
  if (a.accountId) return accountPath(a.accountId);
  return undefined;
}

const isOverdue = (a: ActivityRowFragment) => !a.done && a.dueAt !== null && Date.parse(a.dueAt) < Date.now();

export interface ActivityColumnOptions {
  sort?: ListSort<ActivitySortColumn>;
  /** Column filters of the full list; related lists leave them out. */
  filters?: { types: ActivityType[]; done: DoneFilter[] };
  /** Links to the records the activity belongs to (the full list; a record page knows its own). */
  showLinks?: boolean;
}

export function activityColumns(t: TFunction, { sort, filters, showLinks }: ActivityColumnOptions = {}): TableColumnsType<ActivityRowFragment> {
  const sortable = (column: ActivitySortColumn, first: 'ascend' | 'descend') => sortableColumn(sort, column, first);
  const links = (a: ActivityRowFragment) => {
    // The linked record's name; its type when the reader may not read it (the API gives no name then).
    const link = (key: string, path: string, type: Parameters<typeof recordTypeLabel>[1], name: string | undefined) => (
      <Link key={key} to={path} title={recordTypeLabel(t, type)}>
        {name ?? recordTypeLabel(t, type)}
      </Link>
    );
    const items = [
      a.accountId ? link('a', accountPath(a.accountId), 'account', a.account?.name) : null,
      a.contactId ? link('c', contactPath(a.contactId), 'contact', a.contact?.name) : null,
      a.leadId ? link('l', leadPath(a.leadId), 'lead', a.lead?.name) : null,
      a.opportunityId ? link('o', opportunityPath(a.opportunityId), 'opportunity', a.opportunity?.name) : null,
    ].filter(Boolean);
    return items.length ? <Flex gap="small" wrap>{items}</Flex> : NONE;
  };
  return [
    {
      key: 'done',
      title: t('activities.columns.done'),
      width: 64,
      align: 'center',
      ...(filters
        ? {
            filters: [
              { text: t('activities.status.open'), value: 'open' },
              { text: t('activities.status.done'), value: 'done' },
            ],
            filteredValue: filters.done,
          }
        : {}),
      render: (_: unknown, a) => <ActivityDoneToggle activity={a} />,
    },
    {
      key: 'type',
      title: t('activities.columns.type'),
      dataIndex: 'type',
      ...(filters
        ? { filters: ALL_ACTIVITY_TYPES.map((v) => ({ text: activityTypeLabel(t, v), value: v })), filteredValue: filters.types }
        : {}),
      render: (type: ActivityType) => <Tag icon={ACTIVITY_ICONS[type]}>{activityTypeLabel(t, type)}</Tag>,
    },
    {
      key: 'subject',
      title: t('activities.columns.subject'),
      render: (_: unknown, a) => (
        <Flex vertical style={{ maxWidth: 420 }}>
          <Typography.Text strong={!a.done} type={a.done ? 'secondary' : undefined} ellipsis>
            {a.subject}
          </Typography.Text>
          {a.body ? (
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {a.body}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    ...(showLinks ? [{ key: 'related', title: t('activities.columns.related'), render: (_: unknown, a: ActivityRowFragment) => links(a) }] : []),
    {
      key: 'dueAt',
      title: t('activities.columns.dueAt'),
      dataIndex: 'dueAt',
      ...sortable('dueAt', 'ascend'),
      render: (_: unknown, a) =>
        a.dueAt ? <Typography.Text type={isOverdue(a) ? 'danger' : undefined}>{dateTimeCell(a.dueAt)}</Typography.Text> : NONE,
    },
    ownerColumn(t),
    {
      key: 'occurredAt',
      title: t('activities.columns.occurredAt'),
      dataIndex: 'occurredAt',
      ...sortable('occurredAt', 'descend'),
      render: dateTimeCell,
    },
  ];
}
