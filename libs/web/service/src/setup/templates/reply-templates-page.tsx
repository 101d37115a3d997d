import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { CaseReplyTemplatesDocument, DeleteCaseReplyTemplateDocument, errorMessageOf, SaveCaseReplyTemplateDocument, type CaseReplyTemplateFieldsFragment } from '@rapport/web-data-access';
import { usePageTitle, usePermissions } from '@rapport/web-core';
import { EmptyState, ErrorState, LoadingState, PageHeader, withTestId } from '@rapport/web-ui';
import { App, Button, Card, Flex, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_NEEDS } from '../../service-access';
import { TemplateFormModal, TemplatePreview, type TemplateDialog } from './template-form-modal';
import { languageName } from './template-model';

type Template = CaseReplyTemplateFieldsFragment;

/**
 * Reply templates (issue 18 item 9): every template, active or not, with its language; a row opens
 * to show its text with the placeholders named. Writers (service managers, administrators) add,
 * change, take out of use (agents are no longer offered it) and delete them; readers look.
 */
export function ReplyTemplatesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  usePageTitle(t('serviceSetup.templates.title'));
  const canWrite = usePermissions().allows(SERVICE_NEEDS.setupWrite);
  const { data, loading, error, refetch } = useQuery(CaseReplyTemplatesDocument, { variables: { includeInactive: true }, fetchPolicy: 'cache-and-network' });
  const [dialog, setDialog] = useState<TemplateDialog>();
  const [save, saving] = useMutation(SaveCaseReplyTemplateDocument, { refetchQueries: ['CaseReplyTemplates'] });
  const [remove, removing] = useMutation(DeleteCaseReplyTemplateDocument, { refetchQueries: ['CaseReplyTemplates'] });
  const templates = data?.caseReplyTemplates;

  const toggle = async (x: Template) => {
    try {
      await save({ variables: { input: { id: x.id, name: x.name, language: x.language, body: x.body, active: !x.active } } });
      void message.success(x.active ? t('serviceSetup.templates.deactivated', { name: x.name }) : t('serviceSetup.templates.activated', { name: x.name }));
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    }
  };
  const onDelete = async (x: Template) => {
    try {
      await remove({ variables: { id: x.id } });
      void message.success(t('serviceSetup.templates.deleted', { name: x.name }));
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    }
  };

  const columns: TableColumnsType<Template> = [
    {
      key: 'name',
      title: t('serviceSetup.templates.columns.name'),
      render: (_: unknown, x) => (
        <Flex gap={8} wrap align="center">
          <span data-testid="template-row-name">{x.name}</span>
          {!x.active ? <Tag data-testid="template-inactive">{t('serviceSetup.templates.inactive')}</Tag> : null}
        </Flex>
      ),
    },
    { key: 'language', title: t('serviceSetup.templates.columns.language'), render: (_: unknown, x) => languageName(t, x.language) },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('serviceSetup.templates.columns.actions'),
            render: (_: unknown, x: Template) => (
              <Flex gap={4} wrap>
                <Button size="small" onClick={() => setDialog({ mode: 'edit', template: x })} aria-label={t('serviceSetup.templates.editNamed', { name: x.name })} data-testid={`template-edit-${x.id}`}>
                  {t('serviceSetup.templates.edit')}
                </Button>
                <Button size="small" onClick={() => void toggle(x)} loading={saving.loading} aria-label={x.active ? t('serviceSetup.templates.deactivateNamed', { name: x.name }) : t('serviceSetup.templates.activateNamed', { name: x.name })} data-testid={`template-toggle-${x.id}`}>
                  {x.active ? t('serviceSetup.templates.deactivate') : t('serviceSetup.templates.activate')}
                </Button>
                <Popconfirm
                  title={t('serviceSetup.templates.deleteConfirm', { name: x.name })}
                  description={t('serviceSetup.templates.deleteBody')}
                  okText={t('serviceSetup.templates.delete')}
                  cancelText={t('serviceSetup.templates.cancel')}
                  okButtonProps={withTestId({ danger: true, loading: removing.loading }, 'template-delete-confirm')}
                  onConfirm={() => onDelete(x)}
                >
                  <Button size="small" danger aria-label={t('serviceSetup.templates.deleteNamed', { name: x.name })} data-testid={`template-delete-${x.id}`}>
                    {t('serviceSetup.templates.delete')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  const create = canWrite ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'add' })} data-testid="template-create">
      {t('serviceSetup.templates.create')}
    </Button>
  ) : undefined;

  let body;
  if (!templates && loading) body = <LoadingState />;
  else if (!templates) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!templates.length)
    body = <EmptyState description={<span data-testid="templates-empty">{canWrite ? t('serviceSetup.templates.empty.writer') : t('serviceSetup.templates.empty.reader')}</span>} action={create} />;
  else
    body = (
      <Table<Template>
        rowKey="id"
        size="middle"
        dataSource={templates}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (x) => <TemplatePreview body={x.body} testId={`template-text-${x.id}`} /> }}
        data-testid="templates-table"
      />
    );

  return (
    <>
      <PageHeader title={t('serviceSetup.templates.title')} subtitle={t('serviceSetup.templates.subtitle')} extra={templates?.length ? create : undefined} />
      <Card>{body}</Card>
      <TemplateFormModal dialog={dialog} onClose={() => setDialog(undefined)} />
    </>
  );
}

export default ReplyTemplatesPage;
