import { localizeServerMessage, type LeadImportDetailFragment } from '@rapport/web-data-access';
import { formatDateTime } from '@rapport/web-ui';
import { Button, Card, Descriptions, Flex, Progress, Result, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { dedupLabel, importStatusLabel } from '../shared/intake-labels';
import { ImportProblems } from './import-problems';
import { ImportCounts, ReportLink, UndoButton, type UndoOutcome } from './import-result';

export const isRunning = (status: string | undefined) => status === 'QUEUED' || status === 'RUNNING';

/**
 * Step 3: the background job's progress (the page polls the import while it runs), then the
 * counts, the rows not imported and why, the report as CSV, and Undo.
 */
export function ImportRunStep({ imp, onAgain, onUndone }: { imp: LeadImportDetailFragment; onAgain: () => void; onUndone: (o: UndoOutcome) => void }) {
  const { t } = useTranslation();
  const top = useRef<HTMLDivElement>(null);
  // Start is at the bottom of a long mapping page: bring the progress (and later the result) into view.
  useEffect(() => {
    top.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [imp.status]);
  const details = (
    <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 16 }}>
      <Descriptions.Item label={t('intake.import.file')}>{imp.fileName}</Descriptions.Item>
      <Descriptions.Item label={t('intake.import.rows')}>{imp.totalRows}</Descriptions.Item>
      <Descriptions.Item label={t('intake.import.dedupTitle')}>{dedupLabel(t, imp.dedupPolicy)}</Descriptions.Item>
      <Descriptions.Item label={t('intake.import.route')}>{imp.routeLeads ? t('common.yes') : t('common.no')}</Descriptions.Item>
      {imp.startedAt ? <Descriptions.Item label={t('intake.import.startedAt')}>{formatDateTime(imp.startedAt)}</Descriptions.Item> : null}
      {imp.finishedAt ? <Descriptions.Item label={t('intake.import.finishedAt')}>{formatDateTime(imp.finishedAt)}</Descriptions.Item> : null}
    </Descriptions>
  );

  if (isRunning(imp.status)) {
    return (
      <Card ref={top} title={t('intake.import.runningTitle', { name: imp.fileName })} data-testid="import-progress">
        <Progress percent={imp.progress} status="active" aria-label={t('intake.import.progressLabel')} data-testid="import-progress-bar" />
        <Typography.Text type="secondary" data-testid="import-status">
          {importStatusLabel(t, imp.status)}
        </Typography.Text>
        {details}
      </Card>
    );
  }

  const ok = imp.status === 'DONE';
  return (
    <Card ref={top} data-testid="import-result">
      <Result
        status={ok ? 'success' : imp.status === 'UNDONE' ? 'info' : 'error'}
        title={ok ? t('intake.import.doneTitle', { created: imp.createdCount }) : imp.status === 'UNDONE' ? t('intake.import.undoneTitle') : t('intake.import.failedTitle')}
        subTitle={imp.status === 'FAILED' ? (imp.error ? localizeServerMessage(imp.error, imp.errorKey, imp.errorParams) : t('errors.generic')) : undefined}
        extra={
          <Flex gap="small" wrap justify="center">
            <ReportLink imp={imp} />
            <UndoButton imp={imp} onUndone={onUndone} />
            <Button type="primary" onClick={onAgain} data-testid="import-again">
              {t('intake.import.again')}
            </Button>
          </Flex>
        }
      />
      <ImportCounts imp={imp} />
      {details}
      {imp.errorCount + imp.duplicateCount > 0 ? <ImportProblems importId={imp.id} /> : null}
    </Card>
  );
}
