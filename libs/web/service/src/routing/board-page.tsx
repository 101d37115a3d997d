import { useQuery } from '@apollo/client/react';
import { errorCodeOf, errorMessageOf, RoutingBoardDocument } from '@rapport/web-data-access';
import { NoAccess, useCan, usePageTitle } from '@rapport/web-core';
import { EmptyState, ErrorState, PageHeader } from '@rapport/web-ui';
import dayjs from 'dayjs';
import { Alert, Button, Card, Flex, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { BoardAgents } from './board-agents';
import { BoardQueues } from './board-queues';
import { CallStats } from './call-stats';
import { ROUTING_NEEDS } from './routing-access';
import { BOARD_POLL_MS, parseStatPeriod, skillNamer, useNow, type Board } from './routing-model';
import { ROUTING_SETUP_PATH } from './routes';

/** No queue yet: writers get the way to set one up, readers are told whom it is up to. */
function NoQueues() {
  const { t } = useTranslation();
  const canWrite = useCan('routing', 'write');
  const navigate = useNavigate();
  return (
    <Card data-testid="board-no-queues">
      <EmptyState
        description={
          <>
            <Typography.Paragraph strong style={{ marginBottom: 4 }}>
              {t('routing.board.noQueues')}
            </Typography.Paragraph>
            <Typography.Text type="secondary">{canWrite ? t('routing.board.noQueuesWriter') : t('routing.board.noQueuesReader')}</Typography.Text>
          </>
        }
        action={
          canWrite ? (
            <Button type="primary" onClick={() => void navigate(ROUTING_SETUP_PATH)} data-testid="board-setup-link">
              {t('routing.board.setUp')}
            </Button>
          ) : null
        }
      />
    </Card>
  );
}

function BoardView({ board, nameOf }: { board: Board; nameOf: (key: string) => string }) {
  const now = useNow();
  return (
    <Flex vertical gap="middle" data-testid="board">
      {board.queues.length ? <BoardQueues rows={board.queues} now={now} /> : <NoQueues />}
      <BoardAgents agents={board.agents} nameOf={nameOf} />
    </Flex>
  );
}

/**
 * The supervisors' live board (issue 19 item 2): per queue what waits and for how long, today's
 * service level and assignments; the agents with presence and load; calls per agent and line. It
 * asks again every 5 seconds and says when the figures are from, so a stalled board is visible.
 */
export function RoutingBoardPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('routing.board.title'));
  const [params, setParams] = useSearchParams();
  const period = parseStatPeriod(params.get('calls'));
  const { data, previousData, error, refetch } = useQuery(RoutingBoardDocument, { variables: { language: i18n.language }, pollInterval: BOARD_POLL_MS, notifyOnNetworkStatusChange: false });
  const last = data ?? previousData;
  const board = last?.routingBoard;

  if (errorCodeOf(error) === 'FORBIDDEN') return <NoAccess needs={ROUTING_NEEDS.read} />;

  let body: ReactNode;
  if (error && !board) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!board) body = <Skeleton active paragraph={{ rows: 8 }} data-testid="board-loading" />;
  else body = <BoardView board={board} nameOf={skillNamer(last.serviceSkills)} />;

  return (
    <>
      <PageHeader title={t('routing.board.title')} subtitle={t('routing.board.subtitle')} />
      {board ? (
        <Typography.Paragraph type="secondary" data-testid="board-updated" aria-live="off">
          {t('routing.board.updated', { at: dayjs(board.at).format('HH:mm:ss') })}
        </Typography.Paragraph>
      ) : null}
      {/* A failed poll keeps the last board on screen and says the figures may be stale. */}
      {error && board ? <Alert type="warning" showIcon title={t('routing.board.stale', { error: errorMessageOf(error) ?? t('errors.loadFailed') })} style={{ marginBottom: 16 }} data-testid="board-stale" /> : null}
      <Flex vertical gap="middle">
        {body}
        <CallStats period={period} onPeriod={(p) => setParams((prev) => new URLSearchParams({ ...Object.fromEntries(prev), calls: p }), { replace: true })} />
      </Flex>
    </>
  );
}

export default RoutingBoardPage;
