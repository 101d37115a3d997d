import type { LeadRowFragment, LeadSource, LeadStatus } from '@rapport/web-data-access';
import { Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { catalogueColumns, dateCell, optionalColumnsOf, orNone, ownerColumn } from '@rapport/web-core';
import { sortableColumn, type ListSort } from '@rapport/web-core';
import {
  ALL_LEAD_SOURCES,
  ALL_LEAD_STATUSES,
  LEAD_STATUS_COLORS,
  leadSourceLabel,
  leadStatusLabel,
} from '@rapport/web-core';
import { leadPath } from '@rapport/web-core';
import type { LeadSortColumn } from './lead-filter';
import { personName } from '@rapport/web-core';

export interface LeadColumnFilters {
  statuses: LeadStatus[];
  sources: LeadSource[];
}

/** The lead list's default columns; every further field of the lead is an optional column. */
const DEFAULT_COLUMNS = ['name', 'firstName', 'lastName', 'company', 'email', 'phone', 'status', 'source', 'score', 'owner', 'ownerId', 'createdAt'];

/** Keys of the optional columns (hidden until shown in the column chooser). */
export const LEAD_OPTIONAL_COLUMNS = optionalColumnsOf('lead', DEFAULT_COLUMNS);

export function leadColumns(t: TFunction, sort: ListSort<LeadSortColumn>, filters: LeadColumnFilters): TableColumnsType<LeadRowFragment> {
  return [...defaultLeadColumns(t, sort, filters), ...catalogueColumns<LeadRowFragment>('lead', t, DEFAULT_COLUMNS)];
}

function defaultLeadColumns(t: TFunction, sort: ListSort<LeadSortColumn>, filters: LeadColumnFilters): TableColumnsType<LeadRowFragment> {
  const sortable = (column: LeadSortColumn, first: 'ascend' | 'descend') => sortableColumn(sort, column, first);
  return [
    {
      key: 'name',
      title: t('fields.fullName'),
      ...sortable('name', 'ascend'),
      render: (_: unknown, lead) => (
        <Link to={leadPath(lead.id)}>
          <Typography.Text strong>{personName(lead)}</Typography.Text>
        </Link>
      ),
    },
    {
      key: 'company',
      title: t('fields.company'),
      dataIndex: 'company',
      ...sortable('company', 'ascend'),
      render: orNone,
    },
    { key: 'email', title: t('fields.email'), dataIndex: 'email', render: orNone },
    { key: 'phone', title: t('fields.phone'), dataIndex: 'phone', render: orNone },
    {
      key: 'status',
      title: t('fields.status'),
      dataIndex: 'status',
      filters: ALL_LEAD_STATUSES.map((s) => ({ text: leadStatusLabel(t, s), value: s })),
      filteredValue: filters.statuses,
      render: (status: LeadStatus) => <Tag color={LEAD_STATUS_COLORS[status]}>{leadStatusLabel(t, status)}</Tag>,
    },
    {
      key: 'source',
      title: t('fields.source'),
      dataIndex: 'source',
      filters: ALL_LEAD_SOURCES.map((s) => ({ text: leadSourceLabel(t, s), value: s })),
      filteredValue: filters.sources,
      render: (source: LeadSource) => leadSourceLabel(t, source),
    },
    {
      key: 'score',
      title: t('leads.fields.score'),
      dataIndex: 'score',
      align: 'end',
      ...sortable('score', 'descend'),
    },
    ownerColumn(t),
    {
      key: 'createdAt',
      title: t('common.created'),
      dataIndex: 'createdAt',
      ...sortable('createdAt', 'descend'),
      render: dateCell,
    },
  ];
}
