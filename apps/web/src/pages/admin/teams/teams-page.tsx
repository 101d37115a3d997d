import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, TeamsDocument, type TeamRowFragment } from '@rapport/web-data-access';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { Alert, Button, Card, Table, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@rapport/web-core';
import { TeamFormModal } from './team-form-modal';
import { allKeys, buildTeamTree, type TeamNode } from './team-tree';

type Editing = { mode: 'create' } | { mode: 'edit'; team: TeamRowFragment } | null;

function columns(t: TFunction, onEdit: (team: TeamRowFragment) => void): TableColumnsType<TeamNode> {
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  return [
    {
      key: 'name',
      title: t('teams.columns.name'),
      render: (_: unknown, team) => <Link to={`/teams/${team.id}`}>{team.name}</Link>,
    },
    { key: 'parent', title: t('teams.columns.parent'), render: (_: unknown, team) => (team.parent ? <Link to={`/teams/${team.parent.id}`}>{team.parent.name}</Link> : none) },
    { key: 'manager', title: t('teams.columns.manager'), render: (_: unknown, team) => (team.manager ? <Link to={`/users/${team.manager.id}`}>{team.manager.name}</Link> : none) },
    { key: 'members', title: t('teams.columns.members'), dataIndex: 'memberCount', align: 'end' },
    {
      key: 'actions',
      title: t('common.actions'),
      align: 'end',
      render: (_: unknown, team) => (
        <Button
          type="link"
          icon={<EditOutlined />}
          onClick={() => onEdit(team)}
          aria-label={t('teams.editNamed', { name: team.name })}
          data-testid={`team-edit-${team.id}`}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];
}

export function TeamsPage() {
  const { t } = useTranslation();
  usePageTitle(t('teams.title'));
  const [editing, setEditing] = useState<Editing>(null);
  const { data, loading, error, refetch } = useQuery(TeamsDocument);
  const teams = useMemo(() => data?.teams.edges.map((e) => e.node) ?? [], [data]);
  const tree = useMemo(() => buildTeamTree(teams), [teams]);
  const truncated = data ? data.teams.totalCount > teams.length : false;

  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!data && error) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (tree.length === 0)
    body = (
      <EmptyState
        description={t('teams.empty')}
        action={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
            {t('teams.create')}
          </Button>
        }
      />
    );
  else
    body = (
      <>
        {truncated ? (
          <Alert type="info" showIcon title={t('teams.truncated', { shown: teams.length, total: data?.teams.totalCount })} style={{ marginBottom: 16 }} />
        ) : null}
        <Table<TeamNode>
          data-testid="teams-table"
          rowKey="id"
          size="middle"
          dataSource={tree}
          columns={columns(t, (team) => setEditing({ mode: 'edit', team }))}
          pagination={false}
          loading={loading}
          // Rendered only once data is here, so "expand all" applies to the real rows.
          expandable={{ defaultExpandedRowKeys: allKeys(tree) }}
          scroll={{ x: 'max-content' }}
        />
      </>
    );

  return (
    <>
      <PageHeader
        title={t('teams.title')}
        subtitle={t('teams.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} data-testid="team-create" onClick={() => setEditing({ mode: 'create' })}>
            {t('teams.create')}
          </Button>
        }
      />
      <Card>{body}</Card>
      <TeamFormModal
        open={editing !== null}
        team={editing?.mode === 'edit' ? editing.team : undefined}
        teams={teams}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void refetch();
        }}
      />
    </>
  );
}

// Default export for the router's lazy route.
export default TeamsPage;
