import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  DeleteScoringRuleDocument,
  DeleteSlaPolicyDocument,
  errorMessageOf,
  ScoringSetupDocument,
  type ScoringRuleFieldsFragment,
  type SlaPolicyFieldsFragment,
} from '@rapport/web-data-access';
import { EmptyState, ErrorState, PageHeader, withTestId } from '@rapport/web-ui';
import { Alert, App, Button, Card, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@rapport/web-core';
import { usePermissions } from '@rapport/web-core';
import { priorityLabel, sourceLabel } from '../shared/intake-labels';
import { INTAKE_NEEDS } from '../shared/intake-access';
import { formatSlaMinutes } from '../shared/sla-format';
import { conditionText } from './scoring-value';
import { ScoringRuleModal } from './scoring-rule-modal';
import { SlaPolicyModal } from './sla-policy-modal';

const activeTag = (active: boolean, t: (k: string) => string) => (active ? <Tag color="green">{t('intake.common.active')}</Tag> : <Tag>{t('intake.common.inactive')}</Tag>);

/**
 * Scoring rules (points per matching attribute or behaviour; the sum is clamped to 0–100 and gives
 * the grade A–D) and first-response SLA policies (per source and priority; the most specific wins).
 */
export function ScoringPage() {
  const { t } = useTranslation();
  usePageTitle(t('intake.scoring.title'));
  const { message } = App.useApp();
  const canEdit = usePermissions().allows(INTAKE_NEEDS.setupWrite);
  const { data, loading, error, refetch } = useQuery(ScoringSetupDocument, { notifyOnNetworkStatusChange: true });
  const [deleteRule] = useMutation(DeleteScoringRuleDocument, { refetchQueries: ['ScoringSetup'] });
  const [deletePolicy] = useMutation(DeleteSlaPolicyDocument, { refetchQueries: ['ScoringSetup'] });
  const [editingRule, setEditingRule] = useState<{ rule?: ScoringRuleFieldsFragment }>();
  const [editingPolicy, setEditingPolicy] = useState<{ policy?: SlaPolicyFieldsFragment }>();

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    }
  };

  const actions = <T extends { id: string }>(row: T, onEdit: () => void, onDelete: () => void, prefix: string, confirm: string) => (
    <Flex gap="small">
      <Button size="small" icon={<EditOutlined />} onClick={onEdit} data-testid={`${prefix}-edit-${row.id}`}>
        {t('common.edit')}
      </Button>
      <Popconfirm title={confirm} okText={t('intake.common.delete')} cancelText={t('common.cancel')} okButtonProps={withTestId({ danger: true }, `${prefix}-delete-confirm`)} onConfirm={onDelete}>
        <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('intake.common.delete')} data-testid={`${prefix}-delete-${row.id}`} />
      </Popconfirm>
    </Flex>
  );

  const ruleColumns: TableColumnsType<ScoringRuleFieldsFragment> = [
    { key: 'name', title: t('intake.scoring.ruleName'), render: (_: unknown, r) => <Typography.Text strong>{r.name}</Typography.Text> },
    { key: 'condition', title: t('intake.scoring.condition'), render: (_: unknown, r) => conditionText(t, r) },
    {
      key: 'points',
      title: t('intake.scoring.points'),
      align: 'end',
      render: (_: unknown, r) => <Typography.Text type={r.points < 0 ? 'danger' : undefined}>{r.points > 0 ? `+${r.points}` : r.points}</Typography.Text>,
    },
    { key: 'active', title: t('intake.forms.status'), render: (_: unknown, r) => activeTag(r.active, t) },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, r: ScoringRuleFieldsFragment) =>
              actions(r, () => setEditingRule({ rule: r }), () => void run(() => deleteRule({ variables: { input: { id: r.id } } }), t('intake.scoring.deleted', { name: r.name })), 'scoring-rule', t('intake.scoring.deleteTitle', { name: r.name })),
          },
        ]
      : []),
  ];

  const policyColumns: TableColumnsType<SlaPolicyFieldsFragment> = [
    { key: 'source', title: t('intake.sla.source'), render: (_: unknown, p) => sourceLabel(t, p.source) },
    { key: 'priority', title: t('intake.sla.priority'), render: (_: unknown, p) => priorityLabel(t, p.priority) },
    { key: 'minutes', title: t('intake.sla.firstResponse'), render: (_: unknown, p) => t('intake.panel.businessTime', { duration: formatSlaMinutes(t, p.responseMinutes) }) },
    { key: 'active', title: t('intake.forms.status'), render: (_: unknown, p) => activeTag(p.active, t) },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, p: SlaPolicyFieldsFragment) =>
              actions(p, () => setEditingPolicy({ policy: p }), () => void run(() => deletePolicy({ variables: { input: { id: p.id } } }), t('intake.sla.policyDeleted')), 'sla-policy', t('intake.sla.deleteTitle')),
          },
        ]
      : []),
  ];

  const table = <T extends { id: string }>(rows: readonly T[], columns: TableColumnsType<T>, testId: string, empty: string) => (
    <Table<T>
      rowKey="id"
      loading={loading}
      dataSource={[...rows]}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid={testId}
      locale={{ emptyText: loading ? ' ' : <EmptyState compact description={empty} /> }}
    />
  );

  const newButton = (label: string, onClick: () => void, testId: string) =>
    canEdit ? (
      <Button icon={<PlusOutlined />} onClick={onClick} data-testid={testId}>
        {label}
      </Button>
    ) : null;

  return (
    <>
      <PageHeader title={t('intake.scoring.title')} subtitle={t('intake.scoring.subtitle')} />
      {!canEdit ? <Alert type="info" showIcon title={t('intake.common.readOnly')} style={{ marginBottom: 16 }} data-testid="intake-read-only" /> : null}
      {error && !data ? (
        <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Card title={t('intake.scoring.rulesTitle')} extra={newButton(t('intake.scoring.newRule'), () => setEditingRule({}), 'scoring-rule-create')}>
            <Typography.Paragraph type="secondary">{t('intake.scoring.rulesHint')}</Typography.Paragraph>
            {table(data?.scoringRules ?? [], ruleColumns, 'scoring-rules-table', t('intake.scoring.empty'))}
          </Card>
          <Card title={t('intake.sla.policiesTitle')} extra={newButton(t('intake.sla.newPolicy'), () => setEditingPolicy({}), 'sla-policy-create')}>
            <Typography.Paragraph type="secondary">{t('intake.sla.policiesHint')}</Typography.Paragraph>
            {table(data?.slaPolicies ?? [], policyColumns, 'sla-policies-table', t('intake.sla.empty'))}
          </Card>
        </Flex>
      )}
      <ScoringRuleModal open={Boolean(editingRule)} rule={editingRule?.rule} onClose={() => setEditingRule(undefined)} />
      <SlaPolicyModal open={Boolean(editingPolicy)} policy={editingPolicy?.policy} onClose={() => setEditingPolicy(undefined)} />
    </>
  );
}

export default ScoringPage;
