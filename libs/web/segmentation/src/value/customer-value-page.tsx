import { useQuery } from '@apollo/client/react';
import { ClvModelRunsDocument, errorMessageOf, RfmGridDocument, TopCustomersByClvDocument } from '@rapport/web-data-access';
import { usePageTitle, usePermissions } from '@rapport/web-core';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { Flex } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ActiveRun, ModelPanel } from './model-panel';
import { RfmGrid } from './rfm-grid';
import { RunMetricsButton } from './run-metrics-modal';
import { TOP_CUSTOMERS, TopCustomers } from './top-customers';
import { VALUE_NEEDS } from './value-access';
import { buildRfmGrid, isActive, latestSucceeded } from './value-model';

/** Runs listed (newest first). */
export const RUNS_SHOWN = 10;
/** How often a queued or running run is asked after. */
export const POLL_MS = 2000;

/**
 * Customer value (issue 17): the RFM grid of everyone who has bought, the CLV model of the latest
 * metrics run with its holdout check and the recent runs, and the most valuable customers. "Run
 * now" for those who may start a run; while one is queued or running its progress shows and the
 * runs are polled, and the grid and top customers are read again once it is done. Before the first
 * run the page says so plainly rather than showing an empty grid.
 */
export function CustomerValuePage() {
  const { t } = useTranslation();
  usePageTitle(t('customerValue.title'));
  const canRun = usePermissions().allows(VALUE_NEEDS.run);
  const runsQ = useQuery(ClvModelRunsDocument, { variables: { first: RUNS_SHOWN }, fetchPolicy: 'cache-and-network' });
  const gridQ = useQuery(RfmGridDocument, { fetchPolicy: 'cache-and-network' });
  const topQ = useQuery(TopCustomersByClvDocument, { variables: { first: TOP_CUSTOMERS }, fetchPolicy: 'cache-and-network' });
  const runs = (runsQ.data ?? runsQ.previousData)?.clvModelRuns;
  const active = runs?.find((r) => isActive(r.status));
  const grid = useMemo(() => buildRfmGrid(gridQ.data?.rfmGrid ?? []), [gridQ.data]);
  const latest = runs ? latestSucceeded(runs) : undefined;

  const { startPolling, stopPolling } = runsQ;
  const refetchGrid = gridQ.refetch;
  const refetchTop = topQ.refetch;
  const wasActive = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (active) startPolling(POLL_MS);
    else stopPolling();
    // A run that was being followed and is no longer: its results are in (or it failed; reading again is harmless).
    if (wasActive.current && !active) {
      void refetchGrid();
      void refetchTop();
    }
    wasActive.current = active?.id;
    return () => stopPolling();
  }, [active, startPolling, stopPolling, refetchGrid, refetchTop]);

  const onQueued = () => void runsQ.refetch();
  const header = (
    <PageHeader title={t('customerValue.title')} subtitle={t('customerValue.subtitle')} extra={canRun && runs?.length ? <RunMetricsButton onQueued={onQueued} /> : undefined} />
  );

  if (!runs && runsQ.loading) return (<>{header}<LoadingState /></>);
  if (!runs) return (<>{header}<ErrorState message={errorMessageOf(runsQ.error)} onRetry={() => void runsQ.refetch()} /></>);
  if (!runs.length)
    return (
      <>
        {header}
        <EmptyState
          description={<span data-testid="value-empty">{canRun ? t('customerValue.empty.runner') : t('customerValue.empty.reader')}</span>}
          action={canRun ? <RunMetricsButton onQueued={onQueued} testId="value-run-first" /> : undefined}
        />
      </>
    );

  const gridBody = gridQ.data ? (
    <RfmGrid grid={grid} asOf={latest?.asOf} />
  ) : gridQ.loading ? (
    <LoadingState />
  ) : (
    <ErrorState message={errorMessageOf(gridQ.error)} onRetry={() => void gridQ.refetch()} />
  );
  const topBody = topQ.data ? (
    <TopCustomers customers={topQ.data.topCustomersByClv} />
  ) : topQ.loading ? (
    <LoadingState />
  ) : (
    <ErrorState message={errorMessageOf(topQ.error)} onRetry={() => void topQ.refetch()} />
  );

  return (
    <>
      {header}
      <Flex vertical gap={16}>
        {active ? <ActiveRun run={active} /> : null}
        {gridBody}
        <ModelPanel runs={runs} />
        {topBody}
      </Flex>
    </>
  );
}

export default CustomerValuePage;
