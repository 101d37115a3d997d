import type { CaseRowFragment } from '@rapport/web-data-access';
import type { CasePriority } from './case-types';
import { accountPath, contactPath, NONE, sortableColumn, type ListSort } from '@rapport/web-core';
import { formatDate, formatDateTime, formatRelative } from '@rapport/web-ui';
import { Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { caseTypeLabel, channelLabel, PriorityTag, priorityLabel } from './case-labels';
import { CASE_PRIORITIES, type CaseSortColumn } from './case-model';
import { casePath } from './case-paths';

/** "in 2 hours" until the next SLA milestone is due; red with the word "Overdue" once the case breached. */
export function SlaDueCell({ row, t }: { row: Pick<CaseRowFragment, 'slaDueAt' | 'slaBreached'>; t: TFunction }) {
  if (row.slaBreached)
    return (
      <Typography.Text type="danger" strong data-testid="case-sla-due" data-breached="true" title={formatDateTime(row.slaDueAt) ?? undefined}>
        {t('service.list.breached')}
        {row.slaDueAt ? ` · ${formatRelative(row.slaDueAt)}` : ''}
      </Typography.Text>
    );
  if (!row.slaDueAt) return <span data-testid="case-sla-due">{NONE}</span>;
  return (
    <Typography.Text data-testid="case-sla-due" title={formatDateTime(row.slaDueAt) ?? undefined}>
      {formatRelative(row.slaDueAt)}
    </Typography.Text>
  );
}

/**
 * The case list's built-in columns, each with a `key` (the column chooser and saved views use it;
 * custom fields' columns are added by the list tools). The team is the queue the case is worked in,
 * named from the teams the viewer may see.
 */
export function caseColumns(
  t: TFunction,
  sort: ListSort<CaseSortColumn>,
  statuses: { options: { key: string; name: string }[]; picked: string[]; nameOf: (key: string) => string },
  priorities: CasePriority[],
  teamName: (id: string) => string | undefined = () => undefined,
): TableColumnsType<CaseRowFragment> {
  const sortable = (column: CaseSortColumn, first: 'ascend' | 'descend') => sortableColumn(sort, column, first);
  return [
    {
      key: 'number',
      title: t('service.fields.number'),
      render: (_: unknown, c) => (
        <Link to={casePath(c.id)} data-testid="case-link" style={{ whiteSpace: 'nowrap' }}>
          {c.number}
        </Link>
      ),
    },
    { key: 'subject', title: t('service.fields.subject'), render: (_: unknown, c) => <span style={{ minWidth: 160, display: 'inline-block' }}>{c.subject}</span> },
    { key: 'account', title: t('service.fields.account'), render: (_: unknown, c) => (c.account ? <Link to={accountPath(c.account.id)}>{c.account.name}</Link> : NONE) },
    { key: 'contact', title: t('service.fields.contact'), render: (_: unknown, c) => (c.contact ? <Link to={contactPath(c.contact.id)}>{c.contact.name}</Link> : NONE) },
    {
      key: 'status',
      title: t('service.fields.status'),
      filters: statuses.options.map((s) => ({ text: s.name, value: s.key })),
      filteredValue: statuses.picked,
      render: (_: unknown, c) => <span data-testid="case-status">{statuses.nameOf(c.status)}</span>,
    },
    {
      key: 'priority',
      title: t('service.fields.priority'),
      ...sortable('priority', 'descend'),
      filters: CASE_PRIORITIES.map((p) => ({ text: priorityLabel(t, p), value: p })),
      filteredValue: priorities,
      render: (_: unknown, c) => <PriorityTag priority={c.priority} />,
    },
    { key: 'owner', title: t('service.fields.owner'), render: (_: unknown, c) => c.owner?.name ?? NONE },
    { key: 'team', title: t('fields.team'), render: (_: unknown, c) => <span data-testid="case-team">{(c.teamId && teamName(c.teamId)) || NONE}</span> },
    { key: 'type', title: t('service.fields.type'), render: (_: unknown, c) => caseTypeLabel(t, c.type) },
    { key: 'channel', title: t('service.fields.channel'), render: (_: unknown, c) => channelLabel(t, c.channel) },
    { key: 'slaDueAt', title: t('service.fields.slaDueAt'), ...sortable('slaDueAt', 'ascend'), render: (_: unknown, c) => <SlaDueCell row={c} t={t} /> },
    { key: 'createdAt', title: t('service.fields.createdAt'), ...sortable('createdAt', 'descend'), render: (_: unknown, c) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(c.createdAt)}</span> },
    { key: 'resolvedAt', title: t('service.fields.resolvedAt'), ...sortable('resolvedAt', 'descend'), render: (_: unknown, c) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(c.resolvedAt) ?? NONE}</span> },
  ];
}
