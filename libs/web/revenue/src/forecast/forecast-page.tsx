import { AimOutlined, SlidersOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, ForecastDocument, TeamsDocument } from '@rapport/web-data-access';
import { ErrorState, formatMoney, i18n, LoadingState, PageHeader } from '@rapport/web-ui';
import { Alert, Button, Card, Col, Flex, Progress, Row, Statistic, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { defaultForecastTeam } from './default-team';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '@rapport/web-core';
import { usePermissions, useSessionUser } from '@rapport/web-core';
import { formatPercent } from '../quotes/quote-preview';
import { REVENUE_NEEDS } from '../revenue-access';
import { useRecordNames } from '../use-record-names';
import { amountOf, type Forecast } from './chart-data';
import { CategoryFunnelChart, ForecastVsQuotaChart, TrendChart } from './forecast-charts';
import { PeriodPicker, ScopePicker, type ScopeValue } from './forecast-controls';
import { AdjustForecastModal, SetQuotaModal } from './forecast-modals';
import { AdjustmentsList, attainmentPercent, CategoryTable, RepTable } from './forecast-tables';
import { periodFromSearch, periodLabel, periodToSearch, toPeriodInput } from './period';

// An amount is one word: it never breaks across lines (a phone showed "¥10,745,030.0" / "0").
const AMOUNT_STYLE = { whiteSpace: 'nowrap' } as const;

function Headline({ forecast }: { forecast: Forecast }) {
  const { t } = useTranslation();
  const money = (n: number | null) => (n === null ? '—' : (formatMoney(n, forecast.currency) ?? '—'));
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} sm={12} lg={6}>
        <Card size="small">
          <div data-testid="forecast-closed">
            <Statistic title={t('revenue.forecast.closedWon')} value={money(amountOf(forecast.categories, 'closed'))} styles={{ content: AMOUNT_STYLE }} />
          </div>
        </Card>
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Card size="small">
          <div data-testid="forecast-adjusted-commit-figure">
            <Statistic title={t('revenue.forecast.adjustedCommit')} value={money(amountOf(forecast.adjusted, 'commit'))} styles={{ content: AMOUNT_STYLE }} />
          </div>
        </Card>
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Card size="small">
          <Tooltip title={t('revenue.forecast.weightedHint')}>
            <div data-testid="forecast-weighted">
            <Statistic title={t('revenue.forecast.weighted')} value={money(forecast.weighted)} styles={{ content: AMOUNT_STYLE }} />
          </div>
          </Tooltip>
        </Card>
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Card size="small">
          <div data-testid="forecast-quota">
            <Statistic title={t('revenue.forecast.quota')} value={money(forecast.quota)} styles={{ content: AMOUNT_STYLE }} />
          </div>
          {forecast.attainment === null ? null : (
            <Progress
              percent={attainmentPercent(forecast.attainment)}
              size="small"
              status={forecast.attainment >= 100 ? 'success' : 'normal'}
              format={() => t('revenue.forecast.attainmentOf', { percent: formatPercent(forecast.attainment) })}
              aria-label={t('revenue.forecast.attainment')}
              data-testid="forecast-attainment"
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}

/**
 * /sales/forecast: reps see their own numbers; managers their team (rolled up the hierarchy) or
 * one person, can adjust a category with a note and set quotas for the period shown.
 */
export function ForecastPage() {
  const { t } = useTranslation();
  usePageTitle(t('revenue.forecast.title'));
  const me = useSessionUser();
  const permissions = usePermissions();
  // A read scope beyond one's own numbers opens the team and person picker; adjusting and quotas have their own grant.
  const manager = permissions.scope('forecast', 'read') === 'TEAM' || permissions.scope('forecast', 'read') === 'ALL';
  const mayAdjust = permissions.allows(REVENUE_NEEDS.forecastAdjust);
  const [params, setParams] = useSearchParams();
  const period = useMemo(() => periodFromSearch(params), [params]);
  const periodInput = toPeriodInput(period);
  const label = periodLabel(t, period, i18n.language);
  const [scope, setScope] = useState<ScopeValue>({ kind: 'team', teamId: me.team?.id });
  const [adjusting, setAdjusting] = useState(false);
  const [quotaFor, setQuotaFor] = useState<string | null>(null);
  const teams = useQuery(TeamsDocument, { skip: !manager });
  const teamId = scope.teamId ?? defaultForecastTeam(teams.data?.teams.edges.map((e) => e.node) ?? [], undefined);
  const target = !manager ? {} : scope.kind === 'person' ? (scope.userId ? { userId: scope.userId } : { teamId }) : { teamId };
  const { data, previousData, loading, error, refetch } = useQuery(ForecastDocument, {
    variables: { period: periodInput, ...target },
    skip: manager && !target.teamId && !target.userId && teams.loading,
  });
  const forecast = (data ?? previousData)?.forecast;
  const names = useRecordNames({ userIds: forecast?.adjustments.map((a) => a.managerId) });
  const teamName = teams.data?.teams.edges.find((e) => e.node.id === teamId)?.node.name;
  const scopeLabel = 'userId' in target ? (scope.userName ?? forecast?.byRep[0]?.name ?? '') : (teamName ?? '');
  const canAdjust = mayAdjust && !!(target.teamId || target.userId);

  let body;
  if (!forecast && loading) body = <LoadingState />;
  else if (!forecast && error) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!forecast) body = null;
  else
    body = (
      <Flex vertical gap={16} style={{ opacity: loading ? 0.6 : 1, transition: 'opacity .2s' }} aria-busy={loading} data-testid="forecast-body">
        {error ? <Alert type="warning" showIcon title={errorMessageOf(error) ?? t('errors.loadFailed')} /> : null}
        {manager && scope.kind === 'person' && !scope.userId ? <Alert type="info" showIcon title={t('revenue.forecast.pickPersonHint')} /> : null}
        <Headline forecast={forecast} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Card size="small" title={t('revenue.forecast.categories')}>
              <CategoryTable forecast={forecast} />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <AdjustmentsList forecast={forecast} managerName={names.user} />
          </Col>
        </Row>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <ForecastVsQuotaChart forecast={forecast} />
          </Col>
          <Col xs={24} lg={12}>
            <CategoryFunnelChart forecast={forecast} />
          </Col>
          <Col xs={24}>
            <TrendChart forecast={forecast} />
          </Col>
        </Row>
        <Card size="small" title={manager ? t('revenue.forecast.byRep') : t('revenue.forecast.yourNumbers')}>
          <RepTable forecast={forecast} onSetQuota={mayAdjust ? (row) => setQuotaFor(row.userId) : undefined} />
        </Card>
        <AdjustForecastModal open={adjusting} forecast={forecast} period={periodInput} periodLabel={label} scope={{ ...target, label: scopeLabel }} onClose={() => setAdjusting(false)} />
        <SetQuotaModal
          open={quotaFor !== null}
          people={forecast.byRep}
          initialUserId={quotaFor || undefined}
          currency={forecast.currency}
          period={periodInput}
          periodLabel={label}
          onClose={() => setQuotaFor(null)}
        />
      </Flex>
    );

  return (
    <>
      <PageHeader
        title={t('revenue.forecast.title')}
        subtitle={manager && scopeLabel ? t('revenue.forecast.subtitleScoped', { period: label, scope: scopeLabel }) : t('revenue.forecast.subtitleOwn', { period: label })}
        extra={
          mayAdjust ? (
            <>
              <Button icon={<AimOutlined />} onClick={() => setQuotaFor('')} disabled={!forecast?.byRep.length} data-testid="forecast-set-quota">
                {t('revenue.forecast.setQuota')}
              </Button>
              <Button type="primary" icon={<SlidersOutlined />} onClick={() => setAdjusting(true)} disabled={!canAdjust || !forecast} data-testid="forecast-adjust">
                {t('revenue.forecast.adjust')}
              </Button>
            </>
          ) : undefined
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap="middle" wrap align="center" justify="space-between">
          <PeriodPicker value={period} onChange={(p) => setParams(periodToSearch(p), { replace: true })} />
          {manager ? <ScopePicker value={{ ...scope, teamId }} onChange={setScope} /> : null}
        </Flex>
      </Card>
      {body}
    </>
  );
}

export default ForecastPage;
