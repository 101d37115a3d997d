import { useQuery } from '@apollo/client/react';
import { errorMessageOf, LeadImportDocument } from '@rapport/web-data-access';
import { ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { Button, Result, Steps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '@rapport/web-core';
import { ImportHistory } from './import-history';
import { ImportMappingStep } from './import-mapping-step';
import { UndoOutcomeAlert, type UndoOutcome } from './import-result';
import { ImportRunStep, isRunning } from './import-run-step';
import { ImportUploadStep } from './import-upload-step';

const POLL_MS = 1000;

/** One import, followed from mapping to result; polled every second while the job runs. */
function ImportFlow({ id, onAgain, onUndone }: { id: string; onAgain: () => void; onUndone: (o: UndoOutcome) => void }) {
  const { t } = useTranslation();
  const { data, previousData, error, refetch, startPolling, stopPolling } = useQuery(LeadImportDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const imp = (data ?? previousData)?.leadImport;
  const running = isRunning(imp?.status);
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
        title={t('intake.import.notFound')}
        extra={
          <Button onClick={onAgain} data-testid="import-again">
            {t('intake.import.again')}
          </Button>
        }
      />
    );

  const step = imp.status === 'UPLOADED' ? 1 : 2;
  return (
    <>
      <Steps
        current={step}
        style={{ marginBottom: 16 }}
        items={[{ title: t('intake.import.stepUpload') }, { title: t('intake.import.stepMap') }, { title: t('intake.import.stepRun') }]}
      />
      {imp.status === 'UPLOADED' ? (
        <ImportMappingStep key={imp.id} imp={imp} onStarted={() => void refetch()} />
      ) : (
        <ImportRunStep imp={imp} onAgain={onAgain} onUndone={(o) => {
            onUndone(o);
            void refetch();
          }} />
      )}
    </>
  );
}

/**
 * Import leads from CSV or XLSX: upload, map columns, choose the duplicate policy, start, follow the
 * job, download the report, undo. The import being worked on is in the address (`?import=`), so a
 * reload or a notification link comes back to it.
 */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('intake.import.title'));
  const [params, setParams] = useSearchParams();
  const importId = params.get('import');
  const [undone, setUndone] = useState<UndoOutcome>();

  return (
    <>
      <PageHeader title={t('intake.import.title')} subtitle={t('intake.import.subtitle')} />
      {undone ? <UndoOutcomeAlert outcome={undone} onClose={() => setUndone(undefined)} /> : null}
      {importId ? (
        <ImportFlow key={importId} id={importId} onAgain={() => setParams({})} onUndone={setUndone} />
      ) : (
        <>
          <Steps current={0} style={{ marginBottom: 16 }} items={[{ title: t('intake.import.stepUpload') }, { title: t('intake.import.stepMap') }, { title: t('intake.import.stepRun') }]} />
          <ImportUploadStep onUploaded={(id) => setParams({ import: id })} />
        </>
      )}
      <ImportHistory onOpen={(id) => setParams({ import: id })} onUndone={setUndone} />
    </>
  );
}

export default ImportPage;
