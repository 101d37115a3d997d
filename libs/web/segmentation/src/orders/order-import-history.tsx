import { useQuery } from '@apollo/client/react';
import { errorMessageOf, OrderImportsDocument, type OrderImportFieldsFragment } from '@rapport/web-data-access';
import { EmptyState, ErrorState, formatDateTime } from '@rapport/web-ui';
import { Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { importStatusLabel, STATUS_COLORS } from './order-labels';
import { UndoImportButton } from './order-run-step';

const PAGE_SIZE = 10;

/** Recent imports, newest first (the viewer's own, or everyone's for those who import for the company), each openable, with Undo. */
export function OrderImportHistory({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OrderImportsDocument, { fetchPolicy: 'cache-and-network' });
  const number = (n: number) => n.toLocaleString(i18n.language);

  const columns: TableColumnsType<OrderImportFieldsFragment> = [
    {
      key: 'file',
      title: t('orderImport.file'),
      render: (_: unknown, imp) => (
        <Typography.Link onClick={() => onOpen(imp.id)} data-testid={`order-open-${imp.id}`}>
          {imp.fileName}
        </Typography.Link>
      ),
    },
    {
      key: 'status',
      title: t('orderImport.statusColumn'),
      render: (_: unknown, imp) => (
        <Tag color={STATUS_COLORS[imp.status]} data-testid={`order-status-${imp.id}`}>
          {importStatusLabel(t, imp.status)}
        </Tag>
      ),
    },
    { key: 'rows', title: t('orderImport.rows'), align: 'end', render: (_: unknown, imp) => number(imp.totalRows) },
    {
      key: 'outcome',
      title: t('orderImport.outcome'),
      render: (_: unknown, imp) => (imp.status === 'succeeded' || imp.status === 'undone' ? t('orderImport.outcomeLine', { created: number(imp.created), updated: number(imp.updated), bad: number(imp.badRows) }) : '—'),
    },
    { key: 'at', title: t('orderImport.uploadedAt'), render: (_: unknown, imp) => formatDateTime(imp.createdAt) },
    {
      key: 'actions',
      title: t('orderImport.actions'),
      render: (_: unknown, imp) => (
        <Flex gap="small">
          <UndoImportButton imp={imp} size="small" />
        </Flex>
      ),
    },
  ];

  return (
    <Card size="small" title={t('orderImport.historyTitle')} style={{ marginTop: 16 }}>
      {!data && error ? (
        <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />
      ) : (
        <Table<OrderImportFieldsFragment>
          rowKey="id"
          size="small"
          loading={loading && !data}
          columns={columns}
          dataSource={data?.orderImports ?? []}
          pagination={(data?.orderImports.length ?? 0) > PAGE_SIZE ? { pageSize: PAGE_SIZE, showSizeChanger: false, size: 'small' } : false}
          locale={{ emptyText: <EmptyState compact description={t('orderImport.historyEmpty')} /> }}
          scroll={{ x: 'max-content' }}
          data-testid="order-history"
        />
      )}
    </Card>
  );
}
