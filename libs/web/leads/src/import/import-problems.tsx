import { useQuery } from '@apollo/client/react';
import { LeadImportProblemsDocument, localizeServerMessage, type LeadImportProblemsQuery } from '@rapport/web-data-access';
import { ConnectionTable, useCursorStack } from '@rapport/web-core';
import { Card, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';

const PAGE_SIZE = 20;

type Problem = NonNullable<LeadImportProblemsQuery['leadImport']>['problems']['edges'][number]['node'] & { id: string };

/**
 * The rows an import did not turn into leads, page by page, each with its reason in the reader's
 * language (the API sends a catalogue key with the English; reports stored before there were keys
 * show the English as it was stored). The whole report is the CSV download beside it.
 */
export function ImportProblems({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const cursors = useCursorStack(importId);
  const { data, previousData, loading, error, refetch } = useQuery(LeadImportProblemsDocument, {
    variables: { id: importId, first: PAGE_SIZE, after: cursors.after },
    notifyOnNetworkStatusChange: true,
  });
  const problems = (data ?? previousData)?.leadImport?.problems;
  // A problem has no id of its own; its cursor (row and place in the row) is unique.
  const connection = problems && { ...problems, edges: problems.edges.map((e) => ({ node: { ...e.node, id: e.cursor } })) };

  const columns: TableColumnsType<Problem> = [
    { key: 'row', title: t('serverTexts.importProblems.row'), align: 'end', width: 80, render: (_: unknown, p) => p.row },
    { key: 'column', title: t('serverTexts.importProblems.column'), render: (_: unknown, p) => p.column ?? '—' },
    {
      key: 'value',
      title: t('serverTexts.importProblems.value'),
      render: (_: unknown, p) => (p.value ? <Typography.Text code>{p.value}</Typography.Text> : '—'),
    },
    {
      key: 'kind',
      title: t('serverTexts.importProblems.kind'),
      render: (_: unknown, p) => <Tag color={p.kind === 'ERROR' ? 'red' : 'gold'}>{p.kind === 'ERROR' ? t('serverTexts.importProblems.error') : t('serverTexts.importProblems.duplicate')}</Tag>,
    },
    {
      key: 'reason',
      title: t('serverTexts.importProblems.reason'),
      render: (_: unknown, p) => <span data-testid="import-problem-reason">{localizeServerMessage(p.reason, p.reasonKey, p.reasonParams)}</span>,
    },
  ];

  return (
    <Card title={t('serverTexts.importProblems.title')} style={{ marginTop: 16 }} data-testid="import-problems-card">
      <ConnectionTable<Problem>
        testId="import-problems"
        connection={connection}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        columns={columns}
        cursors={cursors}
        empty={t('serverTexts.importProblems.empty')}
        size="small"
        compactPager
      />
    </Card>
  );
}
