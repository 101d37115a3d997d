import { useQuery } from '@apollo/client/react';
import { CsatReportDocument, errorCodeOf, errorMessageOf } from '@rapport/web-data-access';
import { NoAccess, usePageTitle, usePermissions } from '@rapport/web-core';
import { EmptyState, ErrorState, Figure, formatPercent, PageHeader } from '@rapport/web-ui';
import { Alert, Card, Col, Flex, Radio, Row, Skeleton, Typography } from 'antd';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SERVICE_NEEDS } from '../service-access';
import { groupLabel } from './csat-mode-label';
import { GROUPINGS, parseGrouping, parsePeriod, PERIOD_DAYS, periodRange, type CsatGroupBy, type CsatReport, type CsatRow, type PeriodDays } from './csat-model';
import { CSAT_NEEDS, CSAT_SETTINGS_PATH } from './csat-paths';
import { DistributionChart, formatAverage, GroupChart, TrendChart } from './csat-report-charts';
import { CsatResponses } from './csat-responses';

function Headline({ total }: { total: CsatRow }) {
  const { t, i18n } = useTranslation();
  const span = { xs: 12, md: 6 };
  return (
    <Card size="small" data-testid="csat-headline">
      <Row gutter={[16, 16]}>
        <Figure title={t('csat.report.average')} value={formatAverage(total.average, i18n.language)} testId="csat-average" note={t('csat.report.outOf5')} span={span} />
        <Figure
          title={t('csat.report.responseRate')}
          value={formatPercent(total.responseRate, i18n.language)}
          testId="csat-response-rate"
          note={t('csat.report.responsesOf', { responses: total.responses, sent: total.surveysSent })}
          span={span}
        />
        <Figure title={t('csat.report.satisfied')} value={formatPercent(total.satisfiedShare, i18n.language)} testId="csat-satisfied" note={t('csat.report.satisfiedNote')} span={span} />
        <Figure title={t('csat.report.low')} value={total.dissatisfied} testId="csat-low" danger={total.dissatisfied > 0} span={span} />
      </Row>
    </Card>
  );
}

function ReportView({ report, trend }: { report: CsatReport; trend: readonly CsatRow[] }) {
  const { t } = useTranslation();
  const { total } = report;
  return (
    <Flex vertical gap="middle">
      <Headline total={total} />
      {total.responses === 0 ? (
        <Alert type="info" showIcon title={t('csat.report.noResponses', { sent: total.surveysSent })} data-testid="csat-no-responses" />
      ) : (
        <>
          {/* Side by side on a wide screen, stacked on a phone. */}
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <DistributionChart total={total} />
            </Col>
            <Col xs={24} xl={12}>
              <TrendChart rows={trend} timeZone={report.timeZone} />
            </Col>
          </Row>
          <GroupChart rows={report.rows} groupBy={report.groupBy} title={t('csat.report.byTitle', { by: groupLabel(t, report.groupBy) })} />
        </>
      )}
    </Flex>
  );
}

/** The period (last 7, 30 or 90 days) and the grouping; both live in the address. */
function Pickers({ days, by, onChange }: { days: PeriodDays; by: CsatGroupBy; onChange: (next: { days?: PeriodDays; by?: CsatGroupBy }) => void }) {
  const { t } = useTranslation();
  const periodId = useId();
  const byId = useId();
  const label: Record<PeriodDays, string> = { 7: t('csat.report.last7'), 30: t('csat.report.last30'), 90: t('csat.report.last90') };
  return (
    <Flex wrap align="center" gap={16} style={{ marginBottom: 16 }}>
      <Flex wrap align="center" gap={8}>
        <Typography.Text strong id={periodId}>
          {t('csat.report.period')}
        </Typography.Text>
        <Radio.Group aria-labelledby={periodId} optionType="button" value={days} onChange={(e) => onChange({ days: e.target.value as PeriodDays })} options={PERIOD_DAYS.map((n) => ({ value: n, label: label[n] }))} data-testid="csat-period" />
      </Flex>
      <Flex wrap align="center" gap={8}>
        <Typography.Text strong id={byId}>
          {t('csat.report.groupBy')}
        </Typography.Text>
        <Radio.Group aria-labelledby={byId} optionType="button" value={by} onChange={(e) => onChange({ by: e.target.value as CsatGroupBy })} options={GROUPINGS.map((g) => ({ value: g, label: groupLabel(t, g) }))} data-testid="csat-group-by" />
      </Flex>
    </Flex>
  );
}

/**
 * Customer satisfaction (issue 19 items 5, 7): the surveys offered for the resolutions of a period
 * and how customers answered: average, response rate, the ratings' spread, a trend by day, the
 * figures per agent, team, queue or channel, and the answers with their comments. The API counts
 * within the reader's CSAT scope (agents: their own cases'), so "none" may mean "none you may see":
 * the empty state says so.
 */
export function CsatReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('csat.report.title'));
  const canReadSetup = usePermissions().allows(SERVICE_NEEDS.setup);
  const [params, setParams] = useSearchParams();
  const days = parsePeriod(params.get('days'));
  const by = parseGrouping(params.get('by'));
  // "Now" is taken when the period is chosen, so the query's variables stay put between renders.
  const range = useMemo(() => periodRange(days, Date.now()), [days]);
  const { data, previousData, error, loading, refetch } = useQuery(CsatReportDocument, { variables: { input: { ...range, groupBy: by }, byDay: { ...range, groupBy: 'DAY' } } });
  const shown = data ?? previousData;
  const report = shown?.csatReport;

  if (errorCodeOf(error) === 'FORBIDDEN') return <NoAccess needs={CSAT_NEEDS.read} />;

  let body: ReactNode;
  if (error && !report) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!report) body = <Skeleton active paragraph={{ rows: 8 }} data-testid="csat-loading" />;
  else if (report.total.surveysSent === 0)
    body = (
      <Card data-testid="csat-empty">
        <EmptyState
          description={
            <>
              <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                {t('csat.report.empty')}
              </Typography.Paragraph>
              <Typography.Text type="secondary">{t('csat.report.emptyHint')}</Typography.Text>
            </>
          }
          action={canReadSetup ? <Link to={CSAT_SETTINGS_PATH}>{t('csat.report.toSettings')}</Link> : undefined}
        />
      </Card>
    );
  else body = <ReportView report={report} trend={shown?.trend.rows ?? []} />;

  const change = (next: { days?: PeriodDays; by?: CsatGroupBy }) =>
    setParams((prev) => new URLSearchParams({ ...Object.fromEntries(prev), ...(next.days ? { days: String(next.days) } : {}), ...(next.by ? { by: next.by } : {}) }), { replace: true });

  return (
    <div data-testid="csat-report">
      <PageHeader title={t('csat.report.title')} subtitle={t('csat.report.subtitle')} extra={canReadSetup ? <Link to={CSAT_SETTINGS_PATH}>{t('csat.report.toSettings')}</Link> : undefined} />
      <Pickers days={days} by={by} onChange={change} />
      {/* Another period keeps the last figures on screen, dimmed, until the new ones arrive. */}
      {error && report ? <Alert type="warning" showIcon title={errorMessageOf(error) ?? t('errors.loadFailed')} style={{ marginBottom: 16 }} /> : null}
      <Flex vertical gap="middle" aria-busy={loading} style={{ opacity: loading && report ? 0.6 : 1, transition: 'opacity 0.2s' }}>
        {body}
        {report ? <CsatResponses from={range.from} to={range.to} threshold={report.lowRatingThreshold} /> : null}
      </Flex>
    </div>
  );
}

export default CsatReportPage;
