import { StopOutlined } from '@ant-design/icons';
import type { ApiKeyRowFragment } from '@rapport/web-data-access';
import { formatDate, formatDateTime, withTestId } from '@rapport/web-ui';
import { Button, Flex, Popconfirm, Tag, Typography, type ButtonProps, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { apiKeyStatus } from './api-key-status';

export function apiKeyColumns(
  t: TFunction,
  onRevoke: (key: ApiKeyRowFragment) => Promise<void>,
  revokingId: string | undefined,
): TableColumnsType<ApiKeyRowFragment> {
  const none = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;
  return [
    { key: 'name', title: t('apiKeys.columns.name'), dataIndex: 'name', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
    { key: 'prefix', title: t('apiKeys.columns.prefix'), dataIndex: 'prefix', render: (v: string) => <Typography.Text code>{`rk_${v}…`}</Typography.Text> },
    {
      key: 'scopes',
      title: t('apiKeys.columns.scopes'),
      render: (_: unknown, key) => (
        <Flex wrap gap={4}>
          {key.scopes.map((s) => (
            <Tag key={s}>{s}</Tag>
          ))}
        </Flex>
      ),
    },
    { key: 'actsAs', title: t('apiKeys.columns.actsAs'), render: (_: unknown, key) => key.actsAs.name },
    { key: 'createdAt', title: t('apiKeys.columns.created'), dataIndex: 'createdAt', render: (v: string) => formatDate(v) },
    {
      key: 'lastUsedAt',
      title: t('apiKeys.columns.lastUsed'),
      dataIndex: 'lastUsedAt',
      render: (v: string | null) => formatDateTime(v) ?? none(t('common.never')),
    },
    {
      key: 'expiresAt',
      title: t('apiKeys.columns.expires'),
      dataIndex: 'expiresAt',
      render: (v: string | null) => formatDate(v) ?? none(t('apiKeys.noExpiry')),
    },
    {
      key: 'status',
      title: t('apiKeys.columns.status'),
      render: (_: unknown, key) => {
        const status = apiKeyStatus(key);
        if (status === 'revoked') return <Tag color="red">{t('apiKeys.status.revoked')}</Tag>;
        if (status === 'expired') return <Tag color="orange">{t('apiKeys.status.expired')}</Tag>;
        return <Tag color="green">{t('apiKeys.status.active')}</Tag>;
      },
    },
    {
      key: 'actions',
      title: t('common.actions'),
      align: 'end',
      render: (_: unknown, key) =>
        key.revokedAt ? null : (
          <Popconfirm
            title={t('apiKeys.revokeTitle', { name: key.name })}
            description={t('apiKeys.revokeBody')}
            okText={t('apiKeys.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={withTestId<ButtonProps>({ danger: true }, 'apikey-revoke-confirm')}
            onConfirm={() => onRevoke(key)}
          >
            <Button
              danger
              type="link"
              icon={<StopOutlined />}
              loading={revokingId === key.id}
              data-testid={`apikey-revoke-${key.id}`}
            >
              {t('apiKeys.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];
}
