import { formatPercent, NO_FIGURE, ScrollRegion } from '@rapport/web-ui';
import { Card, Col, Empty, Flex, Progress, Row, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { channelLabel, PriorityTag } from '../cases/case-labels';
import { casePath } from '../cases/case-paths';
import type { CasePriority } from '../cases/case-types';
import { formatAge, languageName, secondsSince, type QueueRow, type WaitingItem } from './routing-model';

/** What waits, in answering order; a case the viewer may not read is counted but not named. */
function WaitingTable({ row, now }: { row: QueueRow; now: number }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<WaitingItem> = [
    {
      key: 'number',
      title: t('routing.board.case'),
      render: (_, w) =>
        w.number === null ? (
          <Typography.Text type="secondary" data-testid="waiting-hidden">
            {t('routing.board.hidden')}
          </Typography.Text>
        ) : (
          <Flex vertical>
            <Link to={casePath(w.caseId)} data-testid="waiting-case-link">
              {w.number}
            </Link>
            {w.subject ? <Typography.Text type="secondary">{w.subject}</Typography.Text> : null}
          </Flex>
        ),
    },
    { key: 'priority', title: t('service.fields.priority'), render: (_, w) => <PriorityTag priority={w.priority.toUpperCase() as CasePriority} /> },
    { key: 'channel', title: t('service.fields.channel'), render: (_, w) => channelLabel(t, w.channel) },
    { key: 'language', title: t('routing.board.language'), render: (_, w) => languageName(t, w.language) ?? NO_FIGURE },
    {
      key: 'age',
      title: t('routing.board.age'),
      align: 'right',
      render: (_, w) => (
        <span data-testid="waiting-age" style={{ whiteSpace: 'nowrap' }}>
          {formatAge(t, secondsSince(w.enqueuedAt, now))}
        </span>
      ),
    },
  ];
  return (
    <ScrollRegion label={t('routing.board.waitingIn', { queue: row.queue.name })} data-testid="waiting-table">
      <Table<WaitingItem> size="small" rowKey="caseId" columns={columns} dataSource={row.items} pagination={false} />
    </ScrollRegion>
  );
}

/** Today's service level as a figure and a bar against 100 %, said in words for screen readers. */
function ServiceLevel({ row }: { row: QueueRow }) {
  const { t, i18n } = useTranslation();
  const level = row.serviceLevelToday;
  const text = formatPercent(level, i18n.language);
  return (
    <div data-testid="queue-service-level">
      <Typography.Text type="secondary">{t('routing.board.serviceLevel')}</Typography.Text>
      <Flex align="center" gap={8}>
        <Progress
          percent={level === null ? 0 : Math.round(level * 100)}
          showInfo={false}
          size="small"
          status={level !== null && level < 0.8 ? 'exception' : 'normal'}
          aria-label={t('routing.board.serviceLevel')}
          aria-valuetext={level === null ? t('routing.board.noAnswersYet') : text}
          style={{ flex: 1, margin: 0 }}
        />
        <Typography.Text strong>{level === null ? NO_FIGURE : text}</Typography.Text>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {level === null ? t('routing.board.noAnswersYet') : t('routing.board.inTargetOf', { met: row.answeredInTargetToday, total: row.answeredToday, target: formatAge(t, row.queue.targetSeconds) })}
      </Typography.Text>
    </div>
  );
}

function QueueCard({ row, now }: { row: QueueRow; now: number }) {
  const { t } = useTranslation();
  const oldest = row.oldestWaitingSince ? formatAge(t, secondsSince(row.oldestWaitingSince, now)) : NO_FIGURE;
  return (
    <Card
      size="small"
      title={row.queue.name}
      extra={row.queue.active ? null : <Tag>{t('routing.inactive')}</Tag>}
      data-testid="queue-card"
      data-queue={row.queue.name}
    >
      <Row gutter={[16, 12]}>
        <Col xs={12} sm={6}>
          <Statistic title={t('routing.board.waiting')} value={row.waiting} data-testid="queue-waiting" />
        </Col>
        <Col xs={12} sm={6}>
          <Statistic title={t('routing.board.oldest')} value={oldest} data-testid="queue-oldest" />
        </Col>
        <Col xs={12} sm={6}>
          <Statistic title={t('routing.board.assignedToday')} value={row.assignedToday} data-testid="queue-assigned" />
        </Col>
        <Col xs={24} sm={6}>
          <ServiceLevel row={row} />
        </Col>
      </Row>
      <div style={{ marginTop: 12 }}>
        {row.items.length ? (
          <>
            <WaitingTable row={row} now={now} />
            {row.waiting > row.items.length ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('routing.board.more', { n: row.waiting - row.items.length })}
              </Typography.Text>
            ) : null}
          </>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('routing.board.nothingWaiting')} data-testid="queue-empty" />
        )}
      </div>
    </Card>
  );
}

export function BoardQueues({ rows, now }: { rows: readonly QueueRow[]; now: number }) {
  return (
    <Flex vertical gap="middle" data-testid="board-queues">
      {rows.map((row) => (
        <QueueCard key={row.queue.id} row={row} now={now} />
      ))}
    </Flex>
  );
}
