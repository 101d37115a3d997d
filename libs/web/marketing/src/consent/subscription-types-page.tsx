import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessageOf, SaveSubscriptionTypeDocument, SubscriptionTypesDocument, type SubscriptionTypeFieldsFragment } from '@rapport/web-data-access';
import { NameCell, useCan, usePageTitle } from '@rapport/web-core';
import { EmptyState, ErrorState, LoadingState, PageHeader, useLazyMessages } from '@rapport/web-ui';
import { Alert, App, Button, Card, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubscriptionTypeModal } from './subscription-type-modal';

type Editing = { type?: SubscriptionTypeFieldsFragment } | null;

/** "Offered" as a switch in the row: deactivating a type is the common change, one click. */
function ActiveSwitch({ type }: { type: SubscriptionTypeFieldsFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save, saving] = useMutation(SaveSubscriptionTypeDocument, { refetchQueries: ['SubscriptionTypes'] });
  const toggle = async (active: boolean) => {
    try {
      const { key, canonicalName: name, names, description, doubleOptIn, requiresOptIn } = type;
      await save({ variables: { input: { id: type.id, key, name, names, description, doubleOptIn, requiresOptIn, active } } });
      void message.success(t('consent.types.saved', { name: type.canonicalName }));
    } catch (error) {
      void message.error(errorMessageOf(error) ?? t('errors.generic'));
    }
  };
  return (
    <Switch
      checked={type.active}
      loading={saving.loading}
      onChange={(active) => void toggle(active)}
      aria-label={t('consent.types.activeLabel', { name: type.name })}
      data-testid={`subscription-type-active-${type.key}`}
    />
  );
}

/**
 * Marketing → Subscription types (issue 15): the kinds of marketing mail people answer separately,
 * with the name in the reader's language (and the stored one), key, double opt-in, what no answer
 * means, and whether it is still offered. Campaign readers look; campaign writers create, edit and
 * deactivate (the API's `saveSubscriptionType` asks for campaign write).
 */
export function SubscriptionTypesPage() {
  const { t } = useTranslation();
  usePageTitle(t('consent.types.title'));
  const canEdit = useCan('campaign', 'write');
  const [editing, setEditing] = useState<Editing>(null);
  const { data, loading, error, refetch } = useQuery(SubscriptionTypesDocument, { notifyOnNetworkStatusChange: true });
  const types = data?.subscriptionTypes;

  const yesNo = (value: boolean) => (value ? <Tag color="blue">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>);
  const columns: TableColumnsType<SubscriptionTypeFieldsFragment> = [
    { key: 'name', title: t('consent.types.columns.name'), render: (_: unknown, type) => <NameCell thing={type} /> },
    { key: 'key', title: t('consent.types.columns.key'), render: (_: unknown, type) => <Typography.Text code>{type.key}</Typography.Text> },
    { key: 'double', title: t('consent.types.columns.doubleOptIn'), render: (_: unknown, type) => yesNo(type.doubleOptIn) },
    {
      key: 'requires',
      title: t('consent.types.columns.requiresOptIn'),
      render: (_: unknown, type) => (type.requiresOptIn ? t('consent.types.requiresOptInYes') : t('consent.types.requiresOptInNo')),
    },
    {
      key: 'active',
      title: t('consent.types.columns.active'),
      render: (_: unknown, type) =>
        canEdit ? <ActiveSwitch type={type} /> : type.active ? <Tag color="green">{t('consent.types.activeYes')}</Tag> : <Tag>{t('consent.types.activeNo')}</Tag>,
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            align: 'end' as const,
            render: (_: unknown, type: SubscriptionTypeFieldsFragment) => (
              <Button type="link" icon={<EditOutlined />} onClick={() => setEditing({ type })} aria-label={t('consent.types.editNamed', { name: type.name })} data-testid={`subscription-type-edit-${type.key}`}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  let body;
  if (!types && loading) body = <LoadingState />;
  else if (!types) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!types.length) body = <EmptyState description={canEdit ? t('consent.types.empty') : t('consent.types.emptyReader')} />;
  else
    body = (
      <Table<SubscriptionTypeFieldsFragment>
        rowKey="id"
        size="middle"
        dataSource={types}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="subscription-types-table"
      />
    );

  return (
    <>
      <PageHeader
        title={t('consent.types.title')}
        subtitle={t('consent.types.subtitle')}
        extra={
          canEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="subscription-type-create">
              {t('consent.types.create')}
            </Button>
          ) : undefined
        }
      />
      <Card>
        {!canEdit ? <Alert type="info" showIcon title={t('consent.types.readOnly')} style={{ marginBottom: 16 }} data-testid="subscription-types-read-only" /> : null}
        {body}
      </Card>
      {canEdit ? <SubscriptionTypeModal key={editing?.type?.id ?? 'new'} type={editing?.type} open={editing !== null} onClose={() => setEditing(null)} /> : null}
    </>
  );
}

export default function SubscriptionTypesRoute() {
  return useLazyMessages('consent') ? <SubscriptionTypesPage /> : <LoadingState />;
}
