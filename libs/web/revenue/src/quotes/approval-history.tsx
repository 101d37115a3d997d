import type { QuoteApprovalFieldsFragment } from '@rapport/web-data-access';
import { EmptyState, formatDateTime } from '@rapport/web-ui';
import { Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { APPROVAL_STATUS_COLORS, approvalStatusLabel, reasonLabel } from '../revenue-labels';

export interface ApprovalHistoryProps {
  approvals: readonly QuoteApprovalFieldsFragment[];
  /** Names of the people involved, where the caller may see them. */
  userName: (id: string | null | undefined) => string | undefined;
}

const DOT: Record<string, string> = { pending: 'gold', approved: 'green', rejected: 'red', withdrawn: 'gray' };

/** Every approval request of a quote, newest first: who asked, why, and what was decided. */
export function ApprovalHistory({ approvals, userName }: ApprovalHistoryProps) {
  const { t } = useTranslation();
  if (approvals.length === 0) return <EmptyState compact description={t('revenue.approvals.noHistory')} />;
  return (
    <Timeline
      data-testid="quote-approvals"
      items={approvals.map((a) => ({
        key: a.id,
        color: DOT[a.status] ?? 'gray',
        content: (
          <Flex vertical gap={2} data-testid={`quote-approval-${a.status}`}>
            <Flex gap="small" wrap align="center">
              <Tag color={APPROVAL_STATUS_COLORS[a.status]}>{approvalStatusLabel(t, a.status)}</Tag>
              <Typography.Text>{reasonLabel(t, a.reasonCode)}</Typography.Text>
            </Flex>
            <Typography.Text type="secondary">
              {t('revenue.approvals.requestedBy', { name: userName(a.requestedBy) ?? t('revenue.someone'), when: formatDateTime(a.requestedAt) })}
            </Typography.Text>
            {a.note ? <Typography.Text italic>“{a.note}”</Typography.Text> : null}
            {a.decidedAt ? (
              <Typography.Text type="secondary">{t('revenue.approvals.decidedOn', { when: formatDateTime(a.decidedAt) })}</Typography.Text>
            ) : a.status === 'pending' ? (
              // approverId is who the request was routed to (the owner's manager up the team tree).
              <Typography.Text type="secondary">{t('revenue.approvals.waitingFor', { name: userName(a.approverId) ?? t('revenue.approvals.aManager') })}</Typography.Text>
            ) : null}
            {a.decisionNote ? <Typography.Text italic>“{a.decisionNote}”</Typography.Text> : null}
          </Flex>
        ),
      }))}
    />
  );
}
