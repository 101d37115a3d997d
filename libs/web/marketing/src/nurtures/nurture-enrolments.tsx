import { useQuery } from '@apollo/client/react';
import { errorMessageOf, NurtureEnrolmentsDocument, type NurtureEnrolmentFieldsFragment } from '@rapport/web-data-access';
import { contactPath, CursorPager, leadPath, useCursorStack } from '@rapport/web-core';
import { ChartCard, ErrorState, formatDateTime, LoadingState } from '@rapport/web-ui';
import { Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CountBars } from '../count-bars';
import { ENROLMENT_STATUS_COLORS, enrolmentStatusLabel, stepKindLabel, stepSummary, stopReasonLabel, type FlowNames } from './nurture-labels';
import { countsByStep, type StepForm } from './nurture-model';

export const ENROLMENTS_PAGE_SIZE = 50;

/** How many people (still going) are at each step: horizontal bars with the same numbers in the figure's name. */
export function StepCountsChart({ steps, byPosition }: { steps: readonly StepForm[]; byPosition: readonly { position: number; count: number }[] }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language);
  const data = countsByStep(steps.length, byPosition).map((count, i) => ({ label: t('nurtures.flow.stepTitle', { n: i + 1, kind: stepKindLabel(t, steps[i]!.kind) }), count }));
  const summary = data.map((d) => t('nurtures.enrolments.atStep', { step: d.label, count: number(d.count) })).join('; ');
  return (
    <ChartCard title={t('nurtures.enrolments.byStep')} summary={summary} testId="nurture-step-chart" style={{ marginBottom: 16 }}>
      {(width) => <CountBars width={width} data={data} name={t('nurtures.enrolments.people')} color="#1677ff" format={number} />}
    </ChartCard>
  );
}

/**
 * Who is in the sequence and where, in the order they joined, 50 a page: the address with a link
 * to the contact or lead, the step they are at (number and what it does), their status, why they
 * were stopped, and when their step runs. Asked again every 5 s while the sequence is active.
 */
export function NurtureEnrolments({ nurtureId, active, steps, names }: { nurtureId: string; active: boolean; steps: readonly StepForm[]; names: FlowNames }) {
  const { t } = useTranslation();
  const cursors = useCursorStack(nurtureId);
  const { data, previousData, loading, error, refetch } = useQuery(NurtureEnrolmentsDocument, {
    variables: { id: nurtureId, first: ENROLMENTS_PAGE_SIZE, after: cursors.after },
    pollInterval: active ? 5000 : 0,
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.nurture?.enrolments;

  const columns: TableColumnsType<NurtureEnrolmentFieldsFragment> = [
    { key: 'address', title: t('nurtures.enrolments.address'), render: (_: unknown, e) => <span data-testid="enrolment-address">{e.address}</span> },
    {
      key: 'person',
      title: t('nurtures.enrolments.person'),
      render: (_: unknown, e) =>
        e.contactId ? (
          <Link to={contactPath(e.contactId)}>{t('nurtures.enrolments.contact')}</Link>
        ) : e.leadId ? (
          <Link to={leadPath(e.leadId)}>{t('nurtures.enrolments.lead')}</Link>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      key: 'step',
      title: t('nurtures.enrolments.step'),
      render: (_: unknown, e) => {
        const step = steps[e.position];
        return (
          <span data-testid="enrolment-step" data-position={e.position}>
            {step ? `${e.position + 1} · ${stepSummary(t, step, steps, names)}` : t('nurtures.enrolments.finished')}
          </span>
        );
      },
    },
    {
      key: 'status',
      title: t('nurtures.enrolments.statusColumn'),
      render: (_: unknown, e) => (
        <Tag color={ENROLMENT_STATUS_COLORS[e.status]} data-testid="enrolment-status" data-status={e.status}>
          {enrolmentStatusLabel(t, e.status)}
        </Tag>
      ),
    },
    { key: 'stop', title: t('nurtures.enrolments.stopReasonColumn'), render: (_: unknown, e) => (e.stopReason ? stopReasonLabel(t, e.stopReason) : '—') },
    { key: 'due', title: t('nurtures.enrolments.dueAt'), render: (_: unknown, e) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.dueAt) ?? '—'}</span> },
  ];

  let body;
  if (!page && loading) body = <LoadingState />;
  else if (!page) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!page.nodes.length && !cursors.hasPrevious) body = <Typography.Paragraph type="secondary" data-testid="nurture-enrolments-empty">{t('nurtures.enrolments.empty')}</Typography.Paragraph>;
  else
    body = (
      <>
        <Table<NurtureEnrolmentFieldsFragment> rowKey="id" size="small" dataSource={page.nodes} columns={columns} pagination={false} scroll={{ x: 'max-content' }} data-testid="nurture-enrolments-table" />
        <CursorPager cursors={cursors} hasNextPage={page.hasNextPage} endCursor={page.endCursor} loading={loading} />
      </>
    );
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('nurtures.enrolments.title')}</h2>} data-testid="nurture-enrolments">
      {body}
    </Card>
  );
}
