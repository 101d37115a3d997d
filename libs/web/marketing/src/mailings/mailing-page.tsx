import { useQuery } from '@apollo/client/react';
import { errorMessageOf, MailingDocument, type MailingFieldsFragment } from '@rapport/web-data-access';
import { BackLink, campaignPath, RecordNotFound, usePageTitle } from '@rapport/web-core';
import { ErrorState, formatDateTime, LoadingState, PageHeader } from '@rapport/web-ui';
import { Alert, Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AudienceSummary } from './audience-summary';
import { MailingActions } from './mailing-actions';
import { MAILING_STATUS_COLORS, mailingStatusLabel, pausedReasonLabel } from './mailing-labels';
import { allowedActions, isLive, isSeries, pollIntervalFor } from './mailing-model';
import { MAILINGS_PATH, mailingPath, templatePath } from './mailing-paths';
import { MailingCounts, MailingProgressBar } from './mailing-progress';
import { MailingReport } from './mailing-report';
import { MailingsGate } from './mailings-gate';
import { SeriesOccurrencesCard, SeriesRuleCard } from './series-cards';
import { SkipReasonsChart } from './skip-reasons-chart';
import { useCampaignNames } from './use-campaign-names';

const NONE = '—';

/**
 * The mailing's facts: what it sends, under which type, to whom, and its times. The mailing names
 * its campaign, template and type itself; only its lists (other campaigns) are asked for by id.
 */
function MailingDetails({ mailing }: { mailing: MailingFieldsFragment }) {
  const { t } = useTranslation();
  const listIds = useMemo(() => [...mailing.audience.listIds, ...mailing.audience.excludeListIds], [mailing.audience]);
  const { byId } = useCampaignNames(listIds);
  const campaign = mailing.campaign ?? undefined;
  const template = mailing.template;
  const type = mailing.subscriptionType;
  const items = [
    { key: 'campaign', label: t('mailings.fields.campaign'), children: campaign ? <Link to={campaignPath(campaign.id)}>{campaign.name}</Link> : NONE },
    {
      key: 'template',
      label: t('mailings.fields.template'),
      children: template ? (
        <Link to={templatePath(template.id)} data-testid="mailing-template-link">
          {template.name}
        </Link>
      ) : (
        NONE
      ),
    },
    { key: 'type', label: t('mailings.fields.subscriptionType'), children: type?.name ?? NONE },
    { key: 'audience', label: t('mailings.fields.audience'), children: <AudienceSummary campaign={campaign} audience={mailing.audience} names={byId} /> },
    { key: 'resend', label: t('mailings.fields.resendAllowed'), children: mailing.resendAllowed ? t('mailings.review.resendYes') : t('mailings.review.resendNo') },
    { key: 'scheduled', label: t('mailings.fields.plannedAt'), children: formatDateTime(mailing.scheduledAt) ?? (mailing.status === 'DRAFT' ? t('mailings.when.notScheduled') : t('mailings.wizard.sendNow')) },
    {
      key: 'delivery',
      label: t('mailings.fields.delivery'),
      children: mailing.localHour === null ? t('mailings.review.asap') : t('mailings.review.local', { hour: `${String(mailing.localHour).padStart(2, '0')}:00` }),
    },
    { key: 'started', label: t('mailings.fields.startedAt'), children: formatDateTime(mailing.startedAt) ?? NONE },
    { key: 'finished', label: t('mailings.fields.finishedAt'), children: formatDateTime(mailing.finishedAt) ?? NONE },
    { key: 'created', label: t('mailings.fields.createdAt'), children: formatDateTime(mailing.createdAt) ?? NONE },
  ];
  return (
    <Card title={t('mailings.page.details')} size="small">
      <Descriptions column={1} size="small" items={items} data-testid="mailing-details" styles={{ label: { width: '34%' } }} />
    </Card>
  );
}

