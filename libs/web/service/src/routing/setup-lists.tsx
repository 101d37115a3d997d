import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { AgentPresenceFieldsFragment, RoutingQueueFieldsFragment, RoutingQueueRuleFieldsFragment } from '@rapport/web-data-access';
import { NO_FIGURE, ScrollRegion } from '@rapport/web-ui';
import { Button, Flex, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { channelLabel, priorityLabel } from '../cases/case-labels';
import type { CasePriority } from '../cases/case-types';
import { AgentLoads, SkillTags } from './board-agents';
import { distributionLabel, formatAge, languageName } from './routing-model';

type Queue = RoutingQueueFieldsFragment;
type Rule = RoutingQueueRuleFieldsFragment;
type Agent = AgentPresenceFieldsFragment;

export function QueuesTable({ queues, nameOf, onEdit }: { queues: readonly Queue[]; nameOf: (key: string) => string; onEdit?: (q: Queue) => void }) {
  const { t } = useTranslation();
  const byId = new Map(queues.map((q) => [q.id, q.name]));
  const columns: TableColumnsType<Queue> = [
    {
      key: 'name',
      title: t('routing.setup.name'),
      render: (_, q) => (
        <Flex wrap gap={4} align="center">
          <Typography.Text strong>{q.name}</Typography.Text>
          {q.isDefault ? <Tag color="blue">{t('routing.setup.default')}</Tag> : null}
          {q.active ? null : <Tag>{t('routing.inactive')}</Tag>}
        </Flex>
      ),
    },
    { key: 'distribution', title: t('routing.setup.distribution'), render: (_, q) => distributionLabel(t, q.distribution) },
    { key: 'skills', title: t('routing.setup.skills'), render: (_, q) => <SkillTags skills={q.skills} nameOf={nameOf} /> },
    { key: 'target', title: t('routing.setup.target'), render: (_, q) => formatAge(t, q.targetSeconds) },
    {
      key: 'overflow',
      title: t('routing.setup.overflow'),
      render: (_, q) =>
        q.overflowQueueId ? t('routing.setup.overflowTo', { queue: byId.get(q.overflowQueueId) ?? NO_FIGURE, after: formatAge(t, q.overflowAfterSeconds ?? 0) }) : NO_FIGURE,
    },
    ...(onEdit
      ? [
          {
            key: 'actions',
            title: <span>{t('routing.setup.actions')}</span>,
            render: (_: unknown, q: Queue) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(q)} aria-label={t('routing.setup.editQueue', { name: q.name })} data-testid="queue-edit" />
            ),
          },
        ]
      : []),
  ];
  return (
    <ScrollRegion label={t('routing.setup.queues')} data-testid="queues-table">
      <Table<Queue> size="small" rowKey="id" columns={columns} dataSource={[...queues]} pagination={false} />
    </ScrollRegion>
  );
}

/** What a rule looks at, in words: "Channel: Email, Phone · Keywords: pump". */
function Criteria({ rule }: { rule: Rule }) {
  const { t } = useTranslation();
  const c = rule.criteria;
  const parts = [
    c.channels.length ? `${t('routing.setup.channels')}: ${c.channels.map((x) => channelLabel(t, x)).join(', ')}` : null,
    c.priorities.length ? `${t('routing.setup.priorities')}: ${c.priorities.map((p) => priorityLabel(t, p.toUpperCase() as CasePriority)).join(', ')}` : null,
    c.languages.length ? `${t('routing.setup.languages')}: ${c.languages.map((l) => languageName(t, l)).join(', ')}` : null,
    c.accountTiers.length ? `${t('routing.setup.accountTiers')}: ${c.accountTiers.join(', ')}` : null,
    c.keywords.length ? `${t('routing.setup.keywords')}: ${c.keywords.join(', ')}` : null,
    c.productIds.length ? t('routing.setup.products', { n: c.productIds.length }) : null,
  ].filter((x): x is string => x !== null);
  return <span data-testid="rule-criteria">{parts.length ? parts.join(' · ') : t('routing.setup.everyCase')}</span>;
}

