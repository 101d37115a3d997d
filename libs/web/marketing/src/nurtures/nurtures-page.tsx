import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, NurturesDocument, type NurtureRowFieldsFragment } from '@rapport/web-data-access';
import { campaignPath, CursorPager, LinkButton, useCursorStack, usePageTitle, usePermissions } from '@rapport/web-core';
import { ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { Card, Empty, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { MARKETING_NEEDS } from '../marketing-access';
import { useCampaignNames } from '../mailings/use-campaign-names';
import { NURTURE_STATUS_COLORS, nurtureStatusLabel } from './nurture-labels';
import { enrolledCount, NURTURE_STATUSES, type NurtureStatus } from './nurture-model';
import { NEW_NURTURE_PATH, nurturePath } from './nurture-paths';
import { NurturesGate } from './nurtures-gate';

export const NURTURES_PAGE_SIZE = 25;

const parseStatus = (v: string | null): NurtureStatus | null => (v && (NURTURE_STATUSES as readonly string[]).includes(v) ? (v as NurtureStatus) : null);

/**
 * Marketing → Nurture sequences (issue 15 item 10): newest first, 25 a page with cursors, narrowed
 * by status (in the address, `?status=ACTIVE`). Each row: name (to its page), campaign, status and
 * how many people joined, are going through, finished and were stopped. "New sequence" for writers
 * of mailings (a nurture is a way of sending mailings, ADR 0017).
 */
export function NurturesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('nurtures.title'));
  const canCreate = usePermissions().allows(MARKETING_NEEDS.mailingWrite);
  const [params, setParams] = useSearchParams();
  const status = parseStatus(params.get('status'));
  const cursors = useCursorStack(status ?? '');
  const { data, previousData, loading, error, refetch } = useQuery(NurturesDocument, {
    variables: { status, first: NURTURES_PAGE_SIZE, after: cursors.after },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.nurtures;
  const rows = useMemo(() => page?.nodes ?? [], [page]);
  const campaignIds = useMemo(() => rows.map((r) => r.campaignId), [rows]);
  const campaigns = useCampaignNames(campaignIds);
  const number = (n: number) => n.toLocaleString(i18n.language);

  const setStatus = (next: NurtureStatus | null) =>
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      if (next) p.set('status', next);
      else p.delete('status');
      return p;
    });

  // Literal keys, so the key check sees every one of them.
  const countTitles = { enrolled: t('nurtures.columns.enrolled'), active: t('nurtures.columns.active'), completed: t('nurtures.columns.completed'), stopped: t('nurtures.columns.stopped') };
  const count = (key: 'enrolled' | 'active' | 'completed' | 'stopped', value: (n: NurtureRowFieldsFragment) => number) => ({
    key,
    title: countTitles[key],
    align: 'end' as const,
    render: (_: unknown, n: NurtureRowFieldsFragment) => (
      <span data-count={key} data-value={value(n)}>
        {number(value(n))}
      </span>
    ),
  });

  const columns: TableColumnsType<NurtureRowFieldsFragment> = [
    {
      key: 'name',
      title: t('nurtures.columns.name'),
      render: (_: unknown, n) => (
        <Link to={nurturePath(n.id)} data-testid="nurture-link">
          {n.name}
        </Link>
      ),
    },
    {
      key: 'campaign',
      title: t('nurtures.columns.campaign'),
      render: (_: unknown, n) => {
        // Absent when the reader may not see the campaign.
        const c = campaigns.byId.get(n.campaignId);
        return c ? <Link to={campaignPath(c.id)}>{c.name}</Link> : <Typography.Text type="secondary">—</Typography.Text>;
      },
    },
    {
      key: 'status',
      title: t('nurtures.columns.status'),
      render: (_: unknown, n) => (
        <Tag color={NURTURE_STATUS_COLORS[n.status]} data-testid="nurture-status" data-status={n.status}>
          {nurtureStatusLabel(t, n.status)}
        </Tag>
      ),
    },
    count('enrolled', (n) => enrolledCount(n.counts)),
    count('active', (n) => n.counts.active),
    count('completed', (n) => n.counts.completed),
    count('stopped', (n) => n.counts.stopped),
  ];

  let body;
  if (!page && loading) body = <LoadingState />;
  else if (!page) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!rows.length && !cursors.hasPrevious)
    body = (
      <Empty
        data-testid="nurtures-empty"
        style={{ padding: '32px 0' }}
        description={status ? t('nurtures.emptyFiltered', { status: nurtureStatusLabel(t, status) }) : canCreate ? t('nurtures.emptyWriter') : t('nurtures.empty')}
      />
    );
  else
    body = (
      <>
        <Table<NurtureRowFieldsFragment>
          rowKey="id"
          size="middle"
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="nurtures-table"
        />
        <CursorPager cursors={cursors} hasNextPage={page.hasNextPage} endCursor={page.endCursor} loading={loading} />
      </>
    );

  return (
    <>
      <PageHeader
        title={t('nurtures.title')}
        subtitle={t('nurtures.subtitle')}
        extra={
          canCreate ? (
            <LinkButton type="primary" icon={<PlusOutlined />} to={NEW_NURTURE_PATH} data-testid="nurture-create">
              {t('nurtures.create')}
            </LinkButton>
          ) : null
        }
      />
      <Card>
        <Flex gap="small" align="center" wrap style={{ marginBottom: 16 }}>
          <Select<NurtureStatus | 'ALL'>
            value={status ?? 'ALL'}
            onChange={(v) => setStatus(v === 'ALL' ? null : v)}
            options={[{ value: 'ALL', label: t('nurtures.filter.all') }, ...NURTURE_STATUSES.map((s) => ({ value: s, label: nurtureStatusLabel(t, s) }))]}
            aria-label={t('nurtures.filter.status')}
            style={{ minWidth: 180 }}
            data-testid="nurtures-status-filter"
          />
        </Flex>
        {body}
      </Card>
    </>
  );
}

export default function NurturesRoute() {
  return (
    <NurturesGate>
      <NurturesPage />
    </NurturesGate>
  );
}
