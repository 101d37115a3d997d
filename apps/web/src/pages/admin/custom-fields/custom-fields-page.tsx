import { EditOutlined, InboxOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CustomFieldDefinitionsDocument,
  errorMessageOf,
  UpdateCustomFieldDocument,
  type CustomFieldDefinitionFieldsFragment,
  type CustomizableObject,
} from '@rapport/web-data-access';
import { EmptyState, ErrorState, PageHeader } from '@rapport/web-ui';
import { Alert, App, Button, Card, Flex, Popconfirm, Switch, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customFieldLabel, customOptionLabel } from '@rapport/web-core';
import { usePageTitle } from '@rapport/web-core';
import { ALL_CUSTOMIZABLE_OBJECTS, customFieldTypeLabel, customizableObjectLabel } from '@rapport/web-core';
import { CustomFieldFormModal } from './custom-field-form-modal';

type Definition = CustomFieldDefinitionFieldsFragment;

/**
 * Admins define the extra fields of accounts, contacts, leads and opportunities. The API keeps
 * stored values when a field goes, so "remove" archives it: hidden everywhere, restorable.
 */
export function CustomFieldsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('customFields.title'));
  const { message } = App.useApp();
  const [objectType, setObjectType] = useState<CustomizableObject>('ACCOUNT');
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<{ field?: Definition }>();
  const { data, loading, error, refetch } = useQuery(CustomFieldDefinitionsDocument, {
    variables: { objectType, includeArchived: true },
    notifyOnNetworkStatusChange: true,
  });
  const [update] = useMutation(UpdateCustomFieldDocument, { refetchQueries: ['CustomFieldDefinitions'] });
  const [busyId, setBusyId] = useState<string>();
  const all = data?.customFieldDefinitions ?? [];
  const rows = showArchived ? all : all.filter((d) => d.active);
  const archivedCount = all.length - all.filter((d) => d.active).length;

  const setActive = async (def: Definition, active: boolean) => {
    setBusyId(def.id);
    try {
      await update({ variables: { input: { id: def.id, active } } });
      void message.success(active ? t('customFields.restored', { name: def.label }) : t('customFields.archived', { name: def.label }));
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    } finally {
      setBusyId(undefined);
    }
  };

  const columns: TableColumnsType<Definition> = [
    {
      key: 'label',
      title: t('customFields.fields.label'),
      render: (_: unknown, d) => (
        <Flex vertical>
          <Typography.Text strong>{customFieldLabel(d, i18n.language)}</Typography.Text>
          {customFieldLabel(d, i18n.language) !== d.label ? <Typography.Text type="secondary">{d.label}</Typography.Text> : null}
        </Flex>
      ),
    },
    { key: 'key', title: t('customFields.fields.key'), render: (_: unknown, d) => <Typography.Text code>{d.key}</Typography.Text> },
    { key: 'type', title: t('customFields.fields.type'), render: (_: unknown, d) => <Tag>{customFieldTypeLabel(t, d.type)}</Tag> },
    {
      key: 'options',
      title: t('customFields.fields.options'),
      render: (_: unknown, d) =>
        d.options.length ? (
          <Flex gap={4} wrap style={{ maxWidth: 280 }}>
            {d.options.map((o) => {
              // The option as this reader sees it, with the stored value when a translation replaces it.
              const shown = customOptionLabel(d, o, i18n.language);
              return <Tag key={o}>{shown === o ? o : `${shown} (${o})`}</Tag>;
            })}
          </Flex>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    { key: 'required', title: t('customFields.fields.required'), render: (_: unknown, d) => (d.required ? t('common.yes') : t('common.no')) },
    { key: 'position', title: t('customFields.fields.position'), dataIndex: 'position', align: 'end' },
    {
      key: 'status',
      title: t('customFields.status'),
      render: (_: unknown, d) => (d.active ? <Tag color="green">{t('customFields.active')}</Tag> : <Tag>{t('customFields.archivedTag')}</Tag>),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, d) => (
        <Flex gap="small">
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ field: d })} data-testid={`cf-def-edit-${d.key}`}>
            {t('common.edit')}
          </Button>
          {d.active ? (
            <Popconfirm
              title={t('customFields.archiveTitle', { name: d.label })}
              description={t('customFields.archiveBody')}
              okText={t('customFields.archive')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => setActive(d, false)}
            >
              <Button size="small" danger icon={<InboxOutlined />} loading={busyId === d.id} data-testid={`cf-def-archive-${d.key}`}>
                {t('customFields.archive')}
              </Button>
            </Popconfirm>
          ) : (
            <Button size="small" icon={<UndoOutlined />} loading={busyId === d.id} onClick={() => void setActive(d, true)} data-testid={`cf-def-restore-${d.key}`}>
              {t('customFields.restore')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  const table = () => {
    if (error && !data) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
    return (
      <>
        {error ? <Alert type="warning" showIcon title={errorMessageOf(error) ?? t('errors.loadFailed')} style={{ marginBottom: 16 }} /> : null}
        <Table<Definition>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="cf-defs-table"
          locale={{
            emptyText: loading ? ' ' : (
              <div data-testid="cf-defs-empty">
                <EmptyState compact description={t('customFields.empty', { object: customizableObjectLabel(t, objectType) })} />
              </div>
            ),
          }}
        />
      </>
    );
  };

  return (
    <>
      <PageHeader
        title={t('customFields.title')}
        subtitle={t('customFields.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="cf-def-create">
            {t('customFields.create')}
          </Button>
        }
      />
      <Card>
        {/* The switch sits beside the tabs, not in their bar: a tab list may hold only tabs (WCAG 1.3.1). */}
        <Flex justify="space-between" align="center" gap="middle" wrap>
          <Tabs
            activeKey={objectType}
            onChange={(key) => setObjectType(key as CustomizableObject)}
            items={ALL_CUSTOMIZABLE_OBJECTS.map((o) => ({ key: o, label: customizableObjectLabel(t, o) }))}
            style={{ flex: 1, minWidth: 0 }}
            data-testid="cf-object-tabs"
          />
          <Flex gap="small" align="center">
            <Switch size="small" checked={showArchived} onChange={setShowArchived} aria-label={t('customFields.showArchived')} data-testid="cf-show-archived" />
            <Typography.Text>{t('customFields.showArchivedCount', { count: archivedCount })}</Typography.Text>
          </Flex>
        </Flex>
        {table()}
      </Card>
      <CustomFieldFormModal
        open={Boolean(editing)}
        objectType={objectType}
        field={editing?.field}
        nextPosition={all.reduce((max, d) => Math.max(max, d.position + 1), 0)}
        onClose={() => setEditing(undefined)}
      />
    </>
  );
}

// Default export for the router's lazy route.
export default CustomFieldsPage;
