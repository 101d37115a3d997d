import { EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  errorMessageOf,
  PipelineAdminDocument,
  UpdatePipelineDocument,
  UpdateStageDocument,
  type PipelineAdminFieldsFragment,
  type StageAdminFieldsFragment,
} from '@rapport/web-data-access';
import { forecastLabel, NameCell, TRANSLATION_COLUMN_KEYS, TRANSLATION_LOCALES, TranslationCell, usePageTitle } from '@rapport/web-core';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NameFormModal } from './name-form-modal';

type Editing = { kind: 'pipeline'; target: PipelineAdminFieldsFragment } | { kind: 'stage'; target: StageAdminFieldsFragment };

/**
 * Admin → Pipelines: every pipeline with its stages, and their names in each language
 * (docs/adr/0010). The name an admin types is the canonical one; translations are optional and
 * each language without one shows the canonical name.
 */
export function PipelinesPage() {
  const { t } = useTranslation();
  usePageTitle(t('names.title'));
  const { data, loading, error, refetch } = useQuery(PipelineAdminDocument, { notifyOnNetworkStatusChange: true });
  const [updatePipeline] = useMutation(UpdatePipelineDocument);
  const [updateStage] = useMutation(UpdateStageDocument);
  const [editing, setEditing] = useState<Editing>();
  const pipelines = data?.pipelines ?? [];

  const columns: TableColumnsType<StageAdminFieldsFragment> = [
    { key: 'name', title: t('names.columns.name'), render: (_: unknown, s) => <NameCell thing={s} /> },
    ...TRANSLATION_LOCALES.map((locale) => ({
      key: locale,
      title: t(TRANSLATION_COLUMN_KEYS[locale]),
      render: (_: unknown, s: StageAdminFieldsFragment) => <TranslationCell names={s.names} locale={locale} />,
    })),
    { key: 'probability', title: t('names.columns.probability'), align: 'end', render: (_: unknown, s) => `${s.probability}%` },
    { key: 'forecast', title: t('names.columns.forecast'), render: (_: unknown, s) => forecastLabel(t, s.forecastCategory) },
    {
      key: 'outcome',
      title: t('opportunities.columns.state'),
      render: (_: unknown, s) =>
        s.isWon ? <Tag color="green">{t('opportunities.state.won')}</Tag> : s.isLost ? <Tag color="red">{t('opportunities.state.lost')}</Tag> : <Tag>{t('opportunities.state.open')}</Tag>,
    },
    {
      key: 'actions',
      title: t('names.columns.actions'),
      render: (_: unknown, s) => (
        <Button size="small" icon={<EditOutlined />} aria-label={t('names.editStage', { name: s.name })} onClick={() => setEditing({ kind: 'stage', target: s })} data-testid={`stage-edit-${s.id}`}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  const body = () => {
    if (error && !data) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
    if (loading && !data) return <LoadingState />;
    if (!pipelines.length) return <EmptyState description={t('names.empty')} />;
    return (
      <Flex vertical gap="middle">
        {pipelines.map((p) => (
          <Card
            key={p.id}
            data-testid={`pipeline-${p.id}`}
            title={
              <Flex gap="small" align="center" wrap>
                <Typography.Title level={2} style={{ margin: 0, fontSize: 'inherit' }}>
                  {p.name}
                </Typography.Title>
                {p.name !== p.canonicalName ? <Typography.Text type="secondary">{p.canonicalName}</Typography.Text> : null}
                {p.isDefault ? <Tag color="blue">{t('names.default')}</Tag> : null}
              </Flex>
            }
            extra={
              <Button icon={<EditOutlined />} aria-label={t('names.editPipeline', { name: p.name })} onClick={() => setEditing({ kind: 'pipeline', target: p })} data-testid={`pipeline-edit-${p.id}`}>
                {t('common.edit')}
              </Button>
            }
          >
            <Flex gap="small" wrap style={{ marginBottom: 12 }}>
              {TRANSLATION_LOCALES.map((locale) => (
                <Typography.Text key={locale}>
                  {t(TRANSLATION_COLUMN_KEYS[locale])}: <TranslationCell names={p.names} locale={locale} />
                </Typography.Text>
              ))}
            </Flex>
            <Table<StageAdminFieldsFragment>
              rowKey="id"
              size="middle"
              dataSource={p.stages}
              columns={columns}
              pagination={false}
              scroll={{ x: 'max-content' }}
              aria-label={t('names.stagesOf', { name: p.name })}
              data-testid={`stages-${p.id}`}
            />
          </Card>
        ))}
      </Flex>
    );
  };

  return (
    <>
      <PageHeader title={t('names.title')} subtitle={t('names.subtitle')} />
      {body()}
      <NameFormModal
        target={editing?.target}
        title={editing ? t(editing.kind === 'pipeline' ? 'names.editPipelineTitle' : 'names.editStageTitle', { name: editing.target.name }) : ''}
        onClose={() => setEditing(undefined)}
        onSave={(input) =>
          editing?.kind === 'pipeline'
            ? updatePipeline({ variables: { input: { id: editing.target.id, ...input } } })
            : updateStage({ variables: { input: { id: editing!.target.id, ...input } } })
        }
      />
    </>
  );
}

// Default export for the router's lazy route.
export default PipelinesPage;
