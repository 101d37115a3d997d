import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  DeleteRoutingQueueRuleDocument,
  errorCodeOf,
  errorMessageOf,
  ReorderRoutingQueueRulesDocument,
  RoutingSetupAgentsDocument,
  RoutingSetupDocument,
  type AgentPresenceFieldsFragment,
} from '@rapport/web-data-access';
import { NoAccess, useCan, usePageTitle } from '@rapport/web-core';
import { ErrorState, PageHeader } from '@rapport/web-ui';
import { Alert, App, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AgentProfileModal, type AgentDialog } from './agent-profile-modal';
import { QueueFormModal, type QueueDialog } from './queue-form-modal';
import { ROUTING_NEEDS } from './routing-access';
import { skillNamer } from './routing-model';
import { RuleFormModal, type RuleDialog } from './rule-form-modal';
import { AgentsTable, QueuesTable, RulesTable } from './setup-lists';

function Section({ title, action, testId, children }: { title: string; action?: ReactNode; testId: string; children: ReactNode }) {
  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{title}</Typography.Title>} extra={action} data-testid={testId}>
      {children}
    </Card>
  );
}

/** The agents' routing profiles: their own query, so a failure there leaves the queues usable. */
function AgentsSection({ nameOf, skills, canWrite }: { nameOf: (key: string) => string; skills: readonly { key: string; name: string }[]; canWrite: boolean }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(RoutingSetupAgentsDocument);
  const [dialog, setDialog] = useState<AgentDialog>();
  const agents = data?.routingBoard.agents;
  let body: ReactNode;
  if (error && !agents) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!agents) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (!agents.length) body = <Typography.Text type="secondary">{t('routing.setup.noAgents')}</Typography.Text>;
  else body = <AgentsTable agents={agents} nameOf={nameOf} onEdit={canWrite ? (agent: AgentPresenceFieldsFragment) => setDialog({ mode: 'edit', agent }) : undefined} />;
  return (
    <Section
      title={t('routing.setup.agents')}
      testId="setup-agents"
      action={canWrite ? <Button icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'add' })} data-testid="agent-add">{t('routing.setup.addAgent')}</Button> : null}
    >
      <Typography.Paragraph type="secondary">{t('routing.setup.agentsHint')}</Typography.Paragraph>
      {body}
      {canWrite ? <AgentProfileModal dialog={dialog} onClose={() => setDialog(undefined)} skills={skills} /> : null}
    </Section>
  );
}

/**
 * Routing set-up (issue 19 items 1, 7): the queues with the skills their agents need, the ordered
 * rules that put new cases in them, and each agent's languages, capacity and skills. Service
 * managers and admins change them; service agents see the same lists without the controls.
 */
export function RoutingSetupPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('routing.setup.title'));
  const { message } = App.useApp();
  const canWrite = useCan('routing', 'write');
  const { data, error, refetch } = useQuery(RoutingSetupDocument, { variables: { language: i18n.language } });
  const [queueDialog, setQueueDialog] = useState<QueueDialog>();
  const [ruleDialog, setRuleDialog] = useState<RuleDialog>();
  const [reorder, { loading: reordering }] = useMutation(ReorderRoutingQueueRulesDocument, { refetchQueries: ['RoutingSetup'], awaitRefetchQueries: true });
  const [deleteRule] = useMutation(DeleteRoutingQueueRuleDocument, { refetchQueries: ['RoutingSetup'], awaitRefetchQueries: true });

  if (errorCodeOf(error) === 'FORBIDDEN') return <NoAccess needs={ROUTING_NEEDS.read} />;
  const header = <PageHeader title={t('routing.setup.title')} subtitle={canWrite ? t('routing.setup.subtitle') : t('routing.setup.readOnly')} />;
  if (error && !data) return (<>{header}<ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} /></>);
  if (!data) return (<>{header}<Skeleton active paragraph={{ rows: 8 }} data-testid="setup-loading" /></>);

  const { routingQueues: queues, routingQueueRules: rules, serviceSkills } = data;
  const skills = serviceSkills.filter((s) => s.active);
  const nameOf = skillNamer(serviceSkills);

  const move = async (id: string, by: -1 | 1) => {
    const ids = rules.map((r) => r.id);
    const i = ids.indexOf(id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    try {
      await reorder({ variables: { ids } });
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    }
  };
  const remove = async (id: string, name: string) => {
    try {
      await deleteRule({ variables: { id } });
      void message.success(t('routing.setup.ruleDeleted', { name }));
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    }
  };

  return (
    <>
      {header}
      <Flex vertical gap="middle">
        <Section
          title={t('routing.setup.queues')}
          testId="setup-queues"
          action={canWrite ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setQueueDialog({ mode: 'add' })} data-testid="queue-add">{t('routing.setup.addQueue')}</Button> : null}
        >
          {queues.length ? (
            <QueuesTable queues={queues} nameOf={nameOf} onEdit={canWrite ? (queue) => setQueueDialog({ mode: 'edit', queue }) : undefined} />
          ) : (
            <Typography.Text type="secondary" data-testid="queues-none">
              {canWrite ? t('routing.setup.noQueuesWriter') : t('routing.setup.noQueuesReader')}
            </Typography.Text>
          )}
        </Section>
        <Section
          title={t('routing.setup.rules')}
          testId="setup-rules"
          action={canWrite && queues.length ? <Button icon={<PlusOutlined />} onClick={() => setRuleDialog({ mode: 'add' })} data-testid="rule-add">{t('routing.setup.addRule')}</Button> : null}
        >
          <Typography.Paragraph type="secondary">{t('routing.setup.rulesHint')}</Typography.Paragraph>
          {queues.length && !queues.some((q) => q.isDefault) ? <Alert type="info" showIcon title={t('routing.setup.noDefault')} style={{ marginBottom: 12 }} data-testid="setup-no-default" /> : null}
          {rules.length ? (
            <RulesTable
              rules={rules}
              queues={queues}
              busy={reordering}
              {...(canWrite ? { onEdit: (rule) => setRuleDialog({ mode: 'edit', rule }), onMove: (r, by) => void move(r.id, by), onDelete: (r) => void remove(r.id, r.name) } : {})}
            />
          ) : (
            <Typography.Text type="secondary" data-testid="rules-none">
              {t('routing.setup.noRules')}
            </Typography.Text>
          )}
        </Section>
        <AgentsSection nameOf={nameOf} skills={skills} canWrite={canWrite} />
      </Flex>
      {canWrite ? (
        <>
          <QueueFormModal dialog={queueDialog} onClose={() => setQueueDialog(undefined)} queues={queues} skills={skills} />
          <RuleFormModal dialog={ruleDialog} onClose={() => setRuleDialog(undefined)} queues={queues} />
        </>
      ) : null}
    </>
  );
}

export default RoutingSetupPage;
