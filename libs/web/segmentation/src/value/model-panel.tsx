import type { ClvModelRunFieldsFragment } from '@rapport/web-data-access';
import { NONE } from '@rapport/web-core';
import { formatDate, formatDateTime, formatRelative, useKeyboardScrollableTable } from '@rapport/web-ui';
import { Alert, Card, Col, Descriptions, Flex, Progress, Row, Table, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { HoldoutChart } from './holdout-chart';
import { RunStatusTag, timeUnitLabel } from './value-labels';
import { durationParts, formatLogLikelihood, formatParameter, isActive, latestSucceeded } from './value-model';

type Run = ClvModelRunFieldsFragment;

/** "850 ms", "12.4 s", "3 min 5 s" in the reader's words. */
export function durationLabel(t: TFunction, ms: number | null | undefined, language: string): string | undefined {
  const d = durationParts(ms);
  if (!d) return undefined;
  const n = (v: number) => new Intl.NumberFormat(language).format(v);
  if (d.unit === 'ms') return t('customerValue.duration.ms', { n: n(d.value) });
  if (d.unit === 's') return t('customerValue.duration.s', { n: n(d.value) });
  return t('customerValue.duration.min', { min: n(d.value), s: n(d.seconds ?? 0) });
}

/** A run that is queued or working: its progress as a bar, polled by the page. */
export function ActiveRun({ run }: { run: Run }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="value-active-run"
      title={run.status === 'queued' ? t('customerValue.runs.queuedTitle') : t('customerValue.runs.runningTitle')}
      description={
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">{t('customerValue.runs.activeFor', { asOf: formatDate(run.asOf), calibrationEnd: formatDate(run.calibrationEnd) })}</Typography.Text>
          <Progress percent={run.progress} status="active" aria-label={t('customerValue.runs.progressLabel')} data-testid="value-run-progress" />
        </Flex>
      }
    />
  );
}

/**
 * The CLV model (issue 17): the latest good run's fitted parameters — BG/NBD (r, α, a, b) for how
 * often customers buy and when they stop, Gamma-Gamma (p, q, γ) for how much they spend — with the
 * fits' log-likelihoods, how many customers the fit saw, the calibration end and the times taken;
 * the holdout chart; and every recent run with its status (a failed one with its error).
 */
export function ModelPanel({ runs }: { runs: readonly Run[] }) {
  const { t } = useTranslation();
  const latest = latestSucceeded(runs);
  return (
    <Flex vertical gap={16}>
      {latest ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <ModelParameters run={latest} />
          </Col>
          <Col xs={24} xl={12}>
            <HoldoutChart run={latest} />
          </Col>
        </Row>
      ) : null}
      <RunsTable runs={runs} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('customerValue.model.footnote')}
      </Typography.Text>
    </Flex>
  );
}

function ModelParameters({ run }: { run: Run }) {
  const { t, i18n } = useTranslation();
  const p = (v: number | null) => formatParameter(v, i18n.language) ?? NONE;
  const number = new Intl.NumberFormat(i18n.language);
  const fitted = run.r !== null;
  return (
    <Card size="small" title={t('customerValue.model.title')} data-testid="value-model">
      {!fitted ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('customerValue.model.notFitted')} data-testid="value-model-unfitted" />
      ) : null}
      <Descriptions size="small" column={{ xs: 1, xxl: 2 }} bordered={false}>
        <Descriptions.Item label={t('customerValue.model.bgnbd')} span={{ xs: 1, sm: 2 }}>
          <span data-testid="value-bgnbd">{t('customerValue.model.bgnbdValues', { r: p(run.r), alpha: p(run.alpha), a: p(run.a), b: p(run.b) })}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('customerValue.model.gammaGamma')} span={{ xs: 1, sm: 2 }}>
          <span data-testid="value-gg">{t('customerValue.model.ggValues', { p: p(run.p), q: p(run.q), gamma: p(run.gamma) })}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('customerValue.model.logLikelihood')}>{formatLogLikelihood(run.logLikelihood, i18n.language) ?? NONE}</Descriptions.Item>
        <Descriptions.Item label={t('customerValue.model.spendLogLikelihood')}>{formatLogLikelihood(run.spendLogLikelihood, i18n.language) ?? NONE}</Descriptions.Item>
        <Descriptions.Item label={t('customerValue.model.customers')}>
          <span data-testid="value-model-customers">{number.format(run.customers)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('customerValue.model.timeUnit')}>{timeUnitLabel(t, run.timeUnit)}</Descriptions.Item>
        <Descriptions.Item label={t('customerValue.model.asOf')}>{formatDate(run.asOf)}</Descriptions.Item>
        <Descriptions.Item label={t('customerValue.model.calibrationEnd')}>{formatDate(run.calibrationEnd)}</Descriptions.Item>
        <Descriptions.Item label={t('customerValue.model.fitTime')}>{durationLabel(t, run.fitMs, i18n.language) ?? NONE}</Descriptions.Item>
        <Descriptions.Item label={t('customerValue.model.runTime')}>{durationLabel(t, run.durationMs, i18n.language) ?? NONE}</Descriptions.Item>
        <Descriptions.Item label={t('customerValue.model.wonDeals')}>{run.wonDealsAsOrders ? t('common.yes') : t('common.no')}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function RunsTable({ runs }: { runs: readonly Run[] }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  // Nothing in a row takes focus, so the sideways-scrolling box does (for the keyboard on a phone).
  const scroller = useKeyboardScrollableTable<HTMLDivElement>(true);
  const columns: TableColumnsType<Run> = [
    {
      key: 'startedAt',
      title: t('customerValue.runs.startedAt'),
      render: (_: unknown, r) => <time dateTime={r.startedAt} title={formatDateTime(r.startedAt)}>{formatRelative(r.startedAt)}</time>,
    },
    {
      key: 'status',
      title: t('customerValue.runs.statusColumn'),
      render: (_: unknown, r) => (
        <Flex vertical gap={2} align="flex-start">
          <RunStatusTag status={r.status} />
          {isActive(r.status) ? <Typography.Text type="secondary">{t('customerValue.runs.percent', { n: r.progress })}</Typography.Text> : null}
          {r.status === 'failed' ? (
            <Typography.Text type="danger" style={{ fontSize: 12, maxWidth: 360 }} data-testid="value-run-error-text">
              {r.error ?? t('errors.generic')}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { key: 'asOf', title: t('customerValue.runs.asOf'), render: (_: unknown, r) => formatDate(r.asOf) },
    { key: 'calibrationEnd', title: t('customerValue.runs.calibrationEnd'), render: (_: unknown, r) => formatDate(r.calibrationEnd) },
    { key: 'customers', title: t('customerValue.runs.customers'), align: 'right', render: (_: unknown, r) => (r.status === 'succeeded' ? number.format(r.customers) : NONE) },
    { key: 'duration', title: t('customerValue.runs.duration'), align: 'right', render: (_: unknown, r) => durationLabel(t, r.durationMs, i18n.language) ?? NONE },
  ];
  return (
    <Card size="small" title={t('customerValue.runs.title')}>
      {runs.length ? (
        <div ref={scroller}>
          <Table<Run> rowKey="id" size="small" dataSource={[...runs]} columns={columns} pagination={false} scroll={{ x: 'max-content' }} data-testid="value-runs" />
        </div>
      ) : (
        <Typography.Text type="secondary" data-testid="value-runs-empty">
          {t('customerValue.runs.empty')}
        </Typography.Text>
      )}
    </Card>
  );
}
