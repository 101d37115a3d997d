import { PlayCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorCodeOf, errorMessageOf, fieldErrorsOf, LeadImportMappingsDocument, StartLeadImportDocument, type LeadImportDetailFragment } from '@rapport/web-data-access';
import { Alert, Button, Card, Col, Flex, Input, Radio, Row, Select, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEDUP_POLICIES, dedupHint, dedupLabel, IMPORT_FIELDS, importFieldLabel } from '../shared/intake-labels';
import type { LeadImportDedupPolicy, LeadImportField } from '../shared/intake-types';
import { applySavedMapping, initialMapping, mappingProblems, mappingToInput, savedMappingFit, setColumnField, type ColumnMap } from './import-mapping';

const PREVIEW_ROWS = 10;
const SKIP = '__skip__';

/**
 * Step 2: which lead field each column fills (the API's suggestion preselected, saved mappings one
 * click away), a preview of the first rows as they will be read, what to do with duplicates, and
 * whether to route the new leads. Start queues the import job.
 */
export function ImportMappingStep({ imp, onStarted }: { imp: LeadImportDetailFragment; onStarted: () => void }) {
  const { t } = useTranslation();
  const [map, setMap] = useState<ColumnMap>(() => initialMapping(imp));
  const [dedup, setDedup] = useState<LeadImportDedupPolicy>(imp.dedupPolicy);
  const [route, setRoute] = useState(imp.routeLeads);
  const [saveAs, setSaveAs] = useState('');
  const [savedId, setSavedId] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const saved = useQuery(LeadImportMappingsDocument);
  const [start, { loading }] = useMutation(StartLeadImportDocument, { refetchQueries: ['LeadImports'] });
  const problems = mappingProblems(map);

  const savedOptions = useMemo(
    () =>
      (saved.data?.leadImportMappings ?? []).map((m) => {
        const fit = savedMappingFit(imp.columns, m.mapping);
        return { value: m.id, label: fit.fits ? m.name : t('intake.import.savedPartial', { name: m.name, matched: fit.matched, total: fit.total }) };
      }),
    [saved.data, imp.columns, t],
  );

  const applySaved = (id: string | undefined) => {
    setSavedId(id);
    const m = saved.data?.leadImportMappings.find((x) => x.id === id);
    if (m) {
      setMap((current) => applySavedMapping(imp.columns, current, m.mapping));
      setSaveAs(m.name);
    }
  };

  const onStart = async () => {
    setFormError(undefined);
    try {
      await start({
        variables: {
          input: { importId: imp.id, mapping: mappingToInput(imp.columns, map), dedupPolicy: dedup, routeLeads: route, ...(saveAs.trim() ? { saveMappingAs: saveAs.trim() } : {}) },
        },
      });
      onStarted();
    } catch (e) {
      // Mapping problems come back per column (`input.mapping.2.column`): list them all above Start.
      const fields = fieldErrorsOf(e).map((f) => f.message).filter(Boolean);
      setFormError(fields.length ? fields.join(' ') : errorCodeOf(e) ? (errorMessageOf(e) ?? t('errors.generic')) : t('errors.network'));
    }
  };

  const sample = (i: number) =>
    imp.preview
      .slice(0, 3)
      .map((row) => row[i])
      .filter(Boolean)
      .join(' · ');

  const mappingColumns: TableColumnsType<{ column: string; index: number }> = [
    { key: 'column', title: t('intake.import.column'), render: (_: unknown, r) => <Typography.Text strong>{r.column}</Typography.Text> },
    {
      key: 'sample',
      title: t('intake.import.sample'),
      render: (_: unknown, r) => (
        <Typography.Text type="secondary" ellipsis style={{ maxWidth: 260 }}>
          {sample(r.index) || '—'}
        </Typography.Text>
      ),
    },
    {
      key: 'field',
      title: t('intake.import.field'),
      render: (_: unknown, r) => (
        <Select<string>
          value={map[r.column] ?? SKIP}
          onChange={(v) => setMap(setColumnField(map, r.column, v === SKIP ? undefined : (v as LeadImportField)))}
          options={[{ value: SKIP, label: t('intake.import.dontImport') }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: importFieldLabel(t, f) }))]}
          aria-label={t('intake.import.fieldFor', { column: r.column })}
          style={{ width: 220 }}
          data-testid={`import-map-${r.index}`}
        />
      ),
    },
  ];

  const previewColumns: TableColumnsType<{ key: number; cells: string[] }> = imp.columns.map((c, i) => ({
    key: c,
    title: (
      <Flex vertical>
        <span>{c}</span>
        <Typography.Text type={map[c] ? 'success' : 'secondary'} style={{ fontSize: 12, fontWeight: 'normal' }}>
          {map[c] ? `→ ${importFieldLabel(t, map[c])}` : t('intake.import.dontImport')}
        </Typography.Text>
      </Flex>
    ),
    render: (_: unknown, row) => <span style={{ opacity: map[c] ? 1 : 0.45 }}>{row.cells[i] ?? ''}</span>,
  }));

  return (
    <Flex vertical gap={16} data-testid="import-mapping">
      <Alert type="info" showIcon title={t('intake.import.fileSummary', { name: imp.fileName, rows: imp.totalRows, columns: imp.columns.length })} />
      <Card title={t('intake.import.mappingTitle')}>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Typography.Text>{t('intake.import.useSaved')}</Typography.Text>
          <Select
            value={savedId}
            onChange={applySaved}
            options={savedOptions}
            allowClear
            loading={saved.loading}
            placeholder={savedOptions.length ? t('intake.import.pickSaved') : t('intake.import.noSaved')}
            disabled={!savedOptions.length}
            style={{ minWidth: 260 }}
            data-testid="import-saved-mapping"
          />
        </Flex>
        <Table rowKey="column" size="small" pagination={false} dataSource={imp.columns.map((column, index) => ({ column, index }))} columns={mappingColumns} scroll={{ x: 'max-content' }} data-testid="import-mapping-table" />
        {problems.includes('needsNameOrCompany') ? <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('intake.import.needsNameOrCompany')} data-testid="import-mapping-problem" /> : null}
        {problems.includes('nothingMapped') ? <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('intake.import.nothingMapped')} data-testid="import-mapping-problem" /> : null}
      </Card>
      <Card title={t('intake.import.previewTitle', { rows: Math.min(PREVIEW_ROWS, imp.preview.length) })}>
        <Table size="small" pagination={false} dataSource={imp.preview.slice(0, PREVIEW_ROWS).map((cells, key) => ({ key, cells }))} columns={previewColumns} scroll={{ x: 'max-content' }} data-testid="import-preview" />
      </Card>
      <Card title={t('intake.import.optionsTitle')}>
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={12}>
            <Typography.Text strong>{t('intake.import.dedupTitle')}</Typography.Text>
            <Radio.Group value={dedup} onChange={(e) => setDedup(e.target.value as LeadImportDedupPolicy)} style={{ display: 'block', marginTop: 8 }} aria-label={t('intake.import.dedupTitle')} data-testid="import-dedup">
              <Flex vertical gap={8}>
                {DEDUP_POLICIES.map((p) => (
                  <Radio key={p} value={p}>
                    <span data-testid={`import-dedup-${p}`}>
                      <Typography.Text>{dedupLabel(t, p)}</Typography.Text> <Typography.Text type="secondary">— {dedupHint(t, p)}</Typography.Text>
                    </span>
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
          </Col>
          <Col xs={24} lg={12}>
            <Flex vertical gap={16}>
              <Flex gap={8} align="center">
                <Switch checked={route} onChange={setRoute} aria-label={t('intake.import.route')} data-testid="import-route" />
                <Flex vertical>
                  <Typography.Text>{t('intake.import.route')}</Typography.Text>
                  <Typography.Text type="secondary">{t('intake.import.routeHint')}</Typography.Text>
                </Flex>
              </Flex>
              <div>
                <Typography.Text>{t('intake.import.saveAs')}</Typography.Text>
                <Input value={saveAs} onChange={(e) => setSaveAs(e.target.value)} maxLength={100} placeholder={t('intake.import.saveAsPlaceholder')} style={{ marginTop: 8 }} data-testid="import-save-as" />
              </div>
            </Flex>
          </Col>
        </Row>
        {formError ? <Alert type="error" showIcon style={{ marginTop: 16 }} title={formError} data-testid="import-start-error" /> : null}
        <Flex justify="flex-end" style={{ marginTop: 16 }}>
          <Button type="primary" size="large" icon={<PlayCircleOutlined />} loading={loading} disabled={problems.length > 0} onClick={() => void onStart()} data-testid="import-start">
            {t('intake.import.start', { rows: imp.totalRows })}
          </Button>
        </Flex>
      </Card>
    </Flex>
  );
}
