import { useQuery } from '@apollo/client/react';
import { errorMessageOf, KnownVisitorsTodayDocument, type KnownVisitorRowFragment } from '@rapport/web-data-access';
import { contactPath, CursorPager, leadPath, personName, useCursorStack, usePageTitle } from '@rapport/web-core';
import { EmptyState, ErrorState, formatDateTime, formatRelative, LoadingState, PageHeader } from '@rapport/web-ui';
import { Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLink } from './visits-view';

export const KNOWN_VISITORS_PAGE_SIZE = 50;

/** The viewer's zone, whose midnight starts "today" (the API counts in UTC without one). */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function PersonCell({ row }: { row: KnownVisitorRowFragment }) {
  const { t } = useTranslation();
  const { contact, lead } = row.visitor;
  // A converted lead's visits are the contact's too: the contact is who sales works with now.
  if (contact)
    return (
      <Flex wrap gap={4} align="center">
        <Link to={contactPath(contact.id)}>{personName(contact)}</Link>
        <Tag style={{ marginInlineEnd: 0 }}>{t('visitors.today.contact')}</Tag>
      </Flex>
    );
  if (lead)
    return (
      <Flex wrap gap={4} align="center">
        <Link to={leadPath(lead.id)}>{personName(lead)}</Link>
        <Tag style={{ marginInlineEnd: 0 }}>{t('visitors.today.lead')}</Tag>
        {lead.company ? <Typography.Text type="secondary">{lead.company}</Typography.Text> : null}
      </Flex>
    );
  return <Typography.Text type="secondary">{t('visitors.today.hidden')}</Typography.Text>;
}

/**
 * Marketing → Visitors (issue 16 item 7): the people who made themselves known (a form, a tracked
 * link) and are on the website today — in the viewer's time zone — latest first, with the page
 * they last looked at: who to call now. Only people the viewer may see (the API's record scope),
 * so a rep sees their own leads and contacts.
 */
export function KnownVisitorsPage() {
  const { t } = useTranslation();
  usePageTitle(t('visitors.today.title'));
  const timeZone = viewerTimeZone();
  const cursors = useCursorStack(timeZone);
  const { data, previousData, loading, error, refetch } = useQuery(KnownVisitorsTodayDocument, {
    variables: { timeZone, first: KNOWN_VISITORS_PAGE_SIZE, after: cursors.after },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.knownVisitorsToday;
  const rows = page?.edges.map((e) => e.node) ?? [];

  const columns: TableColumnsType<KnownVisitorRowFragment> = [
    { key: 'person', title: t('visitors.today.columns.person'), render: (_: unknown, row) => <PersonCell row={row} /> },
    {
      key: 'lastPage',
      title: t('visitors.today.columns.lastPage'),
      render: (_: unknown, row) => <PageLink url={row.lastUrl} title={row.lastTitle} page={row.lastUrl} />,
    },
    { key: 'viewsToday', title: t('visitors.today.columns.viewsToday'), align: 'end', render: (_: unknown, row) => row.viewsToday },
    {
      key: 'lastSeen',
      title: t('visitors.today.columns.lastSeen'),
      render: (_: unknown, row) => (
        <time dateTime={row.visitor.lastSeenAt} title={formatDateTime(row.visitor.lastSeenAt)}>
          {formatRelative(row.visitor.lastSeenAt)}
        </time>
      ),
    },
  ];

  let body;
  if (!page && loading) body = <LoadingState />;
  else if (!page) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!rows.length && !cursors.hasPrevious) body = <EmptyState description={<span data-testid="known-visitors-empty">{t('visitors.today.empty')}</span>} />;
  else
    body = (
      <>
        <Typography.Text type="secondary" data-testid="known-visitors-total">
          {page.totalCountCapped ? t('visitors.today.totalCapped', { count: page.totalCount }) : t('visitors.today.total', { count: page.totalCount })}
        </Typography.Text>
        <Table<KnownVisitorRowFragment>
          rowKey={(row) => row.visitor.id}
          size="middle"
          loading={loading}
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          style={{ marginTop: 8 }}
          data-testid="known-visitors-table"
        />
        <CursorPager cursors={cursors} hasNextPage={page.pageInfo.hasNextPage} endCursor={page.pageInfo.endCursor} loading={loading} />
      </>
    );

  return (
    <>
      <PageHeader title={t('visitors.today.title')} subtitle={t('visitors.today.subtitle', { timeZone })} />
      <Card>{body}</Card>
    </>
  );
}

export default KnownVisitorsPage;
