import { EditOutlined } from '@ant-design/icons';
import type { UserRowFragment } from '@rapport/web-data-access';
import { formatDateTime } from '@rapport/web-ui';
import { Badge, Button, Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { roleLabel } from '@rapport/web-core';
import type { UserSort } from './user-filter';

export function userColumns(
  t: TFunction,
  sort: UserSort,
  onEdit: (user: UserRowFragment) => void,
): TableColumnsType<UserRowFragment> {
  const order = (column: UserSort['column']) =>
    sort.column === column ? (sort.descending ? 'descend' : 'ascend') : null;
  return [
    {
      key: 'name',
      title: t('users.columns.name'),
      dataIndex: 'name',
      sorter: true,
      sortOrder: order('name'),
      sortDirections: ['ascend', 'descend', 'ascend'],
      render: (name: string, user) => (
        <Link to={`/users/${user.id}`} data-testid="user-link">
          <Typography.Text strong>{name}</Typography.Text>
        </Link>
      ),
    },
    {
      key: 'email',
      title: t('users.columns.email'),
      dataIndex: 'email',
      sorter: true,
      sortOrder: order('email'),
      sortDirections: ['ascend', 'descend', 'ascend'],
    },
    {
      key: 'role',
      title: t('users.columns.role'),
      dataIndex: 'role',
      render: (_: unknown, user) => <Tag color={user.role === 'ADMIN' ? 'gold' : 'blue'}>{roleLabel(t, user.role)}</Tag>,
    },
    {
      key: 'team',
      title: t('users.columns.team'),
      render: (_: unknown, user) => (user.team ? <Link to={`/teams/${user.team.id}`}>{user.team.name}</Link> : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      key: 'active',
      title: t('users.columns.active'),
      dataIndex: 'active',
      render: (active: boolean) =>
        active ? (
          <Badge status="success" text={t('users.status.active')} />
        ) : (
          <Badge status="default" text={t('users.status.inactive')} />
        ),
    },
    {
      key: 'lastLoginAt',
      title: t('users.columns.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (value: string | null) =>
        formatDateTime(value) ?? <Typography.Text type="secondary">{t('common.never')}</Typography.Text>,
    },
    {
      key: 'createdAt',
      title: t('users.columns.created'),
      dataIndex: 'createdAt',
      sorter: true,
      sortOrder: order('createdAt'),
      sortDirections: ['descend', 'ascend', 'descend'],
      render: (value: string) => formatDateTime(value),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      align: 'end',
      render: (_: unknown, user) => (
        <Button
          type="link"
          icon={<EditOutlined />}
          onClick={() => onEdit(user)}
          aria-label={t('users.editNamed', { name: user.name })}
          data-testid={`user-edit-${user.id}`}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];
}
