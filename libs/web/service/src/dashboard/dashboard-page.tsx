import { useQuery } from '@apollo/client/react';
import { errorCodeOf, errorMessageOf, ServiceDashboardDocument } from '@rapport/web-data-access';
import { NoAccess, usePageTitle } from '@rapport/web-core';
import { EmptyState, ErrorState, Figure, formatPercent, PageHeader } from '@rapport/web-ui';
import { Alert, Card, Col, Flex, Radio, Row, Skeleton, Typography } from 'antd';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SERVICE_NEEDS } from '../service-access';
import { AttainmentTable } from './attainment-table';
import { CostToServeSection } from './cost-to-serve';
import { BreachesChart, OpenByAgeChart } from './dashboard-charts';
import { belowTarget, isEmpty, parsePeriod, periodRange, PERIOD_DAYS, type Dashboard, type PeriodDays } from './dashboard-model';

function Headline({ d }: { d: Dashboard }) {
  const { t, i18n } = useTranslation();
  const h = d.headline;
  const ended = h.firstResponseMet + h.firstResponseBreached;
  return (
    <Card size="small" data-testid="dashboard-headline">
      <Row gutter={[16, 16]}>
        <Figure title={t('service.dashboard.open')} value={h.open} testId="dashboard-open" />
        <Figure title={t('service.dashboard.openBreached')} value={h.openBreached} testId="dashboard-open-breached" danger={h.openBreached > 0} />
        <Figure title={t('service.dashboard.resolvedThisWeek')} value={h.resolvedThisWeek} testId="dashboard-resolved" />
        <Figure
          title={t('service.dashboard.firstResponseRate')}
          value={formatPercent(h.firstResponseMetRate, i18n.language)}
          testId="dashboard-first-response"
          danger={belowTarget(h.firstResponseMetRate, d.attainmentTarget)}
          note={ended ? t('service.dashboard.metOf', { met: h.firstResponseMet, total: ended }) : t('service.dashboard.firstResponseNone')}
        />
      </Row>
    </Card>
  );
}

function DashboardView({ d }: { d: Dashboard }) {
  return (
    <Flex vertical gap="middle" data-testid="dashboard-report">
      <Headline d={d} />
      {/* Side by side on a wide screen, stacked on a phone. */}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <OpenByAgeChart rows={d.openByAge} />
        </Col>
        <Col xs={24} xl={12}>
          <BreachesChart days={d.breachesThisWeek} timeZone={d.timeZone} />
        </Col>
      </Row>
      <AttainmentTable rows={d.attainment} target={d.attainmentTarget} />
      <CostToServeSection cost={d.costToServe} />
    </Flex>
  );
}

/** The last 7, 30 or 90 days (the attainment period); the choice lives in the address. */
function PeriodPicker({ days, onChange }: { days: PeriodDays; onChange: (days: PeriodDays) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  const label: Record<PeriodDays, string> = { 7: t('service.dashboard.last7'), 30: t('service.dashboard.last30'), 90: t('service.dashboard.last90') };
  return (
    <Flex wrap align="center" gap={8} style={{ marginBottom: 16 }}>
      <Typography.Text strong id={labelId}>
        {t('service.dashboard.period')}
      </Typography.Text>
      <Radio.Group
        aria-labelledby={labelId}
        optionType="button"
        value={days}
        onChange={(e) => onChange(e.target.value as PeriodDays)}
        options={PERIOD_DAYS.map((n) => ({ value: n, label: label[n] }))}
        data-testid="dashboard-period"
      />
    </Flex>
  );
}

/**
 * The service dashboard (issue 18 item 9): open cases by age, breaches this week and SLA attainment
 * by team and priority, over the cases the viewer may read (a sales rep: their customers'). The API
 * counts within the reader's scope, so an empty dashboard cannot tell "no cases" from "none you may
 * see": it says there are none in the period.
 */
export function ServiceDashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('service.dashboard.title'));
  const [params, setParams] = useSearchParams();
  const days = parsePeriod(params.get('days'));
  // "Now" is taken when the period is chosen, so the query's variables stay put between renders.
  const range = useMemo(() => periodRange(days, Date.now()), [days]);
  const { data, previousData, error, loading, refetch } = useQuery(ServiceDashboardDocument, { variables: range });
  const d = (data ?? previousData)?.serviceDashboard;

  if (errorCodeOf(error) === 'FORBIDDEN') return <NoAccess needs={SERVICE_NEEDS.cases} />;

  let body: ReactNode;
  if (error && !d) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!d) body = <Skeleton active paragraph={{ rows: 8 }} data-testid="dashboard-loading" />;
  else if (isEmpty(d))
    body = (
      <Card data-testid="dashboard-empty">
        <EmptyState
          description={
            <>
              <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                {t('service.dashboard.empty')}
              </Typography.Paragraph>
              <Typography.Text type="secondary">{t('service.dashboard.emptyHint')}</Typography.Text>
            </>
          }
        />
      </Card>
    );
  else body = <DashboardView d={d} />;

  return (
    <>
      <PageHeader title={t('service.dashboard.title')} subtitle={t('service.dashboard.subtitle')} />
      <PeriodPicker days={days} onChange={(n) => setParams((prev) => new URLSearchParams({ ...Object.fromEntries(prev), days: String(n) }), { replace: true })} />
      {/* Another period keeps the last figures on screen, dimmed, until the new ones arrive. */}
      {error && d ? <Alert type="warning" showIcon title={errorMessageOf(error) ?? t('errors.loadFailed')} style={{ marginBottom: 16 }} /> : null}
      <div aria-busy={loading} style={{ opacity: loading && d ? 0.6 : 1, transition: 'opacity 0.2s' }}>
        {body}
      </div>
    </>
  );
}

export default ServiceDashboardPage;
