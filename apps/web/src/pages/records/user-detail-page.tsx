import { useQuery } from '@apollo/client/react';
import { errorMessageOf, UserDocument } from '@rapport/web-data-access';
import { ErrorState, formatDateTime, LoadingState, PageHeader } from '@rapport/web-ui';
import { Badge, Card, Descriptions, Result, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackLink, usePageTitle, usePermissions } from '@rapport/web-core';
import { localeLabel } from '@rapport/web-core';
import { roleLabel } from '@rapport/web-core';

/** Where a user found by global search opens; read-only, editing lives in Admin → Users. */
export function UserDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // Back to Admin → Users when that page opens for this viewer (its grant), else back home.
  const admin = usePermissions().can('user', 'write');
  const { data, loading, error, refetch } = useQuery(UserDocument, { variables: { id } });
  const user = data?.user;
  usePageTitle(user?.name ?? t('userDetail.title'));

  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (!user) {
    // null means "not found or not visible to you"; the API does not say which, neither do we.
    return <Result status="404" title={t('userDetail.notFound')} extra={<Link to="/">{t('notFound.home')}</Link>} />;
  }

  return (
    <>
      {admin ? <BackLink to="/admin/users" label={t('userDetail.backToUsers')} /> : <BackLink to="/" label={t('common.back')} />}
      <PageHeader title={user.name} subtitle={user.email} />
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
          <Descriptions.Item label={t('users.columns.email')}>{user.email}</Descriptions.Item>
          <Descriptions.Item label={t('users.columns.role')}>
            <Tag>{roleLabel(t, user.role)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('users.columns.team')}>
            {user.team ? <Link to={`/teams/${user.team.id}`}>{user.team.name}</Link> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('users.columns.active')}>
            {user.active ? (
              <Badge status="success" text={t('users.status.active')} />
            ) : (
              <Badge status="default" text={t('users.status.inactive')} />
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('users.fields.locale')}>{localeLabel(user.locale)}</Descriptions.Item>
          <Descriptions.Item label={t('users.columns.lastLogin')}>
            {formatDateTime(user.lastLoginAt) ?? t('common.never')}
          </Descriptions.Item>
          <Descriptions.Item label={t('users.columns.created')}>{formatDateTime(user.createdAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}

// Default export for the router's lazy route.
export default UserDetailPage;
