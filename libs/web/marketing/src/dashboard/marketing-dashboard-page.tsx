import { useQuery } from '@apollo/client/react';
import { errorCodeOf, errorMessageOf, ExchangeRatesDocument, MarketingReportDocument, type AttributionModel } from '@rapport/web-data-access';
import { NoAccess, usePageTitle, usePermissions } from '@rapport/web-core';
import { EmptyState, ErrorState, Figure, formatPercent, LoadingState, NO_FIGURE, PageHeader, useDebouncedValue, useLazyMessages } from '@rapport/web-ui';
import { Alert, Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ALL_ATTRIBUTION_MODELS } from '../campaign-labels';
import { MARKETING_NEEDS } from '../marketing-access';
import { MissingRatesAlert } from '../missing-rates-alert';
import { currencyChoices, parseCurrency, unconvertible } from './currency';
import { ChannelChart, RoiChart, SpendChart } from './dashboard-charts';
import { DashboardControls } from './dashboard-controls';
import { CampaignTable, ChannelTable } from './dashboard-tables';
import { wholeMoney } from './format';
import { parseRange, presetOf, presetRange, type DayRange, type PeriodPreset } from './period';
import { spentShare, type Report } from './report-data';

const DEFAULT_WINDOW = 90;
/** Figures in a row of up to eight, two a row on a phone. */
const SPAN = { xs: 12, sm: 8, lg: 6, xxl: 3 };

/**
 * The period, model, window and currency live in the address (?from=&to=&model=&window=&currency=),
 * so a dashboard can be bookmarked and sent; anything unreadable there falls back to this year,
 * even split, 90 days, CNY.
 */
function useDashboardParams() {
  const [params, setParams] = useSearchParams();
  const range = parseRange(params.get('from'), params.get('to')) ?? presetRange('thisYear');
  const modelParam = params.get('model') as AttributionModel | null;
  const model = modelParam && ALL_ATTRIBUTION_MODELS.includes(modelParam) ? modelParam : 'EVEN';
  const windowParam = Number(params.get('window'));
  const windowDays = params.get('window') !== null && Number.isInteger(windowParam) && windowParam >= 0 && windowParam <= 730 ? windowParam : DEFAULT_WINDOW;
  const currency = parseCurrency(params.get('currency'));
  const set = (change: Partial<{ from: string; to: string; model: string; window: string; currency: string }>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(change)) next.set(k, v);
        return next;
      },
      { replace: true },
    );
  return { range, model, windowDays, currency, set };
}

function Totals({ report, currency }: { report: Report; currency: string }) {
  const { t, i18n } = useTranslation();
  const total = report.total;
  const money = (n: number) => wholeMoney(n, currency, i18n.language);
  const spent = spentShare(total);
  return (
    <Card size="small" data-testid="dashboard-totals">
      <Row gutter={[16, 16]}>
        <Figure span={SPAN} title={t('marketing.dashboard.campaigns')} value={report.campaigns.length} testId="dashboard-total-campaigns" />
        <Figure span={SPAN} title={t('campaigns.fields.budget')} value={money(total.budget)} testId="dashboard-total-budget" />
        <Figure
          span={SPAN}
          title={t('marketing.actualCost')}
          value={money(total.actualCost)}
          testId="dashboard-total-cost"
          note={spent === null ? undefined : t('marketing.dashboard.spentOfBudget', { percent: formatPercent(spent, i18n.language) })}
        />
        <Figure span={SPAN} title={t('marketing.roi.wonAmount')} value={money(total.wonAmount)} testId="dashboard-total-won" />
        <Figure
          span={SPAN}
          title={t('marketing.roi.roi')}
          // No spend: the return on nothing is undefined, not infinite and not zero.
          value={total.roi === null || total.roi === undefined ? NO_FIGURE : formatPercent(total.roi, i18n.language)}
          testId="dashboard-total-roi"
          note={total.roi === null || total.roi === undefined ? t('marketing.dashboard.roiUndefined') : undefined}
        />
        <Figure span={SPAN} title={t('marketing.roi.wonDeals')} value={total.wonDeals} testId="dashboard-total-deals" />
        <Figure span={SPAN} title={t('marketing.members')} value={total.members} testId="dashboard-total-members" />
        <Figure
          span={SPAN}
          title={t('marketing.responses')}
          value={total.responses}
          testId="dashboard-total-responses"
          note={total.members ? `${t('marketing.responseRate')} ${formatPercent(total.responses / total.members, i18n.language)}` : undefined}
        />
      </Row>
    </Card>
  );
}

