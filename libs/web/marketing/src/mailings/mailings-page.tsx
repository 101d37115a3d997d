import { PlusOutlined, SyncOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, MailingsDocument, type MailingRowFieldsFragment } from '@rapport/web-data-access';
import { campaignPath, CursorPager, LinkButton, ListEmpty, useCursorStack, usePageTitle, usePermissions } from '@rapport/web-core';
import { ErrorState, formatDateTime, LoadingState, PageHeader } from '@rapport/web-ui';
import { Card, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { MARKETING_NEEDS } from '../marketing-access';
import { MAILING_STATUS_COLORS, mailingStatusLabel, mailingWhenLabel } from './mailing-labels';
import { MAILING_STATUSES, mailingWhen, pollIntervalFor, type MailingStatus } from './mailing-model';
import { MailingProgressBar } from './mailing-progress';
import { MailingsGate } from './mailings-gate';
import { CONTACT_POLICY_PATH, mailingPath, NEW_MAILING_PATH } from './mailing-paths';
import { repeatTagLabel } from './recurrence-labels';

export const MAILINGS_PAGE_SIZE = 25;

const parseStatus = (v: string | null): MailingStatus | null => (v && (MAILING_STATUSES as readonly string[]).includes(v) ? (v as MailingStatus) : null);

/** The "when" cell: what the time is (starts, started, finished) and the time. */
function WhenCell({ mailing }: { mailing: MailingRowFieldsFragment }) {
  const { t } = useTranslation();
  const when = mailingWhen(mailing);
  return <Typography.Text style={{ whiteSpace: 'nowrap' }}>{mailingWhenLabel(t, when.kind, formatDateTime(when.at) ?? '—')}</Typography.Text>;
}

/**
 * Marketing → Mailings (issue 15): newest first, 25 a page with cursors, narrowed by status (kept in
 * the address, `?status=SENDING`). Each row: name (to its page; a series marked "Repeats weekly"),
 * campaign, status, progress with its counts, and when it starts, started or ended (a running
 * series: when it makes its next mailing). Asked again every 3 s while a mailing on the
 * page is sending. "New mailing" for writers of mailings; readers of the contact policy get a link to it.
 */
export function MailingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('mailings.title'));
  const navigate = useNavigate();
  const permissions = usePermissions();
  const canCreate = permissions.allows(MARKETING_NEEDS.mailingWrite);
  const canSeePolicy = permissions.allows(MARKETING_NEEDS.contactPolicy);
  const [params, setParams] = useSearchParams();
  const status = parseStatus(params.get('status'));
  const cursors = useCursorStack(status ?? '');
  const { data, previousData, loading, error, refetch, startPolling, stopPolling } = useQuery(MailingsDocument, {
    variables: { status, first: MAILINGS_PAGE_SIZE, after: cursors.after },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.mailings;
  const rows = useMemo(() => page?.nodes ?? [], [page]);

  // Counts move while a mailing on this page is sending: ask again until none is.
  const interval = pollIntervalFor(rows, Date.now());
  useEffect(() => {
    if (!interval) return undefined;
    startPolling(interval);
    return () => stopPolling();
  }, [interval, startPolling, stopPolling]);

  const setStatus = (next: MailingStatus | null) =>
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      if (next) p.set('status', next);
      else p.delete('status');
      return p;
    });

  const columns: TableColumnsType<MailingRowFieldsFragment> = [
    {
      key: 'name',
      title: t('mailings.columns.name'),
      render: (_: unknown, m) => (
        // A series is marked beside its name (no column of its own: the table stays narrow on a phone).
        <Flex gap={6} align="center" wrap>
          <Link to={mailingPath(m.id)} data-testid="mailing-link">
            {m.name}
          </Link>
          {m.kind === 'RECURRING' && m.recurrence ? (
            <Tag icon={<SyncOutlined />} color="purple" style={{ marginInlineEnd: 0 }} data-testid="mailing-repeat-tag">
              {repeatTagLabel(t, m.recurrence.frequency)}
            </Tag>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'campaign',
      title: t('mailings.columns.campaign'),
      render: (_: unknown, m) => {
        // Null when the reader may not see the campaign.
        const campaign = m.campaign;
        return campaign ? <Link to={campaignPath(campaign.id)}>{campaign.name}</Link> : <Typography.Text type="secondary">—</Typography.Text>;
      },
    },
    {
      key: 'status',
      title: t('mailings.columns.status'),
      render: (_: unknown, m) => (
        <Tag color={MAILING_STATUS_COLORS[m.status]} data-testid="mailing-status" data-status={m.status}>
          {mailingStatusLabel(t, m.status)}
        </Tag>
      ),
    },
    {
      key: 'progress',
      title: t('mailings.columns.progress'),
      width: 240,
      render: (_: unknown, m) => {
        if (m.status === 'DRAFT') return <Typography.Text type="secondary">{t('mailings.progress.notStarted')}</Typography.Text>;
        // A series sends nothing itself: how many mailings it made (each has its own progress).
        if (m.kind === 'RECURRING') return <Typography.Text data-testid="mailing-row-made">{t('mailings.series.madeShort', { count: m.occurrenceCount })}</Typography.Text>;
        return <MailingProgressBar progress={m.progress} compact testId="mailing-row-progress" />;
      },
    },
    { key: 'when', title: t('mailings.columns.when'), render: (_: unknown, m) => <WhenCell mailing={m} /> },
  ];

  let body;
  if (!page && loading) body = <LoadingState />;
  else if (!page) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!rows.length && !cursors.hasPrevious)
    body = (
      <div data-testid="mailings-empty" style={{ padding: '32px 0' }}>
        <ListEmpty
          object="mailing"
          filtered={!!status}
          filteredText={<Typography.Text>{t('mailings.emptyFiltered', { status: status ? mailingStatusLabel(t, status) : '' })}</Typography.Text>}
          noneText={t('mailings.empty')}
          create={canCreate ? { label: t('mailings.create'), onClick: () => void navigate(NEW_MAILING_PATH), testId: 'mailing-create' } : undefined}
        />
      </div>
    );
  else
    body = (
      <>
        <Table<MailingRowFieldsFragment>
          rowKey="id"
          size="middle"
          loading={loading && !data}
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="mailings-table"
        />
        <CursorPager cursors={cursors} totalCount={page.totalCount} hasNextPage={page.hasNextPage} endCursor={page.endCursor} loading={loading} />
      </>
    );

  return (
    <>
      <PageHeader
        title={t('mailings.title')}
        subtitle={t('mailings.subtitle')}
        extra={
          <>
            {canSeePolicy ? (
              <LinkButton to={CONTACT_POLICY_PATH} data-testid="mailings-policy-link">
                {t('campaigns.contactPolicy')}
              </LinkButton>
            ) : null}
            {canCreate ? (
              <LinkButton type="primary" icon={<PlusOutlined />} to={NEW_MAILING_PATH} data-testid="mailing-create">
                {t('mailings.create')}
              </LinkButton>
            ) : null}
          </>
        }
      />
      <Card>
        <Flex gap="small" align="center" wrap style={{ marginBottom: 16 }}>
          <Select<MailingStatus | 'ALL'>
            value={status ?? 'ALL'}
            onChange={(v) => setStatus(v === 'ALL' ? null : v)}
            options={[{ value: 'ALL', label: t('mailings.filter.all') }, ...MAILING_STATUSES.map((s) => ({ value: s, label: mailingStatusLabel(t, s) }))]}
            aria-label={t('mailings.filter.status')}
            style={{ minWidth: 180 }}
            data-testid="mailings-status-filter"
          />
        </Flex>
        {body}
      </Card>
    </>
  );
}

export default function MailingsRoute() {
  return (
    <MailingsGate>
      <MailingsPage />
    </MailingsGate>
  );
}
