import { CheckOutlined, CloseOutlined, UndoOutlined } from '@ant-design/icons';
import type { CommitmentRowFragment } from '@rapport/web-data-access';
import { formatDate } from '@rapport/web-ui';
import { Button, Flex, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { NONE, orNone } from '@rapport/web-core';
import { accountPath, opportunityPath } from '@rapport/web-core';
import { COMMITMENT_STATUS_COLORS, commitmentKindLabel, commitmentStatusLabel } from '../revenue-labels';
import type { RecordNames } from '../use-record-names';

/** An open promise past its due date: the ledger's whole point is that this shows. */
export const isOverdue = (c: Pick<CommitmentRowFragment, 'status' | 'dueAt'>, now = dayjs()) => c.status === 'open' && !!c.dueAt && dayjs(c.dueAt).isBefore(now);

export interface CommitmentColumnOptions {
  names: RecordNames;
  /** Hidden on an account's own page. */
  showAccount?: boolean;
  /**
   * Undefined when the role may not change commitments at all (no actions column). With it, each
   * row still shows its buttons only when its own `viewerCan.resolve` says so: a rep may read a
   * promise shared with them that is not theirs to resolve.
   */
  onResolve?: (c: CommitmentRowFragment, status: 'kept' | 'broken' | 'open') => void;
  /** The row being saved, to show its buttons busy. */
  busyId?: string;
}

export function commitmentColumns(t: TFunction, { names, showAccount = true, onResolve, busyId }: CommitmentColumnOptions): TableColumnsType<CommitmentRowFragment> {
  return [
    {
      key: 'description',
      title: t('revenue.commitments.fields.description'),
      render: (_: unknown, c) => (
        <Flex vertical gap={2} style={{ maxWidth: 360 }}>
          <Typography.Text>{c.description}</Typography.Text>
          <span>
            <Tag>{commitmentKindLabel(t, c.kind)}</Tag>
          </span>
        </Flex>
      ),
    },
    {
      // Customer and deal share a column: both are links, and the ledger stays readable without scrolling.
      key: 'links',
      title: showAccount ? t('revenue.commitments.fields.linkedTo') : t('revenue.quotes.fields.opportunity'),
      render: (_: unknown, c) => {
        const account = showAccount && c.accountId ? <Link to={accountPath(c.accountId)}>{names.account(c.accountId) ?? t('revenue.quotes.openAccount')}</Link> : null;
        const deal = c.opportunityId ? (
          <Link to={opportunityPath(c.opportunityId)} style={account ? { fontSize: 12 } : undefined}>
            {names.opportunity(c.opportunityId) ?? t('revenue.quotes.openDeal')}
          </Link>
        ) : null;
        if (!account && !deal) return NONE;
        return (
          // Two links one above the other: 4 px apart, so each keeps a 24 px target (WCAG 2.5.8).
          <Flex vertical gap={4} style={{ maxWidth: 320 }}>
            {account}
            {deal}
          </Flex>
        );
      },
    },
    {
      key: 'dueAt',
      title: t('revenue.commitments.fields.dueAt'),
      render: (_: unknown, c) =>
        c.dueAt ? (
          isOverdue(c) ? (
            <Tooltip title={t('revenue.commitments.overdue')}>
              <Typography.Text type="danger" strong data-testid={`commitment-overdue-${c.id}`}>
                {formatDate(c.dueAt)}
              </Typography.Text>
            </Tooltip>
          ) : (
            formatDate(c.dueAt)
          )
        ) : (
          NONE
        ),
    },
    {
      key: 'status',
      title: t('fields.status'),
      render: (_: unknown, c) => (
        <Tag color={COMMITMENT_STATUS_COLORS[c.status]} data-testid={`commitment-status-${c.id}`}>
          {commitmentStatusLabel(t, c.status)}
        </Tag>
      ),
    },
    { key: 'owner', title: t('common.owner'), render: (_: unknown, c) => orNone(names.user(c.ownerId)) },
    ...(onResolve
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            align: 'end' as const,
            render: (_: unknown, c: CommitmentRowFragment) =>
              !c.viewerCan.resolve ? null : c.status === 'open' ? (
                <Flex gap={4} justify="end">
                  <Button size="small" icon={<CheckOutlined />} loading={busyId === c.id} onClick={() => onResolve(c, 'kept')} data-testid={`commitment-kept-${c.id}`}>
                    {t('revenue.commitments.markKept')}
                  </Button>
                  <Button size="small" danger icon={<CloseOutlined />} disabled={busyId === c.id} onClick={() => onResolve(c, 'broken')} data-testid={`commitment-broken-${c.id}`}>
                    {t('revenue.commitments.markBroken')}
                  </Button>
                </Flex>
              ) : (
                <Button size="small" type="text" icon={<UndoOutlined />} loading={busyId === c.id} onClick={() => onResolve(c, 'open')} data-testid={`commitment-reopen-${c.id}`}>
                  {t('revenue.commitments.reopen')}
                </Button>
              ),
          },
        ]
      : []),
  ];
}
