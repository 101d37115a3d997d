import { RollbackOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { errorMessageOf, UndoOrderImportDocument, type OrderImportFieldsFragment } from '@rapport/web-data-access';
import { formatDateTime, withTestId } from '@rapport/web-ui';
import { App, Button, Card, Col, Descriptions, Flex, Popconfirm, Progress, Result, Row, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { importStatusLabel } from './order-labels';
import { canUndoImport, isImportRunning } from './order-mapping';
import type { OrderImportDetail } from './order-mapping-step';

const PROBLEMS_PAGE = 20;

/** "Undo" with a confirmation: removes the orders the import created (orders it updated keep their new values). */
export function UndoImportButton({ imp, size }: { imp: Pick<OrderImportFieldsFragment, 'id' | 'fileName' | 'status'>; size?: 'small' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [undo, { loading }] = useMutation(UndoOrderImportDocument, { refetchQueries: ['OrderImports'] });
  if (!canUndoImport(imp.status)) return null;
  const run = async () => {
    try {
      await undo({ variables: { input: { id: imp.id } } });
      void message.success(t('orderImport.undone'));
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('orderImport.failed'));
    }
  };
  return (
    <Popconfirm
      title={t('orderImport.undoTitle', { name: imp.fileName })}
      description={t('orderImport.undoBody')}
      okText={t('orderImport.undo')}
      cancelText={t('orderImport.cancel')}
      okButtonProps={withTestId({ danger: true }, 'order-undo-confirm')}
      onConfirm={() => run()}
    >
      <Button size={size} danger icon={<RollbackOutlined />} loading={loading} aria-label={t('orderImport.undoNamed', { name: imp.fileName })} data-testid={`order-undo-${imp.id}`}>
        {t('orderImport.undo')}
      </Button>
    </Popconfirm>
  );
}

type Problem = OrderImportDetail['problems'][number];

/** The rows not imported and why (the API keeps the first 1,000), a page at a time. */
function ProblemsTable({ imp }: { imp: OrderImportDetail }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Problem> = [
    { key: 'row', title: t('orderImport.row'), align: 'end', width: 72, render: (_: unknown, p) => p.row },
    { key: 'column', title: t('orderImport.column'), render: (_: unknown, p) => p.column ?? '—' },
    // The API sends these reasons in English only (no message keys yet).
    { key: 'message', title: t('orderImport.problem'), render: (_: unknown, p) => <span data-testid="order-problem-message">{p.message}</span> },
  ];
  return (
    <Card size="small" title={t('orderImport.problemsTitle', { count: imp.badRows, n: imp.badRows })} style={{ marginTop: 16 }} data-testid="order-problems">
      {imp.badRows > imp.problems.length ? <Typography.Paragraph type="secondary">{t('orderImport.problemsFirst', { n: imp.problems.length })}</Typography.Paragraph> : null}
      <Table<Problem>
        rowKey={(p) => `${p.row}:${p.column ?? ''}:${p.message}`}
        size="small"
        columns={columns}
        dataSource={imp.problems}
        pagination={imp.problems.length > PROBLEMS_PAGE ? { pageSize: PROBLEMS_PAGE, showSizeChanger: false, size: 'small' } : false}
        scroll={{ x: 'max-content' }}
        data-testid="order-problems-table"
      />
    </Card>
  );
}

/**
 * Step 3: the job's progress while it runs (the page polls), then what it did — orders created
 * and updated, customers created, rows not imported and why — with Undo and "Import another file".
 */
export function OrderRunStep({ imp, onAgain }: { imp: OrderImportDetail; onAgain: () => void }) {
  const { t, i18n } = useTranslation();
  const top = useRef<HTMLDivElement>(null);
  // Start sits at the bottom of a long mapping page: bring the progress (and later the result) into view.
  useEffect(() => {
    top.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [imp.status]);
  const number = (n: number) => n.toLocaleString(i18n.language);

  if (isImportRunning(imp.status)) {
    return (
      <Card ref={top} title={t('orderImport.runningTitle', { name: imp.fileName })} data-testid="order-progress">
        <Progress percent={imp.progress} status="active" aria-label={t('orderImport.progressLabel')} data-testid="order-progress-bar" />
        <Typography.Text type="secondary" role="status" data-testid="order-status">
          {importStatusLabel(t, imp.status)}
        </Typography.Text>
      </Card>
    );
  }

  const ok = imp.status === 'succeeded';
  const stats: [string, number, string][] = [
    [t('orderImport.created'), imp.created, 'created'],
    [t('orderImport.updated'), imp.updated, 'updated'],
    [t('orderImport.customersCreated'), imp.customersCreated, 'customers'],
    [t('orderImport.badRows'), imp.badRows, 'bad'],
  ];
  return (
    <Card ref={top} data-testid="order-result">
      <Result
        status={ok ? 'success' : imp.status === 'undone' ? 'info' : 'error'}
        title={ok ? t('orderImport.doneTitle', { name: imp.fileName }) : imp.status === 'undone' ? t('orderImport.undoneTitle') : t('orderImport.failedTitle')}
        subTitle={imp.status === 'failed' ? (imp.error ?? t('orderImport.failed')) : undefined}
        extra={
          <Flex gap="small" wrap justify="center">
            <UndoImportButton imp={imp} />
            <Button type="primary" onClick={onAgain} data-testid="order-again">
              {t('orderImport.again')}
            </Button>
          </Flex>
        }
      />
      {imp.status !== 'failed' ? (
        <Row gutter={[16, 16]} data-testid="order-counts">
          {stats.map(([title, value, key]) => (
            <Col xs={12} md={6} key={key}>
              <Statistic title={title} value={number(value)} styles={{ content: key === 'bad' && value > 0 ? { color: '#cf1322' } : undefined }} data-testid={`order-count-${key}`} />
            </Col>
          ))}
        </Row>
      ) : null}
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 16 }}>
        <Descriptions.Item label={t('orderImport.file')}>{imp.fileName}</Descriptions.Item>
        <Descriptions.Item label={t('orderImport.rows')}>{number(imp.totalRows)}</Descriptions.Item>
        {imp.finishedAt ? <Descriptions.Item label={t('orderImport.finishedAt')}>{formatDateTime(imp.finishedAt)}</Descriptions.Item> : null}
      </Descriptions>
      {imp.problems.length ? <ProblemsTable imp={imp} /> : null}
    </Card>
  );
}
