import { PlayCircleOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { errorCodeOf, errorMessageOf, fieldErrorsOf, StartOrderImportDocument, type OrderImportQuery } from '@rapport/web-data-access';
import { useCan } from '@rapport/web-core';
import { Alert, Button, Card, Flex, Radio, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { missingLabel, orderFieldLabel } from './order-labels';
import { initialMapping, isRequiredField, mappingToInput, missingGroups, ORDER_FIELDS, placeMappingErrors, setColumnField, type OrderColumnMap, type OrderField } from './order-mapping';

export type OrderImportDetail = NonNullable<OrderImportQuery['orderImport']>;

const PREVIEW_ROWS = 5;
const SKIP = '__skip__';

/**
 * Step 2: which order field each column fills (the API's suggestion preselected; fields the
 * import needs marked), a few rows as they will be read, and what to do with orders of people
 * Rapport does not know: create them as contacts (for those who may) or reject those rows. The
 * API's objections to the mapping appear on the column they concern.
 */
export function OrderMappingStep({ imp, onStarted }: { imp: OrderImportDetail; onStarted: () => void }) {
  const { t } = useTranslation();
  const mayCreate = useCan('contact', 'write');
  const [map, setMap] = useState<OrderColumnMap>(() => initialMapping(imp));
  const [create, setCreate] = useState(mayCreate && imp.createCustomers);
  const [placed, setPlaced] = useState<{ byColumn: Record<string, string[]>; general: string[] }>({ byColumn: {}, general: [] });
  const [start, { loading }] = useMutation(StartOrderImportDocument, { refetchQueries: ['OrderImports'] });
  const missing = missingGroups(map);

  const onStart = async () => {
    const mapping = mappingToInput(imp.columns, map);
    setPlaced({ byColumn: {}, general: [] });
    try {
      await start({ variables: { input: { importId: imp.id, mapping, createCustomers: create } } });
      onStarted();
    } catch (e) {
      const fields = fieldErrorsOf(e);
      if (fields.length) setPlaced(placeMappingErrors(fields, mapping));
      else setPlaced({ byColumn: {}, general: [errorCodeOf(e) ? (errorMessageOf(e) ?? t('orderImport.failed')) : t('errors.network')] });
    }
  };

  const sample = (i: number) =>
    imp.preview
      .slice(0, 3)
      .map((row) => row[i])
      .filter(Boolean)
      .join(' · ');
  const option = (f: OrderField) => ({ value: f, label: isRequiredField(f) ? t('orderImport.requiredField', { field: orderFieldLabel(t, f) }) : orderFieldLabel(t, f) });

  const columns: TableColumnsType<{ column: string; index: number }> = [
    { key: 'column', title: t('orderImport.column'), render: (_: unknown, r) => <Typography.Text strong>{r.column}</Typography.Text> },
    {
      key: 'sample',
      title: t('orderImport.sample'),
      responsive: ['md'],
      render: (_: unknown, r) => (
        <Typography.Text type="secondary" ellipsis style={{ maxWidth: 220 }}>
          {sample(r.index) || '—'}
        </Typography.Text>
      ),
    },
    {
      key: 'field',
      title: t('orderImport.field'),
      render: (_: unknown, r) => {
        const problems = placed.byColumn[r.column];
        return (
          <Flex vertical gap={4}>
            <Select<string>
              value={map[r.column] ?? SKIP}
              onChange={(v) => setMap(setColumnField(map, r.column, v === SKIP ? undefined : (v as OrderField)))}
              options={[{ value: SKIP, label: t('orderImport.dontImport') }, ...ORDER_FIELDS.map(option)]}
              aria-label={t('orderImport.fieldFor', { column: r.column })}
              status={problems ? 'error' : undefined}
              style={{ width: 200, maxWidth: '100%' }}
              data-testid={`order-map-${r.index}`}
            />
            {problems ? (
              <Typography.Text type="danger" role="alert" data-testid={`order-map-problem-${r.index}`}>
                {problems.join(' ')}
              </Typography.Text>
            ) : null}
          </Flex>
        );
      },
    },
  ];

  const previewColumns: TableColumnsType<{ key: number; cells: readonly string[] }> = imp.columns.map((c, i) => ({
    key: `${i}`,
    title: (
      <Flex vertical>
        <span>{c}</span>
        <Typography.Text type={map[c] ? 'success' : 'secondary'} style={{ fontSize: 12, fontWeight: 'normal' }}>
          {map[c] ? `→ ${orderFieldLabel(t, map[c])}` : t('orderImport.dontImport')}
        </Typography.Text>
      </Flex>
    ),
    render: (_: unknown, row) => row.cells[i] ?? '',
  }));

  return (
    <Flex vertical gap={16} data-testid="order-mapping">
      <Alert type="info" showIcon title={t('orderImport.fileSummary', { name: imp.fileName, rows: imp.totalRows, columns: imp.columns.length })} />
      <Card size="small" title={t('orderImport.mappingTitle')}>
        <Typography.Paragraph type="secondary">{t('orderImport.mappingHint')}</Typography.Paragraph>
        <Table rowKey="column" size="small" pagination={false} dataSource={imp.columns.map((column, index) => ({ column, index }))} columns={columns} scroll={{ x: 'max-content' }} data-testid="order-mapping-table" />
        {missing.length ? (
          <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('orderImport.stillMissing')} description={<ul style={{ margin: 0, paddingInlineStart: 18 }}>{missing.map((m) => <li key={m}>{missingLabel(t, m)}</li>)}</ul>} data-testid="order-mapping-missing" />
        ) : null}
      </Card>
      <Card size="small" title={t('orderImport.previewTitle', { rows: Math.min(PREVIEW_ROWS, imp.preview.length) })}>
        <Table size="small" pagination={false} dataSource={imp.preview.slice(0, PREVIEW_ROWS).map((cells, key) => ({ key, cells }))} columns={previewColumns} scroll={{ x: 'max-content' }} data-testid="order-preview" />
      </Card>
      <Card size="small" title={t('orderImport.unknownTitle')}>
        <Radio.Group value={create ? 'create' : 'reject'} onChange={(e) => setCreate(e.target.value === 'create')} aria-label={t('orderImport.unknownTitle')} data-testid="order-unknown">
          <Flex vertical gap={8}>
            <Radio value="create" disabled={!mayCreate} data-testid="order-unknown-create">
              {t('orderImport.unknownCreate')} <Typography.Text type="secondary">— {mayCreate ? t('orderImport.unknownCreateHint') : t('orderImport.unknownCreateDenied')}</Typography.Text>
            </Radio>
            <Radio value="reject" data-testid="order-unknown-reject">
              {t('orderImport.unknownReject')} <Typography.Text type="secondary">— {t('orderImport.unknownRejectHint')}</Typography.Text>
            </Radio>
          </Flex>
        </Radio.Group>
        {placed.general.length ? <Alert type="error" showIcon style={{ marginTop: 16 }} title={placed.general.join(' ')} data-testid="order-start-error" /> : null}
        <Flex justify="flex-end" style={{ marginTop: 16 }}>
          <Button type="primary" icon={<PlayCircleOutlined />} loading={loading} disabled={missing.length > 0} onClick={() => void onStart()} data-testid="order-start">
            {t('orderImport.start', { count: imp.totalRows, rows: imp.totalRows })}
          </Button>
        </Flex>
      </Card>
    </Flex>
  );
}
