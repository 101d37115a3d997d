import { CheckCircleFilled, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, UnansweredLeadsDocument, UnansweredSummaryDocument, type UnansweredLeadRowFragment } from '@rapport/web-data-access';
import { EmptyState, ErrorState, PageHeader } from '@rapport/web-ui';
import { Alert, Button, Card, Col, Flex, Row, Segmented, Skeleton, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@rapport/web-core';
import { ConnectionTable } from '@rapport/web-core';
import { useCursorStack } from '@rapport/web-core';
import { sourceLabel } from '../shared/intake-labels';
import { formatAge } from '../shared/sla-format';
import { useNow } from '../shared/use-now';
import { SourceBars } from './source-bars';
import { unansweredColumns } from './unanswered-columns';

const PAGE_SIZE = 20;
// The board is a wall display for managers: refresh it without a reload, but not hammer the API.
const POLL_MS = 30_000;
const ALL = '__all__';

/**
 * Unanswered inquiries: how many leads still wait for a first response (the number that should read
 * zero), by source with their SLA state, and the waiting leads oldest first with why they went to
 * whom. Everyone sees what the API's visibility gives them: a rep their own, a manager the team's.
 */
export function UnansweredPage() {
  const { t } = useTranslation();
  usePageTitle(t('intake.unanswered.title'));
  const now = useNow();
  const [source, setSource] = useState<string>(ALL);
  const summary = useQuery(UnansweredSummaryDocument, { pollInterval: POLL_MS, notifyOnNetworkStatusChange: true });
  const cursors = useCursorStack(source);
  const list = useQuery(UnansweredLeadsDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, source: source === ALL ? null : source },
    pollInterval: POLL_MS,
    notifyOnNetworkStatusChange: true,
  });
  const columns = useMemo(() => unansweredColumns(t, now), [t, now]);
  const data = (summary.data ?? summary.previousData)?.unansweredSummary;
  const atRisk = data?.bySource.reduce((n, s) => n + s.atRisk, 0) ?? 0;
  const oldest = data?.bySource.reduce<string | null>((o, s) => (s.oldestReceivedAt && (!o || s.oldestReceivedAt < o) ? s.oldestReceivedAt : o), null);

  const refresh = () => {
    void summary.refetch();
    void list.refetch();
  };

  const headline = () => {
    if (summary.error && !data) return <ErrorState message={errorMessageOf(summary.error)} onRetry={() => void summary.refetch()} />;
    if (!data) return <Skeleton active paragraph={{ rows: 2 }} />;
    return (
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Statistic
            title={t('intake.unanswered.headline')}
            value={data.total}
            styles={{ content: { color: data.total === 0 ? '#389e0d' : data.breached > 0 ? '#cf1322' : undefined, fontSize: 40 } }}
            prefix={data.total === 0 ? <CheckCircleFilled /> : undefined}
            data-testid="unanswered-total"
          />
          <Typography.Text type="secondary">{data.total === 0 ? t('intake.unanswered.allAnswered') : t('intake.unanswered.shouldBeZero')}</Typography.Text>
        </Col>
        <Col xs={12} md={5}>
          <Statistic title={t('intake.sla.breached')} value={data.breached} styles={{ content: { color: data.breached ? '#cf1322' : undefined } }} data-testid="unanswered-breached" />
        </Col>
        <Col xs={12} md={5}>
          <Statistic title={t('intake.sla.atRisk')} value={atRisk} styles={{ content: { color: atRisk ? '#d46b08' : undefined } }} data-testid="unanswered-at-risk" />
        </Col>
        <Col xs={24} md={6}>
          <Statistic title={t('intake.unanswered.oldest')} value={formatAge(t, oldest, now) ?? '—'} data-testid="unanswered-oldest" />
        </Col>
      </Row>
    );
  };

  const filterOptions = [
    { value: ALL, label: <span data-testid="unanswered-filter-all">{t('intake.unanswered.allSources')}</span> },
    ...(data?.bySource ?? []).map((s) => ({ value: s.source, label: <span data-testid={`unanswered-filter-${s.source}`}>{`${sourceLabel(t, s.source)} (${s.open})`}</span> })),
  ];

  return (
    <div data-testid="unanswered-page">
      <PageHeader
        title={t('intake.unanswered.title')}
        subtitle={t('intake.unanswered.subtitle')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={refresh} loading={summary.loading || list.loading} data-testid="unanswered-refresh">
            {t('intake.common.refresh')}
          </Button>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card style={{ height: '100%' }} data-testid="unanswered-summary">
            {headline()}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('intake.unanswered.bySource')} style={{ height: '100%' }}>
            {data && data.bySource.length > 0 ? (
              <SourceBars rows={data.bySource} now={now} />
            ) : data ? (
              <EmptyState compact description={t('intake.unanswered.nothingWaiting')} />
            ) : (
              <Skeleton active paragraph={{ rows: 3 }} />
            )}
          </Card>
        </Col>
      </Row>
      <Card style={{ marginTop: 16 }} title={t('intake.unanswered.listTitle')}>
        {summary.error && data ? <Alert type="warning" showIcon title={errorMessageOf(summary.error) ?? t('errors.loadFailed')} style={{ marginBottom: 16 }} /> : null}
        <Flex style={{ marginBottom: 16, overflowX: 'auto' }}>
          <Segmented value={source} onChange={(v) => setSource(String(v))} options={filterOptions} aria-label={t('intake.unanswered.filterLabel')} data-testid="unanswered-filter" />
        </Flex>
        <ConnectionTable<UnansweredLeadRowFragment>
          testId="unanswered-table"
          connection={(list.data ?? list.previousData)?.unansweredLeads}
          loading={list.loading}
          error={list.error}
          onRetry={() => void list.refetch()}
          columns={columns}
          cursors={cursors}
          empty={t('intake.unanswered.empty')}
        />
      </Card>
    </div>
  );
}

export default UnansweredPage;
