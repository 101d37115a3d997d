import { useQuery } from '@apollo/client/react';
import { errorMessageOf, TeamDocument } from '@rapport/web-data-access';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { Card, Descriptions, Flex, Result, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackLink, usePageTitle, usePermissions } from '@rapport/web-core';

/** Where a team found by global search opens; read-only, editing lives in Admin → Teams. */
export function TeamDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // Back to Admin → Teams when that page opens for this viewer (its grant), else back home.
  const admin = usePermissions().can('team', 'write');
  const { data, loading, error, refetch } = useQuery(TeamDocument, { variables: { id } });
  const team = data?.team;
  usePageTitle(team?.name ?? t('teamDetail.title'));

  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (!team) {
    return <Result status="404" title={t('teamDetail.notFound')} extra={<Link to="/">{t('notFound.home')}</Link>} />;
  }

  return (
    <>
      {admin ? <BackLink to="/admin/teams" label={t('teamDetail.backToTeams')} /> : <BackLink to="/" label={t('common.back')} />}
      <PageHeader title={team.name} subtitle={t('teamDetail.memberCount', { total: team.memberCount })} />
      <Flex vertical gap="middle">
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
            <Descriptions.Item label={t('teams.columns.parent')}>
              {team.parent ? <Link to={`/teams/${team.parent.id}`}>{team.parent.name}</Link> : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('teams.columns.manager')}>
              {team.manager ? <Link to={`/users/${team.manager.id}`}>{team.manager.name}</Link> : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('teamDetail.subteams')} span={2}>
              {team.children.length === 0 ? (
                '—'
              ) : (
                <Flex wrap gap={4}>
                  {team.children.map((c) => (
                    <Tag key={c.id}>
                      <Link to={`/teams/${c.id}`}>{c.name}</Link>
                    </Tag>
                  ))}
                </Flex>
              )}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t('teamDetail.members')}>
          {team.members.length === 0 ? (
            <EmptyState compact description={t('teamDetail.noMembers')} />
          ) : (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={team.members}
              columns={[
                {
                  key: 'name',
                  title: t('users.columns.name'),
                  render: (_: unknown, m) => <Link to={`/users/${m.id}`}>{m.name}</Link>,
                },
                {
                  key: 'email',
                  title: t('users.columns.email'),
                  render: (_: unknown, m) => <Typography.Text type="secondary">{m.email}</Typography.Text>,
                },
              ]}
            />
          )}
        </Card>
      </Flex>
    </>
  );
}

// Default export for the router's lazy route.
export default TeamDetailPage;