function ReportView({ report, missing }: { report: Report; missing: readonly string[] }) {
  const { t } = useTranslation();
  // Every amount of the report is in one currency: the API converted each at the rate of its day.
  const currency = report.currency;
  const channelLabel = (c: string | null) => c ?? t('marketing.dashboard.noChannel');
  return (
    <Flex vertical gap="middle" data-testid="dashboard-report" data-model={report.model} data-currency={currency}>
      <MissingRatesAlert currencies={missing} testId="dashboard-missing-rates" />
      <Totals report={report} currency={currency} />
      <Typography.Text type="secondary" data-testid="dashboard-currency-note">
        {t('marketing.dashboard.inCurrency', { currency })} {t('marketing.dashboard.clickHint')}
      </Typography.Text>
      {/* Two charts side by side on a wide screen, stacked on a phone. */}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ChannelChart
            rows={report.channels}
            currency={currency}
            channelLabel={channelLabel}
            table={<ChannelTable rows={report.channels} currency={currency} channelLabel={channelLabel} />}
          />
        </Col>
        <Col xs={24} xl={12}>
          <RoiChart rows={report.campaigns} />
        </Col>
        <Col xs={24}>
          <SpendChart rows={report.campaigns} currency={currency} />
        </Col>
      </Row>
      <CampaignTable rows={report.campaigns} currency={currency} />
    </Flex>
  );
}

/**
 * The marketing dashboard (issue 14): cost against attributed return of the campaigns that started
 * in a period, by channel and by campaign. The report shows every campaign's figures, so it is for
 * those who read all campaigns; anyone else gets the explained no-access page.
 */
export function MarketingDashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('marketing.dashboard.title'));
  const { range, model, windowDays, currency, set } = useDashboardParams();
  const [customChosen, setCustomChosen] = useState(false);
  const preset: PeriodPreset = customChosen ? 'custom' : presetOf(range);
  // Typing "120" in the window box asks once, not for 1, 12 and 120.
  const debouncedWindow = useDebouncedValue(windowDays, 400);
  const { data, previousData, error, loading, refetch } = useQuery(MarketingReportDocument, { variables: { from: range.from, to: range.to, model, windowDays: debouncedWindow, currency } });
  const report = (data ?? previousData)?.marketingReport;
  // The currencies on offer are those with a rate; a viewer who may not read them (or when they
  // fail) still has the base and the one on screen.
  const mayReadRates = usePermissions().allows([{ object: 'catalog', action: 'read' }]);
  const rates = useQuery(ExchangeRatesDocument, { skip: !mayReadRates }).data?.exchangeRates;

  if (errorCodeOf(error) === 'FORBIDDEN') return <NoAccess needs={MARKETING_NEEDS.dashboard} />;

  const setRange = (r: DayRange) => set({ from: r.from, to: r.to });
  const onPreset = (p: PeriodPreset) => {
    setCustomChosen(p === 'custom');
    if (p !== 'custom') setRange(presetRange(p));
  };

  let body: ReactNode;
  if (error && !report) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!report) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (!report.campaigns.length)
    body = (
      <Card data-testid="dashboard-empty">
        <EmptyState
          description={
            <>
              <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                {t('marketing.dashboard.empty')}
              </Typography.Paragraph>
              <Typography.Text type="secondary">{t('marketing.dashboard.emptyHint')}</Typography.Text>
            </>
          }
        />
      </Card>
    );
  else body = <ReportView report={report} missing={unconvertible(report.missingRates, report.currency, rates)} />;

  return (
    <>
      <PageHeader title={t('marketing.dashboard.title')} subtitle={t('marketing.dashboard.subtitle')} />
      <DashboardControls
        preset={preset}
        range={range}
        model={model}
        windowDays={windowDays}
        onPreset={onPreset}
        onRange={setRange}
        onModel={(m) => set({ model: m })}
        onWindowDays={(d) => set({ window: String(d) })}
        currency={currency}
        currencies={currencyChoices(rates, currency)}
        onCurrency={(c) => set({ currency: c })}
      />
      {/* A refetch (another period or model) keeps the last figures on screen, dimmed, until the new ones arrive. */}
      {error && report ? <Alert type="warning" showIcon title={errorMessageOf(error) ?? t('errors.loadFailed')} style={{ marginBottom: 16 }} /> : null}
      <div aria-busy={loading} style={{ opacity: loading && report ? 0.6 : 1, transition: 'opacity 0.2s' }}>
        {body}
      </div>
    </>
  );
}

/** The page once its own messages are in (they load with it, not with the language bundle). */
function MarketingDashboardRoute() {
  return useLazyMessages('marketing') ? <MarketingDashboardPage /> : <LoadingState />;
}

export default MarketingDashboardRoute;
