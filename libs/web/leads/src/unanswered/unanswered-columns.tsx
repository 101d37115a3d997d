import type { UnansweredLeadRowFragment } from '@rapport/web-data-access';
import { Flex, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { NONE, ownerCell } from '@rapport/web-core';
import { leadSourceLabel } from '@rapport/web-core';
import { personName } from '@rapport/web-core';
import { leadPath } from '@rapport/web-core';
import { GradeTag, SlaTag } from '../shared/sla-tag';
import { routingWhy } from '../shared/routing-why';
import { formatAge, formatSlaDue, slaCountdown } from '../shared/sla-format';

type Row = UnansweredLeadRowFragment;

/** Columns of the waiting list: oldest first (the API's order), so no header sorting. */
export function unansweredColumns(t: TFunction, now: Date): TableColumnsType<Row> {
  return [
    {
      key: 'name',
      title: t('intake.unanswered.col.lead'),
      render: (_: unknown, lead) => (
        <Flex vertical>
          <Link to={leadPath(lead.id)} data-testid={`unanswered-lead-${lead.id}`}>
            {personName(lead) || lead.company || lead.email || lead.id}
          </Link>
          {lead.company && personName(lead) ? <Typography.Text type="secondary">{lead.company}</Typography.Text> : null}
        </Flex>
      ),
    },
    { key: 'source', title: t('intake.unanswered.col.source'), render: (_: unknown, lead) => leadSourceLabel(t, lead.source) },
    {
      key: 'age',
      title: t('intake.unanswered.col.waiting'),
      render: (_: unknown, lead) => formatAge(t, lead.intake?.receivedAt ?? lead.createdAt, now),
    },
    {
      key: 'sla',
      title: t('intake.unanswered.col.sla'),
      render: (_: unknown, lead) =>
        lead.intake ? (
          <Flex vertical gap={2} align="flex-start">
            <SlaTag state={lead.intake.slaState} testId={`unanswered-sla-${lead.id}`} />
            <Typography.Text type={slaCountdown(lead.intake.slaDueAt, now)?.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
              {formatSlaDue(t, lead.intake, now)}
            </Typography.Text>
          </Flex>
        ) : (
          NONE
        ),
    },
    { key: 'grade', title: t('intake.unanswered.col.grade'), render: (_: unknown, lead) => <GradeTag grade={lead.grade} score={lead.score} /> },
    { key: 'owner', title: t('intake.unanswered.col.owner'), render: (_: unknown, lead) => ownerCell(lead.owner) },
    {
      key: 'explanation',
      title: t('intake.unanswered.col.routing'),
      render: (_: unknown, lead) =>
        lead.intake?.explanation ? (
          <Typography.Paragraph style={{ margin: 0, minWidth: 220, maxWidth: 320 }} ellipsis={{ rows: 3, expandable: 'collapsible' }} data-testid={`unanswered-explanation-${lead.id}`}>
            {routingWhy(t, lead.intake.explanationJson, lead.intake.explanation)}
          </Typography.Paragraph>
        ) : (
          NONE
        ),
    },
  ];
}
