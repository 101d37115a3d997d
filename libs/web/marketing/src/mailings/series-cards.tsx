import { useQuery } from '@apollo/client/react';
import { errorMessageOf, MailingOccurrencesDocument, type MailingFieldsFragment, type MailingRowFieldsFragment } from '@rapport/web-data-access';
import { CursorPager, useCursorStack } from '@rapport/web-core';
import { ErrorState, formatDateTime, LoadingState } from '@rapport/web-ui';
import { Card, Descriptions, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MAILING_STATUS_COLORS, mailingStatusLabel } from './mailing-labels';
import { pollIntervalFor, WAITING_POLL_MS } from './mailing-model';
import { mailingPath } from './mailing-paths';
import { MailingProgressBar } from './mailing-progress';
import { recurrenceText } from './recurrence-labels';

export const OCCURRENCES_PAGE_SIZE = 10;

/** When the series makes its next mailing, or why it makes none. */
function nextRunText(t: TFunction, series: Pick<MailingFieldsFragment, 'status' | 'nextRunAt'>): string {
  switch (series.status) {
    case 'DRAFT':
      return t('mailings.series.notStarted');
    case 'PAUSED':
      return t('mailings.series.pausedNone');
    case 'SCHEDULED':
      return formatDateTime(series.nextRunAt) ?? t('mailings.series.ended');
    default:
      return t('mailings.series.ended');
  }
}

/**
 * A series' rule: in words, as RRULE text (small and copyable, for calendars and integrations),
 * when its next mailing is made and how many it has made.
 */
export function SeriesRuleCard({ series }: { series: MailingFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const rule = series.recurrence;
  if (!rule) return null;
  const items = [
    { key: 'rule', label: t('mailings.series.rule'), children: <span data-testid="mailing-series-rule">{recurrenceText(t, i18n.language, rule)}</span> },
    {
      key: 'rrule',
      label: t('mailings.series.rrule'),
      children: (
        <Typography.Text code copyable style={{ fontSize: 12, wordBreak: 'break-all' }} data-testid="mailing-series-rrule">
          {rule.rrule}
        </Typography.Text>
      ),
    },
    { key: 'next', label: t('mailings.series.nextRun'), children: <span data-testid="mailing-series-next">{nextRunText(t, series)}</span> },
    { key: 'made', label: t('mailings.series.made'), children: <span data-testid="mailing-series-made">{series.occurrenceCount}</span> },
  ];
  return (
    <Card title={t('mailings.series.title')} size="small">
      <Descriptions column={1} size="small" items={items} data-testid="mailing-series" styles={{ label: { width: '34%' } }} />
    </Card>
  );
}

/**
 * The mailings a series has made, newest first, 10 a page: each with its time, status and
 * progress, linked to its own page. Asked again while one sends, and now and then while the
 * series runs (a new one appears when the rule comes round).
 */
export function SeriesOccurrencesCard({ series }: { series: Pick<MailingFieldsFragment, 'id' | 'status'> }) {
  const { t } = useTranslation();
  const cursors = useCursorStack(series.id);
  const { data, previousData, loading, error, refetch, startPolling, stopPolling } = useQuery(MailingOccurrencesDocument, {
    variables: { id: series.id, first: OCCURRENCES_PAGE_SIZE, after: cursors.after },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.mailing?.occurrences;
  const rows = useMemo(() => page?.nodes ?? [], [page]);

  const interval = pollIntervalFor(rows, Date.now()) || (series.status === 'SCHEDULED' ? WAITING_POLL_MS : 0);
  useEffect(() => {
    if (!interval) return undefined;
    startPolling(interval);
    return () => stopPolling();
  }, [interval, startPolling, stopPolling]);

  const columns: TableColumnsType<MailingRowFieldsFragment> = [
    {
      key: 'name',
      title: t('mailings.columns.name'),
      render: (_: unknown, m) => (
        <Link to={mailingPath(m.id)} data-testid="mailing-occurrence-link">
          {m.name}
        </Link>
      ),
    },
    { key: 'at', title: t('mailings.series.date'), render: (_: unknown, m) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(m.occurrenceAt ?? m.scheduledAt) ?? '—'}</span> },
    {
      key: 'status',
      title: t('mailings.columns.status'),
      render: (_: unknown, m) => (
        <Tag color={MAILING_STATUS_COLORS[m.status]} data-testid="mailing-status" data-status={m.status}>
          {mailingStatusLabel(t, m.status)}
        </Tag>
      ),
    },
    { key: 'progress', title: t('mailings.columns.progress'), width: 220, render: (_: unknown, m) => <MailingProgressBar progress={m.progress} compact testId="mailing-row-progress" /> },
  ];

  let body;
  if (!page && loading) body = <LoadingState />;
  else if (!page) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!rows.length && !cursors.hasPrevious)
    body = (
      <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="mailing-occurrences-none">
        {t('mailings.series.none')}
      </Typography.Paragraph>
    );
  else
    body = (
      <>
        <Table<MailingRowFieldsFragment> rowKey="id" size="small" dataSource={rows} columns={columns} pagination={false} scroll={{ x: 'max-content' }} data-testid="mailing-occurrences" />
        <CursorPager cursors={cursors} totalCount={page.totalCount} hasNextPage={page.hasNextPage} endCursor={page.endCursor} loading={loading} />
      </>
    );
  return (
    <Card title={t('mailings.series.occurrences')} size="small">
      {body}
    </Card>
  );
}
