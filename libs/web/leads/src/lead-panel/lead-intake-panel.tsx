import { useQuery } from '@apollo/client/react';
import { errorMessageOf, LeadIntakeDocument } from '@rapport/web-data-access';
import { formatDateTime, useLazyMessages } from '@rapport/web-ui';
import { Alert, Card, Descriptions, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NONE } from '@rapport/web-core';
import { priorityLabel } from '../shared/intake-labels';
import { routingWhy } from '../shared/routing-why';
import { formatMinutes, formatSlaDue } from '../shared/sla-format';
import { GradeTag, SlaTag } from '../shared/sla-tag';
import { useNow } from '../shared/use-now';

/**
 * How a lead came in and where its first-response SLA stands: the routing explanation, SLA state
 * and due time, priority and grade. For the lead record page (`<LeadIntakePanel leadId={id} />`);
 * leads that were never routed (typed in by hand, imported without routing) say so.
 */
export function LeadIntakePanel({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const now = useNow();
  // The panel's words come with the intake screens' (lazy/lead-intake), not in the first screen's bundle.
  const words = useLazyMessages('lead-intake');
  const { data, loading, error, refetch } = useQuery(LeadIntakeDocument, { variables: { id: leadId } });
  const lead = data?.lead;
  const intake = lead?.intake;
  if (!words) return <Card size="small" data-testid="lead-intake-panel"><Skeleton active paragraph={{ rows: 3 }} /></Card>;

  const body = () => {
    if (loading && !data) return <Skeleton active paragraph={{ rows: 3 }} />;
    if (error && !data)
      return (
        <Alert
          type="warning"
          showIcon
          title={errorMessageOf(error) ?? t('errors.loadFailed')}
          action={<Typography.Link onClick={() => void refetch()}>{t('common.retry')}</Typography.Link>}
        />
      );
    if (!lead) return null;
    return (
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('intake.panel.grade')}>
          <GradeTag grade={lead.grade} score={lead.score} /> <Typography.Text type="secondary">{t('intake.common.scoreOf', { score: lead.score })}</Typography.Text>
        </Descriptions.Item>
        {intake ? (
          <>
            <Descriptions.Item label={t('intake.panel.state')}>
              <SlaTag state={intake.slaState} testId="lead-intake-state" />
            </Descriptions.Item>
            <Descriptions.Item label={t('intake.panel.due')}>
              <span data-testid="lead-intake-due">
                {intake.slaDueAt ? `${formatDateTime(intake.slaDueAt)} · ${formatSlaDue(t, intake, now)}` : t('intake.sla.none')}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('intake.panel.slaMinutes')}>
              {intake.slaMinutes === null ? NONE : t('intake.panel.businessTime', { duration: formatMinutes(t, intake.slaMinutes) })}
            </Descriptions.Item>
            <Descriptions.Item label={t('intake.panel.priority')}>{priorityLabel(t, intake.priority)}</Descriptions.Item>
            <Descriptions.Item label={t('intake.panel.received')}>{formatDateTime(intake.receivedAt)}</Descriptions.Item>
            {intake.firstResponseAt ? (
              <Descriptions.Item label={t('intake.panel.firstResponse')}>{formatDateTime(intake.firstResponseAt)}</Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('intake.panel.explanation')}>
              <span data-testid="lead-intake-explanation">{routingWhy(t, intake.explanationJson, intake.explanation) ?? (intake.routedAt ? NONE : t('intake.panel.notRoutedYet'))}</span>
            </Descriptions.Item>
          </>
        ) : (
          <Descriptions.Item label={t('intake.panel.state')}>
            <Typography.Text type="secondary">{t('intake.panel.notRouted')}</Typography.Text>
          </Descriptions.Item>
        )}
      </Descriptions>
    );
  };

  return (
    <Card size="small" title={t('intake.panel.title')} data-testid="lead-intake-panel">
      {body()}
    </Card>
  );
}
