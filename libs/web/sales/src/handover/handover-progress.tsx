import { useQuery } from '@apollo/client/react';
import { errorMessageOf, HandoverDocument, UserDocument } from '@rapport/web-data-access';
import { ErrorState, formatDateTime, LoadingState } from '@rapport/web-ui';
import { Button, Card, Descriptions, Progress, Result } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

const POLL_MS = 1000;

function statusLabel(t: TFunction, status: string): string {
  switch (status) {
    case 'queued':
      return t('handover.status.queued');
    case 'running':
      return t('handover.status.running');
    case 'done':
      return t('handover.status.done');
    case 'failed':
      return t('handover.status.failed');
    default:
      return status;
  }
}

export const isFinished = (status: string | undefined) => status === 'done' || status === 'failed';

/**
 * A running handover: the background job's progress, asked for every second until it is done
 * or failed, then the result.
 */
export function HandoverProgress({ id, onRestart }: { id: string; onRestart: () => void }) {
  const { t } = useTranslation();
  const { data, error, refetch, previousData, stopPolling } = useQuery(HandoverDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
    pollInterval: POLL_MS,
  });
  const handover = (data ?? previousData)?.handover;
  const finished = isFinished(handover?.status);
  // The handover names its person by id; the address carries only the handover's id.
  const from = useQuery(UserDocument, { variables: { id: handover?.fromUserId ?? '' }, skip: !handover });
  const fromName = from.data?.user?.name;
  // A finished (or vanished) job has nothing more to say.
  useEffect(() => {
    if (finished || (data && !data.handover)) stopPolling();
  }, [finished, data, stopPolling]);

  if (!handover && error) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (!handover && !data) return <LoadingState />;
  if (!handover) return <Result status="404" title={t('handover.notFound')} extra={<Button onClick={onRestart}>{t('handover.again')}</Button>} />;

  const details = (
    <Descriptions size="small" column={{ xs: 1, md: 3 }}>
      <Descriptions.Item label={t('handover.moved')}>
        <span data-testid="handover-moved">{t('handover.movedOf', { moved: handover.moved, total: handover.total })}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('handover.started')}>{formatDateTime(handover.createdAt)}</Descriptions.Item>
      {handover.finishedAt ? <Descriptions.Item label={t('handover.finished')}>{formatDateTime(handover.finishedAt)}</Descriptions.Item> : null}
    </Descriptions>
  );

  if (finished) {
    const ok = handover.status === 'done';
    return (
      <Card data-testid="handover-result">
        <Result
          status={ok ? 'success' : 'error'}
          title={ok ? t('handover.doneTitle', { count: handover.moved, name: fromName ?? '' }) : t('handover.failedTitle')}
          subTitle={ok ? t('handover.doneBody') : (handover.error ?? t('errors.generic'))}
          extra={
            <Button type="primary" onClick={onRestart} data-testid="handover-again">
              {t('handover.again')}
            </Button>
          }
        />
        {details}
      </Card>
    );
  }

  return (
    <Card title={t('handover.progressTitle', { name: fromName ?? '' })} data-testid="handover-progress">
      <Progress percent={handover.progress} status="active" aria-label={t('handover.progressLabel')} data-testid="handover-progress-bar" />
      <p data-testid="handover-status">{statusLabel(t, handover.status)}</p>
      {details}
    </Card>
  );
}
