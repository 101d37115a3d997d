import type { LeadRowFragment, LeadSource, LeadStatus } from '@rapport/web-data-access';
import { Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { dateCell, orNone, ownerCell } from '@rapport/web-core';
import { sortOrderOf, type ListSort } from '@rapport/web-core';
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

export function leadColumns(t: TFunction, sort: ListSort<LeadSortColumn>, filters: LeadColumnFilters): TableColumnsType<LeadRowFragment> {
  return [
    {
      key: 'name',
      title: t('fields.fullName'),
      sorter: true,
      sortOrder: sortOrderOf(sort, 'name'),
      sortDirections: ['ascend', 'descend', 'ascend'],
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
      sorter: true,
      sortOrder: sortOrderOf(sort, 'company'),
      sortDirections: ['ascend', 'descend', 'ascend'],
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
      sorter: true,
      sortOrder: sortOrderOf(sort, 'score'),
      sortDirections: ['descend', 'ascend', 'descend'],
    },
    { key: 'owner', title: t('common.owner'), render: (_: unknown, lead) => ownerCell(lead.owner) },
    {
      key: 'createdAt',
      title: t('common.created'),
      dataIndex: 'createdAt',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'createdAt'),
      sortDirections: ['descend', 'ascend', 'descend'],
      render: dateCell,
    },
  ];
}
