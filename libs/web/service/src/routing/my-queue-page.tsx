import { useQuery } from '@apollo/client/react';
import { errorMessageOf, MyQueueDocument, type MyQueueQuery } from '@rapport/web-data-access';
import { usePageTitle, useSessionUser } from '@rapport/web-core';
import { EmptyState, ErrorState, PageHeader } from '@rapport/web-ui';
import { Alert, Card, Flex, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { SlaDueCell } from '../cases/case-columns';
import { Link } from 'react-router';
import { PriorityTag } from '../cases/case-labels';
import { CASE_PRIORITIES } from '../cases/case-model';
import { casePath } from '../cases/case-paths';
import { AgentLoads, PresenceBadge } from './board-agents';
import { formatAge, secondsSince, useNow } from './routing-model';

type MyCase = MyQueueQuery['cases']['edges'][number]['node'];
type QueueRow = MyQueueQuery['routingBoard']['queues'][number];
type Skills = readonly { skillKey: string; level: number }[];

/** Refreshed as often as the agent would glance at it; the board's own 5 s is for supervisors' screens. */
export const MY_QUEUE_POLL_MS = 15_000;

/** Answering order, as routing gives them out: highest priority first, the oldest first within it. */
export function inAnsweringOrder(cases: readonly MyCase[]): MyCase[] {
  const rank = (c: MyCase) => CASE_PRIORITIES.indexOf(c.priority);
  return [...cases].sort((a, b) => rank(a) - rank(b) || Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id));
}

/** The active queues the agent can serve: every skill the queue asks for, at its level (a queue asking none serves anyone). */
export function queuesServedBy(queues: readonly QueueRow[], skills: Skills): QueueRow[] {
  const level = new Map(skills.map((s) => [s.skillKey, s.level]));
  return queues.filter((q) => q.queue.active && q.queue.skills.every((s) => (level.get(s.skillKey) ?? 0) >= s.level));
}

function MyCases({ cases, total, now }: { cases: MyCase[]; total: number; now: number }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<MyCase> = [
    { key: 'number', title: t('service.fields.number'), render: (_, c) => <Link to={casePath(c.id)}>{c.number}</Link> },
    { key: 'subject', title: t('service.fields.subject'), dataIndex: 'subject', ellipsis: true },
    { key: 'priority', title: t('service.fields.priority'), render: (_, c) => <PriorityTag priority={c.priority} /> },
    {
      key: 'sla',
      title: t('service.fields.slaDueAt'),
      // The cases list's cell: an overdue time says so in words, not only in red.
      render: (_, c) => <SlaDueCell row={c} t={t} />,
    },
    { key: 'age', title: t('routing.mine.age'), render: (_, c) => formatAge(t, secondsSince(c.createdAt, now)) },
  ];
  return (
    <Card size="small" title={`${t('routing.mine.cases')} (${total})`} data-testid="my-queue-cases">
      {cases.length ? (
        <Table<MyCase> rowKey="id" size="small" pagination={false} columns={columns} dataSource={cases} scroll={{ x: true }} onRow={(c) => ({ 'data-testid': 'my-queue-case', 'data-id': c.id }) as never} />
      ) : (
        <EmptyState compact description={t('routing.mine.noCases')} />
      )}
    </Card>
  );
}

function MyQueues({ rows, now }: { rows: QueueRow[]; now: number }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('routing.mine.queues')} data-testid="my-queue-queues">
      {rows.length ? (
        <Flex component="ul" vertical gap={6} style={{ padding: 0, margin: 0, listStyle: 'none' }}>
          {rows.map((q) => (
            <li key={q.queue.id} data-testid="my-queue-queue" data-id={q.queue.id}>
              <Typography.Text strong>{q.queue.name}</Typography.Text>{' '}
              <Typography.Text data-testid="my-queue-waiting">{t('routing.mine.waiting', { count: q.waiting })}</Typography.Text>
              {q.oldestWaitingSince ? <Typography.Text type="secondary"> · {t('routing.board.oldest')} {formatAge(t, secondsSince(q.oldestWaitingSince, now))}</Typography.Text> : null}
            </li>
          ))}
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('routing.mine.noQueues')}</Typography.Text>
      )}
    </Card>
  );
}

/**
 * "My queue" (issue 19 item 7): for an agent who takes routed cases, their open routed cases in the
 * order they are answered (with the SLA due and how long each has been open), their presence and
 * load against capacity per channel, and how much waits in the queues their skills serve.
 */
export function MyQueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('routing.mine.title'));
  const me = useSessionUser();
  const now = useNow(30_000);
  const { data, previousData, error, refetch } = useQuery(MyQueueDocument, { variables: { me: me.id }, pollInterval: MY_QUEUE_POLL_MS, notifyOnNetworkStatusChange: false });
  const last = data ?? previousData;

  let body;
  if (error && !last) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!last) body = <Skeleton active paragraph={{ rows: 6 }} data-testid="my-queue-loading" />;
  else {
    const presence = last.myPresence;
    body = (
      <Flex vertical gap="middle" data-testid="my-queue">
        {error ? <Alert type="warning" showIcon title={t('routing.mine.stale', { error: errorMessageOf(error) ?? t('errors.loadFailed') })} /> : null}
        <Card size="small" title={t('routing.mine.presence')} data-testid="my-queue-presence">
          {presence ? (
            <Flex vertical gap={8}>
              <PresenceBadge agent={presence} />
              <div>
                <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
                  {t('routing.mine.load')}
                </Typography.Text>
                <AgentLoads agent={presence} />
              </div>
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('routing.mine.noProfile')}</Typography.Text>
          )}
        </Card>
        <MyQueues rows={queuesServedBy(last.routingBoard.queues, presence?.skills ?? [])} now={now} />
        <MyCases cases={inAnsweringOrder(last.cases.edges.map((e) => e.node))} total={last.cases.totalCount} now={now} />
      </Flex>
    );
  }

  return (
    <>
      <PageHeader title={t('routing.mine.title')} subtitle={t('routing.mine.subtitle')} />
      {body}
    </>
  );
}

export default MyQueuePage;
