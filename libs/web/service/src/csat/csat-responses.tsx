import { WarningOutlined } from '@ant-design/icons';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { CsatResponsesDocument, errorMessageOf } from '@rapport/web-data-access';
import { serviceCasePath } from '@rapport/web-core';
import { EmptyState, ErrorState, formatDateTime } from '@rapport/web-ui';
import { Button, Card, Checkbox, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { channelTextLabel } from '../cases/case-labels';
import { isLowRating, type CsatResponseNode } from './csat-model';
import { RATING_COLORS } from './csat-report-charts';

export const RESPONSES_PAGE = 20;
const LIST = { listStyle: 'none', margin: 0, padding: 0 } as const;
const ROW = { padding: '8px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' } as const;

/** One answer: its rating (a number and stars, "low" said in words), the comment, the case, agent and date. */
function ResponseRow({ r, threshold }: { r: CsatResponseNode; threshold: number }) {
  const { t } = useTranslation();
  const low = isLowRating(r.rating, threshold);
  return (
    <li data-testid="csat-response-row" data-low={low ? 'true' : undefined} style={ROW}>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex wrap gap={8} align="center">
          <Typography.Text strong data-testid="csat-response-rating" style={{ color: RATING_COLORS[r.rating - 1] }} aria-label={t('csat.responses.ratingOf', { n: r.rating })}>
            {'★'.repeat(r.rating)}
            {'☆'.repeat(5 - r.rating)} {r.rating}/5
          </Typography.Text>
          {low ? (
            <Tag color="error" icon={<WarningOutlined />} data-testid="csat-response-low">
              {t('csat.responses.low')}
            </Tag>
          ) : null}
          <Link to={serviceCasePath(r.caseId)} data-testid="csat-response-case">
            {t('csat.responses.case', { number: r.caseNumber, subject: r.caseSubject })}
          </Link>
        </Flex>
        {r.comment ? (
          <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }} data-testid="csat-response-comment">
            {r.comment}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('csat.responses.noComment')}</Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[r.agentName ?? t('csat.responses.noAgent'), channelTextLabel(t, r.channel), formatDateTime(r.answeredAt), r.viaPortal ? t('csat.responses.viaPortal') : t('csat.responses.viaMail')].filter(Boolean).join(' · ')}
        </Typography.Text>
      </Flex>
    </li>
  );
}

/**
 * The answers given in the period, newest first, within the reader's scope; "low only" narrows them
 * to the ratings at or below the threshold. More load under the ones shown (a phone scrolls).
 */
export function CsatResponses({ from, to, threshold }: { from: string; to: string; threshold: number }) {
  const { t } = useTranslation();
  const [lowOnly, setLowOnly] = useState(false);
  const filter = { from, to, ...(lowOnly ? { maxRating: threshold } : {}) };
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(CsatResponsesDocument, { variables: { first: RESPONSES_PAGE, filter }, notifyOnNetworkStatusChange: true });
  const connection = data?.csatResponses;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const more = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({ csatResponses: { ...fetchMoreResult.csatResponses, edges: [...(prev.csatResponses?.edges ?? []), ...fetchMoreResult.csatResponses.edges] } }) as typeof fetchMoreResult,
    });

  let body;
  if (!connection && error) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!connection) body = <Skeleton active paragraph={{ rows: 4 }} data-testid="csat-responses-loading" />;
  else if (!rows.length)
    body = (
      <EmptyState
        compact
        description={<span data-testid="csat-responses-empty">{lowOnly ? t('csat.responses.emptyLow') : t('csat.responses.empty')}</span>}
      />
    );
  else
    body = (
      <>
        <ul style={LIST} data-testid="csat-responses-list">
          {rows.map((r) => (
            <ResponseRow key={r.id} r={r} threshold={threshold} />
          ))}
        </ul>
        {connection.pageInfo.hasNextPage ? (
          <Button block loading={networkStatus === NetworkStatus.fetchMore} onClick={() => void more()} data-testid="csat-responses-more">
            {t('csat.responses.more')}
          </Button>
        ) : null}
      </>
    );

  return (
    <Card
      size="small"
      title={t('csat.responses.title')}
      extra={
        <Checkbox checked={lowOnly} onChange={(e) => setLowOnly(e.target.checked)} data-testid="csat-responses-low-only">
          {t('csat.responses.lowOnly', { n: threshold })}
        </Checkbox>
      }
      data-testid="csat-responses"
    >
      <Typography.Paragraph type="secondary">{t('csat.responses.note')}</Typography.Paragraph>
      {body}
    </Card>
  );
}
