import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, RoutingProfilesDocument, type RoutingProfileFieldsFragment } from '@rapport/web-data-access';
import { EmptyState, ErrorState, formatDate, formatRelative } from '@rapport/web-ui';
import { Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NONE } from '@rapport/web-core';
import { minutesToClock, weekdaysText } from '../shared/time-inputs';
import { RoutingProfileModal } from './routing-profile-modal';
import { isAway, profileToForm } from './settings-values';
import { usePeople } from './use-people';

interface ProfileRow {
  id: string;
  name: string;
  team: string | null;
  profile?: RoutingProfileFieldsFragment;
}

/**
 * Per-rep routing profiles: the router skips a rep outside their hours, away, or at their daily
 * capacity. Lists the sales reps the caller can see and anyone else who already has a profile.
 */
export function RoutingProfilesCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const people = usePeople();
  const { data, loading, error, refetch } = useQuery(RoutingProfilesDocument);
  const [editing, setEditing] = useState<ProfileRow>();

  const rows = useMemo<ProfileRow[]>(() => {
    const profiles = new Map((data?.routingProfiles ?? []).map((p) => [p.userId, p]));
    const listed = people.users.filter((u) => u.role === 'SALES_REP' || profiles.has(u.id));
    const out: ProfileRow[] = listed.map((u) => ({ id: u.id, name: u.name, team: u.team?.name ?? null, profile: profiles.get(u.id) }));
    // Profiles of people the caller cannot see still show, without a name.
    for (const p of profiles.values()) if (!listed.some((u) => u.id === p.userId)) out.push({ id: p.userId, name: t('intake.common.someoneElse'), team: null, profile: p });
    return out;
  }, [data, people.users, t]);

  const columns: TableColumnsType<ProfileRow> = [
    {
      key: 'name',
      title: t('intake.profiles.person'),
      render: (_: unknown, r) => (
        <Flex vertical>
          <Typography.Text strong>{r.name}</Typography.Text>
          {r.team ? <Typography.Text type="secondary">{r.team}</Typography.Text> : null}
        </Flex>
      ),
    },
    { key: 'tz', title: t('intake.common.timeZone'), render: (_: unknown, r) => r.profile?.timeZone ?? <Typography.Text type="secondary">{t('intake.profiles.notSetUp')}</Typography.Text> },
    { key: 'days', title: t('intake.common.workDays'), render: (_: unknown, r) => (r.profile ? weekdaysText(t, r.profile.workDays) : NONE) },
    { key: 'hours', title: t('intake.profiles.hours'), render: (_: unknown, r) => (r.profile ? `${minutesToClock(r.profile.workStart)}–${minutesToClock(r.profile.workEnd)}` : NONE) },
    { key: 'capacity', title: t('intake.profiles.capacity'), render: (_: unknown, r) => (r.profile ? (r.profile.dailyCapacity ?? t('intake.profiles.unlimited')) : NONE) },
    {
      key: 'away',
      title: t('intake.profiles.away'),
      render: (_: unknown, r) => {
        const p = r.profile;
        if (!p?.outOfOfficeFrom) return NONE;
        // Shown as first and last day away in the rep's own time zone (the API stores [from, until)).
        const days = profileToForm(p);
        return (
          <Flex gap={4} align="center" wrap>
            {isAway(p) ? <Tag color="orange">{t('intake.profiles.awayNow')}</Tag> : null}
            <span>
              {formatDate(days.awayFrom)} – {days.awayTo ? formatDate(days.awayTo) : '…'}
            </span>
          </Flex>
        );
      },
    },
    { key: 'last', title: t('intake.profiles.lastLead'), render: (_: unknown, r) => formatRelative(r.profile?.lastAssignedAt) ?? NONE },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, r: ProfileRow) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(r)} data-testid={`routing-profile-edit-${r.id}`}>
                {r.profile ? t('common.edit') : t('intake.profiles.setUp')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const fail = error ?? people.error;
  return (
    <Card title={t('intake.profiles.title')}>
      <Typography.Paragraph type="secondary">{t('intake.profiles.hint')}</Typography.Paragraph>
      {fail && !data ? (
        <ErrorState message={errorMessageOf(fail)} onRetry={() => void refetch()} />
      ) : (
        <Table<ProfileRow>
          rowKey="id"
          loading={loading || people.loading}
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="routing-profiles-table"
          locale={{ emptyText: loading ? ' ' : <EmptyState compact description={t('intake.profiles.empty')} /> }}
        />
      )}
      <RoutingProfileModal open={Boolean(editing)} person={editing} profile={editing?.profile} onClose={() => setEditing(undefined)} />
    </Card>
  );
}