export function RulesTable({
  rules,
  queues,
  busy,
  onEdit,
  onMove,
  onDelete,
}: {
  rules: readonly Rule[];
  queues: readonly Queue[];
  busy: boolean;
  onEdit?: (r: Rule) => void;
  onMove?: (r: Rule, by: -1 | 1) => void;
  onDelete?: (r: Rule) => void;
}) {
  const { t } = useTranslation();
  const byId = new Map(queues.map((q) => [q.id, q.name]));
  const columns: TableColumnsType<Rule> = [
    { key: 'position', title: '#', width: 48, render: (_, _r, i) => i + 1 },
    {
      key: 'name',
      title: t('routing.setup.name'),
      render: (_, r) => (
        <Flex wrap gap={4}>
          <span data-testid="rule-name-cell">{r.name}</span>
          {r.active ? null : <Tag>{t('routing.inactive')}</Tag>}
        </Flex>
      ),
    },
    { key: 'queue', title: t('routing.setup.sendsTo'), render: (_, r) => byId.get(r.queueId) ?? NO_FIGURE },
    { key: 'criteria', title: t('routing.setup.criteria'), render: (_, r) => <Criteria rule={r} /> },
    ...(onEdit && onMove && onDelete
      ? [
          {
            key: 'actions',
            title: <span>{t('routing.setup.actions')}</span>,
            render: (_: unknown, r: Rule, i: number) => (
              <Space size={4}>
                <Button size="small" icon={<ArrowUpOutlined />} disabled={busy || i === 0} onClick={() => onMove(r, -1)} aria-label={t('routing.setup.moveUp', { name: r.name })} data-testid="rule-up" />
                <Button size="small" icon={<ArrowDownOutlined />} disabled={busy || i === rules.length - 1} onClick={() => onMove(r, 1)} aria-label={t('routing.setup.moveDown', { name: r.name })} data-testid="rule-down" />
                <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(r)} aria-label={t('routing.setup.editRule', { name: r.name })} data-testid="rule-edit" />
                <Popconfirm title={t('routing.setup.deleteRuleConfirm', { name: r.name })} okText={t('routing.setup.delete')} cancelText={t('routing.setup.cancel')} onConfirm={() => onDelete(r)}>
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('routing.setup.deleteRule', { name: r.name })} data-testid="rule-delete" />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <ScrollRegion label={t('routing.setup.rules')} data-testid="rules-table">
      <Table<Rule> size="small" rowKey="id" columns={columns} dataSource={[...rules]} pagination={false} />
    </ScrollRegion>
  );
}

export function AgentsTable({ agents, nameOf, onEdit }: { agents: readonly Agent[]; nameOf: (key: string) => string; onEdit?: (a: Agent) => void }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Agent> = [
    { key: 'name', title: t('routing.board.agent'), render: (_, a) => a.user.name },
    { key: 'languages', title: t('routing.board.languages'), render: (_, a) => (a.languages.length ? a.languages.map((l) => languageName(t, l)).join(', ') : NO_FIGURE) },
    { key: 'capacity', title: t('routing.setup.capacity'), render: (_, a) => <AgentLoads agent={a} /> },
    { key: 'skills', title: t('routing.setup.skills'), render: (_, a) => <SkillTags skills={a.skills} nameOf={nameOf} /> },
    ...(onEdit
      ? [
          {
            key: 'actions',
            title: <span>{t('routing.setup.actions')}</span>,
            render: (_: unknown, a: Agent) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(a)} aria-label={t('routing.setup.editProfile', { name: a.user.name })} data-testid="agent-edit" />
            ),
          },
        ]
      : []),
  ];
  return (
    <ScrollRegion label={t('routing.setup.agents')} data-testid="agents-table">
      <Table<Agent> size="small" rowKey={(a) => a.user.id} columns={columns} dataSource={[...agents]} pagination={false} />
    </ScrollRegion>
  );
}
