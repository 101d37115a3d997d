import { useQuery } from '@apollo/client/react';
import { CampaignRoiDocument, errorMessageOf, type AttributionModel, type CampaignDetailFragment } from '@rapport/web-data-access';
import { Figure, formatPercent, NO_FIGURE } from '@rapport/web-ui';
import { wholeMoney } from '../dashboard/format';
import { Alert, Card, Col, Flex, Row, Select, Skeleton, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_ATTRIBUTION_MODELS, attributionModelLabel } from '../campaign-labels';
import { MissingRatesAlert } from '../missing-rates-alert';
import { CostReturnChart } from './cost-return-chart';

/** Four figures a row on a wide screen, two on a phone; the return figures two a row in their half. */
const WIDE = { xs: 12, md: 6 };
const HALF = { xs: 12, md: 12 };

/**
 * What the campaign (with everything below it) cost and reached, and what it returned under the
 * attribution model picked here: the totals, the return figures and the cost-vs-return chart, all
 * in the campaign's currency (the API converts other currencies at the rate of each amount's day and
 * names those it has no rate for, whose amounts are left out).
 */
export function CampaignOverview({ campaign }: { campaign: CampaignDetailFragment }) {
  const { t, i18n } = useTranslation();
  const modelLabelId = useId();
  const [model, setModel] = useState<AttributionModel>('EVEN');
  const { data, previousData, error } = useQuery(CampaignRoiDocument, { variables: { id: campaign.id, model } });
  const roi = (data ?? previousData)?.campaign?.roi;
  // Whole units: a glance at cost and return does not need the cents.
  // The return is in `roi.currency`, which is the campaign's; the totals come before it.
  const money = (n: number | null | undefined) => (n === null || n === undefined ? NO_FIGURE : wholeMoney(n, roi?.currency ?? campaign.currency, i18n.language));
  const totals = campaign.totals;

  return (
    <Card title={t('marketing.overview')} data-testid="campaign-overview">
      <Row gutter={[16, 16]}>
        <Figure span={WIDE} title={t('marketing.actualCost')} value={money(totals.actualCost)} testId="campaign-total-cost" />
        <Figure span={WIDE} title={t('marketing.members')} value={totals.members} testId="campaign-total-members" />
        <Figure span={WIDE} title={t('marketing.responses')} value={totals.responses} testId="campaign-total-responses" />
        <Figure span={WIDE} title={t('marketing.responseRate')} value={formatPercent(totals.responseRate, i18n.language, 1)} testId="campaign-total-rate" />
      </Row>
      <Flex align="center" gap="small" wrap style={{ marginBlock: 24 }}>
        <Typography.Text strong id={modelLabelId}>
          {t('marketing.roi.model')}
        </Typography.Text>
        <Select<AttributionModel>
          aria-labelledby={modelLabelId}
          value={model}
          onChange={setModel}
          options={ALL_ATTRIBUTION_MODELS.map((m) => ({ value: m, label: attributionModelLabel(t, m) }))}
          style={{ minWidth: 180 }}
          data-testid="campaign-roi-model"
        />
        {roi ? <Typography.Text type="secondary">{t('marketing.roi.window', { days: roi.windowDays })}</Typography.Text> : null}
      </Flex>
      {error && !roi ? <Alert type="warning" showIcon title={errorMessageOf(error) ?? t('errors.loadFailed')} /> : null}
      {!roi && !error ? <Skeleton active paragraph={{ rows: 3 }} /> : null}
      {roi ? <MissingRatesAlert currencies={roi.missingRates} testId="campaign-missing-rates" /> : null}
      {roi ? (
        <Row gutter={[24, 16]} style={{ marginTop: roi.missingRates.length ? 16 : 0 }}>
          <Col xs={24} xl={12}>
            <Row gutter={[16, 16]} data-testid="campaign-roi" data-model={roi.model}>
              <Figure
                span={HALF}
                title={t('marketing.roi.roi')}
                // No spend: the return on nothing is undefined, not infinite and not zero.
                value={roi.roi === null || roi.roi === undefined ? t('marketing.roi.undefined') : formatPercent(roi.roi, i18n.language, 1)}
                testId="campaign-roi-value"
              />
              <Figure span={HALF} title={t('marketing.roi.wonAmount')} value={money(roi.wonAmount)} testId="campaign-roi-won" />
              <Figure span={HALF} title={t('marketing.roi.wonDeals')} value={roi.wonDeals} testId="campaign-roi-won-deals" />
              <Figure span={HALF} title={t('marketing.roi.pipeline')} value={money(roi.pipelineAmount)} testId="campaign-roi-pipeline" />
              <Figure span={HALF} title={t('marketing.roi.opportunities')} value={roi.opportunities} testId="campaign-roi-opportunities" />
              <Figure span={HALF} title={t('marketing.roi.leads')} value={roi.leads} testId="campaign-roi-leads" />
              <Figure span={HALF} title={t('marketing.roi.costPerLead')} value={money(roi.costPerLead)} testId="campaign-roi-cpl" />
              <Figure span={HALF} title={t('marketing.roi.costPerWonDeal')} value={money(roi.costPerWonDeal)} testId="campaign-roi-cpw" />
            </Row>
          </Col>
          <Col xs={24} xl={12}>
            <CostReturnChart currency={roi.currency} budget={campaign.budget} actualCost={roi.actualCost} wonAmount={roi.wonAmount} />
          </Col>
          <Col xs={24}>
            <Typography.Text type="secondary" data-testid="campaign-roi-converted">
              {t('marketing.roi.converted', { currency: roi.currency })}
            </Typography.Text>
          </Col>
        </Row>
      ) : null}
    </Card>
  );
}