/** The counts as they move (a draft has none yet). */
function MailingProgressCard({ mailing, live }: { mailing: MailingFieldsFragment; live: boolean }) {
  const { t } = useTranslation();
  return (
    <Card title={t('mailings.page.progress')} size="small">
      {mailing.status === 'DRAFT' ? (
        <Typography.Paragraph style={{ margin: 0 }}>{t('mailings.page.draftNote')}</Typography.Paragraph>
      ) : (
        <>
          <MailingProgressBar progress={mailing.progress} testId="mailing-progress" />
          <MailingCounts progress={mailing.progress} />
          {mailing.progress.total === 0 && mailing.status === 'SCHEDULED' ? (
            <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
              {t('mailings.page.notPrepared')}
            </Typography.Paragraph>
          ) : null}
          {/* The counts change by themselves: said politely, not on every poll (the bar's text carries the figures). */}
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }} aria-live="polite">
            {live ? t('mailings.page.live') : null}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}

/** An occurrence says which series made it, and links back to it. */
function OccurrenceOf({ mailing }: { mailing: MailingFieldsFragment }) {
  const { t } = useTranslation();
  if (mailing.kind !== 'OCCURRENCE' || !mailing.parentId) return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="mailing-occurrence-of"
      message={t('mailings.series.occurrenceOf', { at: formatDateTime(mailing.occurrenceAt) ?? '—' })}
      action={
        <Link to={mailingPath(mailing.parentId)} data-testid="mailing-series-link">
          {t('mailings.series.openSeries')}
        </Link>
      }
    />
  );
}

/**
 * Marketing → Mailings → one mailing: its status, the progress bar with live counts (asked again
 * every 3 s while it is scheduled to start or sending), why it paused if it paused itself, who was
 * skipped and why (a bar chart with its table), its details with links to the campaign and the
 * template, the report (engagement, clicks per link, opens and clicks per hour), and
 * pause/resume/cancel as the mailing's `viewerCan` allows. A recurring series sends nothing
 * itself: its page shows the rule, the next run and the mailings it made (each with its own page,
 * which links back to the series) instead of counts and a report.
 */
export function MailingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(MailingDocument, { variables: { id } });
  const mailing = data?.mailing;
  usePageTitle(mailing?.name ?? t('mailings.title'));

  const interval = mailing ? pollIntervalFor([mailing], Date.now()) : 0;
  useEffect(() => {
    if (!interval) return undefined;
    startPolling(interval);
    return () => stopPolling();
  }, [interval, startPolling, stopPolling]);

  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (!mailing) return <RecordNotFound title={t('mailings.page.notFound')} backTo={MAILINGS_PATH} backLabel={t('mailings.page.backToList')} />;

  // What the API says this viewer may do with this mailing now (its status and their grants).
  const actions = allowedActions(mailing.status, mailing.viewerCan);
  const canWrite = actions.length > 0;
  const live = isLive(mailing, Date.now());
  const series = isSeries(mailing);
  const draft = mailing.status === 'DRAFT';
  return (
    <>
      <BackLink to={MAILINGS_PATH} label={t('mailings.title')} />
      <PageHeader
        title={mailing.name}
        subtitle={
          <Tag color={MAILING_STATUS_COLORS[mailing.status]} data-testid="mailing-status" data-status={mailing.status}>
            {mailingStatusLabel(t, mailing.status)}
          </Tag>
        }
        extra={canWrite ? <MailingActions mailing={mailing} actions={actions} /> : undefined}
      />
      <Flex vertical gap="middle">
        {mailing.status === 'PAUSED' ? (
          <Alert
            type="warning"
            showIcon
            data-testid="mailing-paused"
            message={t('mailings.paused.title')}
            description={
              <>
                {pausedReasonLabel(t, mailing.pausedReason)} {mailing.viewerCan.resume ? t('mailings.paused.resumeHint') : null}
              </>
            }
          />
        ) : null}
        {!canWrite && mailing.status !== 'COMPLETED' && mailing.status !== 'CANCELLED' ? (
          <Typography.Text type="secondary" data-testid="mailing-read-only">
            {t('mailings.page.readOnly')}
          </Typography.Text>
        ) : null}
        <OccurrenceOf mailing={mailing} />
        {series ? <SeriesRuleCard series={mailing} /> : null}
        {series && draft ? <Typography.Paragraph style={{ margin: 0 }}>{t('mailings.page.draftNote')}</Typography.Paragraph> : null}
        {series && !draft ? <SeriesOccurrencesCard series={mailing} /> : null}
        {series ? null : <MailingProgressCard mailing={mailing} live={live} />}
        <Row gutter={[16, 16]}>
          {draft || series ? null : (
            <Col xs={24} lg={12}>
              <SkipReasonsChart skipped={mailing.skipped} title={t('mailings.skipped.title')} testId="mailing-skipped-chart" />
            </Col>
          )}
          <Col xs={24} lg={draft || series ? 24 : 12}>
            <MailingDetails mailing={mailing} />
          </Col>
        </Row>
        {draft || series ? null : <MailingReport report={mailing} />}
      </Flex>
    </>
  );
}

export default function MailingRoute() {
  return (
    <MailingsGate>
      <MailingPage />
    </MailingsGate>
  );
}
