import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { EmailTemplatesDocument, errorMessageOf, type EmailTemplateRowFieldsFragment } from '@rapport/web-data-access';
import { LinkButton, useCan, usePageTitle } from '@rapport/web-core';
import { EmptyState, ErrorState, formatDateTime, LoadingState, PageHeader } from '@rapport/web-ui';
import { Card, Flex, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { templatePath } from '../mailings/mailing-paths';
import { templateKindLabel } from './template-labels';
import { NEW_TEMPLATE_PATH } from './template-paths';
import { TemplatesGate } from './templates-gate';

/**
 * Marketing → Email templates (issue 15): name (to the editor), kind, current version and when it
 * last changed, latest first as the API orders them; archived ones only with "Show archived" (kept
 * in the address, `?archived=1`). Campaign readers look; campaign writers get "New template".
 */
export function TemplatesPage() {
  const { t } = useTranslation();
  usePageTitle(t('templates.title'));
  const canWrite = useCan('campaign', 'write');
  const [params, setParams] = useSearchParams();
  const includeArchived = params.get('archived') === '1';
  const switchId = useId();
  const { data, previousData, loading, error, refetch } = useQuery(EmailTemplatesDocument, { variables: { includeArchived }, fetchPolicy: 'cache-and-network' });
  const templates = (data ?? previousData)?.emailTemplates;

  const setArchived = (on: boolean) =>
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      if (on) p.set('archived', '1');
      else p.delete('archived');
      return p;
    });

  const columns: TableColumnsType<EmailTemplateRowFieldsFragment> = [
    {
      key: 'name',
      title: t('templates.columns.name'),
      render: (_: unknown, tpl) => (
        <Flex gap={8} wrap align="center">
          <Link to={templatePath(tpl.id)} data-testid="template-link">
            {tpl.name}
          </Link>
          {tpl.archived ? <Tag data-testid="template-archived">{t('templates.archived')}</Tag> : null}
        </Flex>
      ),
    },
    { key: 'kind', title: t('templates.columns.kind'), render: (_: unknown, tpl) => <Tag color={tpl.kind === 'MARKETING' ? 'blue' : 'default'}>{templateKindLabel(t, tpl.kind)}</Tag> },
    {
      key: 'version',
      title: t('templates.columns.version'),
      render: (_: unknown, tpl) =>
        tpl.currentVersion ? (
          <span data-testid="template-version" data-version={tpl.currentVersion.version}>
            {t('templates.version', { version: tpl.currentVersion.version })}
          </span>
        ) : (
          <Typography.Text type="secondary">{t('templates.noVersion')}</Typography.Text>
        ),
    },
    { key: 'updatedAt', title: t('templates.columns.updatedAt'), render: (_: unknown, tpl) => formatDateTime(tpl.currentVersion?.createdAt && tpl.currentVersion.createdAt > tpl.updatedAt ? tpl.currentVersion.createdAt : tpl.updatedAt) },
  ];

  let body;
  if (!templates && loading) body = <LoadingState />;
  else if (!templates) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!templates.length)
    body = (
      <EmptyState
        description={<span data-testid="templates-empty">{!includeArchived ? t('templates.emptyHidden') : canWrite ? t('templates.emptyWriter') : t('templates.empty')}</span>}
      />
    );
  else
    body = (
      <Table<EmailTemplateRowFieldsFragment>
        rowKey="id"
        size="middle"
        dataSource={templates}
        columns={columns}
        pagination={templates.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        data-testid="templates-table"
      />
    );

  return (
    <>
      <PageHeader
        title={t('templates.title')}
        subtitle={t('templates.subtitle')}
        extra={
          canWrite ? (
            <LinkButton type="primary" icon={<PlusOutlined />} to={NEW_TEMPLATE_PATH} data-testid="template-create">
              {t('templates.create')}
            </LinkButton>
          ) : undefined
        }
      />
      <Card>
        <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
          <Switch id={switchId} size="small" checked={includeArchived} onChange={setArchived} data-testid="templates-show-archived" />
          <label htmlFor={switchId}>{t('templates.showArchived')}</label>
        </Flex>
        {body}
      </Card>
    </>
  );
}

export default function TemplatesRoute() {
  return (
    <TemplatesGate>
      <TemplatesPage />
    </TemplatesGate>
  );
}
