import { EditOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, WebFormsDocument, type WebFormFieldsFragment } from '@rapport/web-data-access';
import { EmptyState, ErrorState, PageHeader } from '@rapport/web-ui';
import { Alert, Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@rapport/web-core';
import { dateCell, orNone } from '@rapport/web-core';
import { usePermissions } from '@rapport/web-core';
import { fieldLabel, sourceLabel } from '../shared/intake-labels';
import { INTAKE_NEEDS } from '../shared/intake-access';
import { WebFormDrawer } from './web-form-drawer';

type WebForm = WebFormFieldsFragment;

/**
 * Web-to-lead forms: admins define them (fields, source, campaign, consent, redirect) and copy
 * the embed HTML or the hosted page link; managers and marketers may look.
 */
export function WebFormsPage() {
  const { t } = useTranslation();
  usePageTitle(t('intake.forms.title'));
  const canEdit = usePermissions().allows(INTAKE_NEEDS.setupWrite);
  const { data, loading, error, refetch } = useQuery(WebFormsDocument, { notifyOnNetworkStatusChange: true });
  const [editing, setEditing] = useState<{ form?: WebForm }>();
  const forms = data?.webForms ?? [];

  const columns: TableColumnsType<WebForm> = [
    {
      key: 'name',
      title: t('intake.forms.name'),
      render: (_: unknown, f) => (
        <Typography.Link onClick={() => setEditing({ form: f })} data-testid={`webform-open-${f.id}`}>
          {f.name}
        </Typography.Link>
      ),
    },
    { key: 'source', title: t('intake.forms.source'), render: (_: unknown, f) => sourceLabel(t, f.source) },
    { key: 'campaign', title: t('intake.forms.campaign'), render: (_: unknown, f) => orNone(f.campaign) },
    {
      key: 'fields',
      title: t('intake.forms.fields'),
      render: (_: unknown, f) => (
        <Flex gap={4} wrap style={{ maxWidth: 360 }}>
          {f.fields.map((x) => (
            <Tag key={x.key} color={x.required ? 'blue' : undefined}>
              {fieldLabel(t, x.key)}
              {x.required ? ' *' : ''}
            </Tag>
          ))}
        </Flex>
      ),
    },
    { key: 'consent', title: t('intake.forms.consent'), render: (_: unknown, f) => (f.consentText ? (f.consentRequired ? t('intake.forms.consentIsRequired') : t('intake.forms.consentOptional')) : t('common.no')) },
    {
      key: 'active',
      title: t('intake.forms.status'),
      render: (_: unknown, f) => (f.active ? <Tag color="green">{t('intake.common.active')}</Tag> : <Tag>{t('intake.common.inactive')}</Tag>),
    },
    { key: 'created', title: t('common.created'), render: (_: unknown, f) => dateCell(f.createdAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, f) => (
        <Button size="small" icon={canEdit ? <EditOutlined /> : <EyeOutlined />} onClick={() => setEditing({ form: f })} data-testid={`webform-edit-${f.id}`}>
          {canEdit ? t('common.edit') : t('intake.common.view')}
        </Button>
      ),
    },
  ];

  const body = () => {
    if (error && !data) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
    return (
      <>
        {error ? <Alert type="warning" showIcon title={errorMessageOf(error) ?? t('errors.loadFailed')} style={{ marginBottom: 16 }} /> : null}
        <Table<WebForm>
          rowKey="id"
          loading={loading}
          dataSource={forms}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="webforms-table"
          locale={{
            emptyText: loading ? ' ' : (
              <div data-testid="webforms-empty">
                <EmptyState compact description={t('intake.forms.empty')} />
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
        title={t('intake.forms.title')}
        subtitle={t('intake.forms.subtitle')}
        extra={
          canEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="webform-create">
              {t('intake.forms.create')}
            </Button>
          ) : null
        }
      />
      {!canEdit ? <Alert type="info" showIcon title={t('intake.common.readOnly')} style={{ marginBottom: 16 }} data-testid="intake-read-only" /> : null}
      <Card>{body()}</Card>
      <WebFormDrawer
        open={Boolean(editing)}
        form={editing?.form}
        readOnly={!canEdit}
        onClose={() => setEditing(undefined)}
        onSaved={(form) => setEditing({ form })}
      />
    </>
  );
}

export default WebFormsPage;
