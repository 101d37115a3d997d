import { useQuery } from '@apollo/client/react';
import { errorMessageOf, OrderImportDocument } from '@rapport/web-data-access';
import { BackLink, usePageTitle } from '@rapport/web-core';
import { ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { Button, Result, Steps } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SEGMENTS_PATH } from '../segmentation-access';
import { OrderImportHistory } from './order-import-history';
import { isImportRunning } from './order-mapping';
import { OrderMappingStep } from './order-mapping-step';
import { OrderRunStep } from './order-run-step';
import { OrderUploadStep } from './order-upload-step';

const POLL_MS = 1000;

function ImportSteps({ current }: { current: number }) {
  const { t } = useTranslation();
  return <Steps current={current} size="small" responsive={false} style={{ marginBottom: 16 }} items={[{ title: t('orderImport.stepUpload') }, { title: t('orderImport.stepMap') }, { title: t('orderImport.stepRun') }]} />;
}

/** One import, followed from mapping to result; polled every second while the job runs. */
function ImportFlow({ id, onAgain }: { id: string; onAgain: () => void }) {
  const { t } = useTranslation();
  const { data, previousData, error, refetch, startPolling, stopPolling } = useQuery(OrderImportDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const imp = (data ?? previousData)?.orderImport;
  const running = isImportRunning(imp?.status);
  useEffect(() => {
    if (running) startPolling(POLL_MS);
    else stopPolling();
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);

  if (!imp && error) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (!imp && !data) return <LoadingState />;
  if (!imp)
    return (
      <Result
        status="404"
        title={t('orderImport.notFound')}
        extra={
          <Button onClick={onAgain} data-testid="order-again">
            {t('orderImport.again')}
          </Button>
        }
      />
    );
  return (
    <>
      <ImportSteps current={imp.status === 'uploaded' ? 1 : 2} />
      {imp.status === 'uploaded' ? <OrderMappingStep key={imp.id} imp={imp} onStarted={() => void refetch()} /> : <OrderRunStep imp={imp} onAgain={onAgain} />}
    </>
  );
}

/**
 * Import orders from CSV or XLSX (issue 17): upload, map columns (the API suggests from English
 * or Chinese headers), choose what happens to unknown customers, start, follow the job, see the
 * bad rows, undo. The import being worked on is in the address (`?import=`), so a reload comes
 * back to it. Orders feed RFM, customer value and the segments.
 */
export function OrderImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('orderImport.title'));
  const [params, setParams] = useSearchParams();
  const importId = params.get('import');
  return (
    <>
      <BackLink to={SEGMENTS_PATH} label={t('orderImport.backToSegments')} />
      <PageHeader title={t('orderImport.title')} subtitle={t('orderImport.subtitle')} />
      {importId ? (
        <ImportFlow key={importId} id={importId} onAgain={() => setParams({})} />
      ) : (
        <>
          <ImportSteps current={0} />
          <OrderUploadStep onUploaded={(id) => setParams({ import: id })} />
        </>
      )}
      <OrderImportHistory onOpen={(id) => setParams({ import: id })} />
    </>
  );
}

export default OrderImportPage;
