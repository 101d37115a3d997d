import { DownloadOutlined, RollbackOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { errorMessageOf, UndoLeadImportDocument, type LeadImportSummaryFragment } from '@rapport/web-data-access';
import { currentLanguage, withTestId } from '@rapport/web-ui';
import { Alert, App, Button, Col, Popconfirm, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';

export interface UndoOutcome {
  removed: number;
  restored: number;
  kept: number;
}

/** Undo can take back only a finished or failed import (the API's rule). */
export const canUndo = (imp: Pick<LeadImportSummaryFragment, 'status'>) => imp.status === 'DONE' || imp.status === 'FAILED';

/** The counts of a finished import. */
export function ImportCounts({ imp }: { imp: LeadImportSummaryFragment }) {
  const { t } = useTranslation();
  const stats: [string, number, string][] = [
    [t('intake.import.created'), imp.createdCount, 'created'],
    [t('intake.import.updated'), imp.updatedCount, 'updated'],
    [t('intake.import.merged'), imp.mergedCount, 'merged'],
    [t('intake.import.duplicates'), imp.duplicateCount, 'duplicates'],
    [t('intake.import.errors'), imp.errorCount, 'errors'],
  ];
  return (
    <Row gutter={[16, 16]} data-testid="import-counts">
      {stats.map(([title, value, key]) => (
        <Col xs={12} md={8} lg={4} key={key}>
          <Statistic title={title} value={value} styles={{ content: key === 'errors' && value > 0 ? { color: '#cf1322' } : undefined }} data-testid={`import-count-${key}`} />
        </Col>
      ))}
      {imp.status === 'UNDONE' ? (
        <>
          <Col xs={12} md={8} lg={4}>
            <Statistic title={t('intake.import.removed')} value={imp.removedCount} data-testid="import-count-removed" />
          </Col>
          <Col xs={12} md={8} lg={4}>
            <Statistic title={t('intake.import.restored')} value={imp.restoredCount} data-testid="import-count-restored" />
          </Col>
        </>
      ) : null}
    </Row>
  );
}

/** The validation report (one line per problem row) as CSV, straight from the API, its reasons in the app's language. */
export function ReportLink({ imp, size }: { imp: Pick<LeadImportSummaryFragment, 'id' | 'reportUrl'>; size?: 'small' }) {
  const { t } = useTranslation();
  const href = `${imp.reportUrl}?lang=${currentLanguage()}`;
  return (
    <Button size={size} icon={<DownloadOutlined />} href={href} download data-testid={`import-report-${imp.id}`}>
      {t('intake.import.report')}
    </Button>
  );
}

/** "Undo" with a confirmation; tells what it removed and restored. */
export function UndoButton({ imp, size, onUndone }: { imp: LeadImportSummaryFragment; size?: 'small'; onUndone?: (o: UndoOutcome) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [undo, { loading }] = useMutation(UndoLeadImportDocument, { refetchQueries: ['LeadImports'] });
  if (!canUndo(imp)) return null;
  const run = async () => {
    try {
      const { data } = await undo({ variables: { input: { importId: imp.id } } });
      if (!data) return;
      const o = data.undoLeadImport;
      void message.success(t('intake.import.undone', { removed: o.removed, restored: o.restored }));
      onUndone?.({ removed: o.removed, restored: o.restored, kept: o.kept });
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    }
  };
  return (
    <Popconfirm
      title={t('intake.import.undoTitle', { name: imp.fileName })}
      description={t('intake.import.undoBody')}
      okText={t('intake.import.undo')}
      cancelText={t('common.cancel')}
      okButtonProps={withTestId({ danger: true }, 'import-undo-confirm')}
      onConfirm={() => run()}
    >
      <Button size={size} danger icon={<RollbackOutlined />} loading={loading} data-testid={`import-undo-${imp.id}`}>
        {t('intake.import.undo')}
      </Button>
    </Popconfirm>
  );
}

/** What the last undo did, for the page that ran it. */
export function UndoOutcomeAlert({ outcome, onClose }: { outcome: UndoOutcome; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="success"
      showIcon
      closable={{ onClose }}
      title={t('intake.import.undoneTitle')}
      description={t('intake.import.undoneBody', { removed: outcome.removed, restored: outcome.restored, kept: outcome.kept })}
      style={{ marginBottom: 16 }}
      data-testid="import-undo-result"
    />
  );
}
