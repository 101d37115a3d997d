import { UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CampaignMembersDocument,
  CampaignMemberStatusesDocument,
  UpdateCampaignMemberStatusDocument,
  type CampaignDetailFragment,
  type CampaignMemberFieldsFragment,
} from '@rapport/web-data-access';
import { ConnectionTable, contactPath, dateTimeCell, leadPath, personName, SelectionBar, useCursorStack } from '@rapport/web-core';
import { App, Button, Card, Flex, Select, Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { memberStatusLabel } from '../campaign-labels';
import { AddMembersModal } from './add-members-modal';

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

/**
 * The campaign's members (contacts and leads the viewer may see), with their status from the
 * campaign type's set. Whoever may update the campaign picks rows and sets their status at once,
 * and adds people.
 */
export function CampaignMembers({ campaign }: { campaign: CampaignDetailFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const statusLabelId = useId();
  const cursors = useCursorStack(campaign.id);
  const [selected, setSelected] = useState<string[]>([]);
  const [bulkStatus, setBulkStatus] = useState<string>();
  const [adding, setAdding] = useState(false);
  const canUpdate = campaign.viewerCan.update;
  const { data, previousData, loading, error, refetch } = useQuery(CampaignMembersDocument, {
    variables: { id: campaign.id, first: PAGE_SIZE, after: cursors.after },
    notifyOnNetworkStatusChange: true,
  });
  const statuses = useQuery(CampaignMemberStatusesDocument, { variables: { type: campaign.type } }).data?.campaignMemberStatuses ?? [];
  const responded = new Set(statuses.filter((s) => s.responded).map((s) => s.value));
  const [updateStatus, { loading: saving }] = useMutation(UpdateCampaignMemberStatusDocument, { refetchQueries: ['CampaignMembers', 'CampaignRoi'] });

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
          <Button icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="campaign-add-members">
            {t('marketing.addMembers.open')}
          </Button>
        ) : null
      }
    >
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
        empty={<Typography.Text type="secondary">{t('marketing.memberList.empty')}</Typography.Text>}
      />
      <AddMembersModal campaign={campaign} statuses={statuses.map((s) => s.value)} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
