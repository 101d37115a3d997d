import { CloseOutlined, UploadOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CampaignFunnelDocument,
  CampaignMembersDocument,
  CampaignMemberStatusesDocument,
  UpdateCampaignMemberStatusDocument,
  type CampaignDetailFragment,
  type CampaignMemberFieldsFragment,
} from '@rapport/web-data-access';
import { ConnectionTable, contactPath, dateTimeCell, leadPath, personName, SelectionBar, useCursorStack } from '@rapport/web-core';
import { App, Button, Card, Flex, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { memberStatusLabel } from '../campaign-labels';
import { AddMembersModal } from './add-members-modal';
import { funnelStepLabel, type FunnelStep } from './funnel-data';
import { ImportMembersModal } from './import-members-modal';

const PAGE_SIZE = 20;

function memberColumns(t: TFunction, responded: ReadonlySet<string>): TableColumnsType<CampaignMemberFieldsFragment> {
  return [
    {
      key: 'person',
      title: t('marketing.memberList.person'),
      render: (_: unknown, m) =>
        m.contact ? (
          <Flex gap={6} align="center" wrap>
            <Link to={contactPath(m.contact.id)}>{personName(m.contact)}</Link>
            <Tag>{t('recordType.contact')}</Tag>
          </Flex>
        ) : m.lead ? (
          <Flex gap={6} align="center" wrap>
            <Link to={leadPath(m.lead.id)}>{personName(m.lead)}</Link>
            <Tag>{t('recordType.lead')}</Tag>
          </Flex>
        ) : null,
    },
    {
      key: 'status',
      title: t('fields.status'),
      render: (_: unknown, m) => <Tag color={responded.has(m.status) ? 'green' : 'default'}>{memberStatusLabel(t, m.status)}</Tag>,
    },
    { key: 'respondedAt', title: t('marketing.memberList.respondedAt'), dataIndex: 'respondedAt', render: dateTimeCell },
  ];
}

export interface CampaignMembersProps {
  campaign: CampaignDetailFragment;
  /** The funnel's drill-down: only the members who reached this step (null: everyone). */
  reached?: FunnelStep | null;
  onClearReached?: () => void;
  /** Goes up with each drill from the funnel: the list then takes the focus (and the screen). */
  drills?: number;
}

/**
 * The campaign's members (contacts and leads the viewer may see), with their status from the
 * campaign type's set, or only those who reached a funnel step. Whoever may update the campaign
 * picks rows and sets their status at once, and adds people.
 */
export function CampaignMembers({ campaign, reached = null, onClearReached, drills = 0 }: CampaignMembersProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const statusLabelId = useId();
  // Another step is another list: paging and the picked rows start over.
  const listKey = `${campaign.id}:${reached ?? ''}`;
  const cursors = useCursorStack(listKey);
  const [selection, setSelection] = useState<{ key: string; ids: string[] }>({ key: listKey, ids: [] });
  const selected = selection.key === listKey ? selection.ids : [];
  const setSelected = (ids: string[]) => setSelection({ key: listKey, ids });
  const [bulkStatus, setBulkStatus] = useState<string>();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const canUpdate = campaign.viewerCan.update;
  const { data, previousData, loading, error, refetch } = useQuery(CampaignMembersDocument, {
    variables: { id: campaign.id, first: PAGE_SIZE, after: cursors.after, reached },
    notifyOnNetworkStatusChange: true,
  });
  const statuses = useQuery(CampaignMemberStatusesDocument, { variables: { type: campaign.type } }).data?.campaignMemberStatuses ?? [];
  const responded = new Set(statuses.filter((s) => s.responded).map((s) => s.value));
  // A status change moves people along the funnel (a first response stamps respondedAt).
  const [updateStatus, { loading: saving }] = useMutation(UpdateCampaignMemberStatusDocument, { refetchQueries: ['CampaignMembers', 'CampaignRoi', 'CampaignFunnel'] });
  // The funnel counts every member; the list only those the reader may see: say so when they differ.
  const funnel = useQuery(CampaignFunnelDocument, { variables: { id: campaign.id }, skip: !reached }).data?.campaign?.funnel;
  const reachedCount = funnel?.find((row) => row.step === reached)?.count;
  const shown = data?.campaign?.members.totalCount;
  const chipRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  // A drill from the funnel lands on the chip that says what the list shows. The step arrives
  // through the address, a render after the drill: each drill is focused once, when its chip is there.
  const focusedDrill = useRef(0);
  useEffect(() => {
    if (drills > focusedDrill.current && reached && chipRef.current) {
      focusedDrill.current = drills;
      chipRef.current.focus();
    }
  }, [drills, reached]);

  const clearReached = () => {
    onClearReached?.();
    // The chip (and the focus on its button) goes away: the focus moves to the list it widened.
    listRef.current?.focus();
  };

  const applyStatus = async () => {
    if (!bulkStatus || !selected.length) return;
    try {
      const { data: result } = await updateStatus({ variables: { input: { campaignId: campaign.id, memberIds: selected, status: bulkStatus } } });
      void message.success(t('marketing.memberList.statusSet', { count: result?.updateCampaignMemberStatus.updated ?? 0 }));
      setSelected([]);
      setBulkStatus(undefined);
    } catch {
      void message.error(t('marketing.memberList.statusFailed'));
    }
  };

  return (
    <Card
      title={t('marketing.members')}
      extra={
        canUpdate ? (
          <Space wrap>
            <Button icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="campaign-add-members">
              {t('marketing.addMembers.open')}
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="campaign-import-members">
              {t('marketing.importMembers.open')}
            </Button>
          </Space>
        ) : null
      }
    >
      {reached ? (
        <Flex
          ref={chipRef}
          tabIndex={-1}
          align="center"
          gap="small"
          wrap
          style={{ marginBottom: 12, padding: '4px 8px', borderRadius: 6, background: '#e6f4ff', border: '1px solid #91caff', width: 'fit-content', maxWidth: '100%' }}
          data-testid="campaign-members-reached"
          data-step={reached}
        >
          <Typography.Text>{t('marketing.memberList.reached.showing', { step: funnelStepLabel(t, reached) })}</Typography.Text>
          {reachedCount !== undefined && shown !== undefined && shown < reachedCount ? (
            <Typography.Text type="secondary" data-testid="campaign-members-reached-partial">
              {t('marketing.memberList.reached.partial', { shown, count: reachedCount })}
            </Typography.Text>
          ) : null}
          <Button
            size="small"
            type="text"
            icon={<CloseOutlined />}
            onClick={clearReached}
            aria-label={t('marketing.memberList.reached.clearLabel')}
            data-testid="campaign-members-reached-clear"
          >
            {t('marketing.memberList.reached.clear')}
          </Button>
        </Flex>
      ) : null}
      <div ref={listRef} tabIndex={-1} style={{ outline: 'none' }}>
        <ConnectionTable<CampaignMemberFieldsFragment>
          testId="campaign-members-table"
          connection={(data ?? previousData)?.campaign?.members}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          columns={memberColumns(t, responded)}
          cursors={cursors}
          size="small"
          compactPager
          rowSelection={canUpdate ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) } : undefined}
          above={
            <SelectionBar count={selected.length} onClear={() => setSelected([])} data-testid="member-bulk-bar">
              <Typography.Text id={statusLabelId}>{t('marketing.memberList.setStatus')}</Typography.Text>
              <Select<string>
                size="small"
                aria-labelledby={statusLabelId}
                value={bulkStatus}
                onChange={setBulkStatus}
                options={statuses.map((s) => ({ value: s.value, label: memberStatusLabel(t, s.value) }))}
                style={{ minWidth: 160 }}
                data-testid="member-bulk-status"
              />
              <Button size="small" type="primary" disabled={!bulkStatus} loading={saving} onClick={() => void applyStatus()} data-testid="member-bulk-apply">
                {t('marketing.memberList.apply')}
              </Button>
            </SelectionBar>
          }
          empty={<Typography.Text type="secondary">{reached ? t('marketing.memberList.reached.empty') : t('marketing.memberList.empty')}</Typography.Text>}
        />
      </div>
      <AddMembersModal campaign={campaign} statuses={statuses.map((s) => s.value)} open={adding} onClose={() => setAdding(false)} />
      {canUpdate ? <ImportMembersModal campaign={campaign} statuses={statuses.map((s) => s.value)} open={importing} onClose={() => setImporting(false)} /> : null}
    </Card>
  );
}
