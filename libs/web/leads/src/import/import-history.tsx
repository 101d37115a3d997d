import { useQuery } from '@apollo/client/react';
import { LeadImportsDocument, type LeadImportSummaryFragment } from '@rapport/web-data-access';
import { Card, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { dateTimeCell, ownerCell } from '@rapport/web-core';
import { ConnectionTable } from '@rapport/web-core';
import { useCursorStack } from '@rapport/web-core';
import { IMPORT_STATUS_COLORS, importStatusLabel } from '../shared/intake-labels';
import { ReportLink, UndoButton, type UndoOutcome } from './import-result';

const PAGE_SIZE = 10;

/** Earlier imports (newest first) with their outcome, report and Undo. */
export function ImportHistory({ onOpen, onUndone }: { onOpen: (id: string) => void; onUndone: (o: UndoOutcome) => void }) {
  const { t } = useTranslation();
  const cursors = useCursorStack('imports');
  const { data, previousData, loading, error, refetch } = useQuery(LeadImportsDocument, { variables: { first: PAGE_SIZE, after: cursors.after }, notifyOnNetworkStatusChange: true });

  const columns: TableColumnsType<LeadImportSummaryFragment> = [
    {
      key: 'file',
      title: t('intake.import.file'),
      render: (_: unknown, imp) => (
        <Typography.Link onClick={() => onOpen(imp.id)} data-testid={`import-open-${imp.id}`}>
          {imp.fileName}
        </Typography.Link>
      ),
    },
    {
      key: 'status',
      title: t('intake.forms.status'),
      render: (_: unknown, imp) => (
        <Tag color={IMPORT_STATUS_COLORS[imp.status]} data-testid={`import-status-${imp.id}`}>
          {importStatusLabel(t, imp.status)}
        </Tag>
      ),
    },
    { key: 'rows', title: t('intake.import.rows'), align: 'end', render: (_: unknown, imp) => imp.totalRows },
    {
      key: 'outcome',
      title: t('intake.import.outcome'),
      render: (_: unknown, imp) =>
        imp.status === 'UNDONE'
          ? t('intake.import.undoneLine', { removed: imp.removedCount, restored: imp.restoredCount })
          : t('intake.import.outcomeLine', { created: imp.createdCount, updated: imp.updatedCount + imp.mergedCount, duplicates: imp.duplicateCount, errors: imp.errorCount }),
    },
    { key: 'by', title: t('intake.import.by'), render: (_: unknown, imp) => ownerCell(imp.createdBy) },
    { key: 'at', title: t('common.created'), render: (_: unknown, imp) => dateTimeCell(imp.createdAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, imp) => (
        <Flex gap="small">
          {imp.status === 'UPLOADED' ? null : <ReportLink imp={imp} size="small" />}
          <UndoButton imp={imp} size="small" onUndone={onUndone} />
        </Flex>
      ),
    },
  ];

  return (
    <Card title={t('intake.import.historyTitle')} style={{ marginTop: 16 }}>
      <ConnectionTable<LeadImportSummaryFragment>
        testId="import-history"
        connection={(data ?? previousData)?.leadImports}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        columns={columns}
        cursors={cursors}
        empty={t('intake.import.historyEmpty')}
        compactPager
      />
    </Card>
  );
}
