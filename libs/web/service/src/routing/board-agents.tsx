import { NO_FIGURE, ScrollRegion } from '@rapport/web-ui';
import { Badge, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { channelLabel } from '../cases/case-labels';
import { PRESENCE_STATUS, presenceLabel } from './presence-model';
import { languageName, type Agent } from './routing-model';

/** Presence as a dot and the word (never the colour alone); "inactive" when the system made them away. */
export function PresenceBadge({ agent }: { agent: Pick<Agent, 'presence' | 'autoAway'> }) {
  const { t } = useTranslation();
  return (
    <span data-testid="agent-presence" data-presence={agent.presence} style={{ whiteSpace: 'nowrap' }}>
      <Badge status={PRESENCE_STATUS[agent.presence]} text={presenceLabel(t, agent.presence)} />
      {agent.autoAway && agent.presence === 'AWAY' ? <Typography.Text type="secondary"> {t('routing.board.autoAway')}</Typography.Text> : null}
    </span>
  );
}

/** Load over capacity per channel the agent takes (a channel with no capacity and nothing open is left out). */
export function AgentLoads({ agent }: { agent: Pick<Agent, 'channels'> }) {
  const { t } = useTranslation();
  const shown = agent.channels.filter((c) => c.capacity > 0 || c.load > 0);
  if (!shown.length) return <>{NO_FIGURE}</>;
  return (
    <Flex wrap gap={4} data-testid="agent-loads">
      {shown.map((c) => (
        <Tag key={c.channel} color={c.load >= c.capacity ? 'orange' : undefined} style={{ marginInlineEnd: 0 }}>
          {t('routing.board.loadOf', { channel: channelLabel(t, c.channel), load: c.load, capacity: c.capacity })}
        </Tag>
      ))}
    </Flex>
  );
}

export function SkillTags({ skills, nameOf }: { skills: readonly { skillKey: string; level: number }[]; nameOf: (key: string) => string }) {
  const { t } = useTranslation();
  if (!skills.length) return <>{NO_FIGURE}</>;
  return (
    <Flex wrap gap={4}>
      {skills.map((s) => (
        <Tag key={s.skillKey} style={{ marginInlineEnd: 0 }}>
          {t('routing.skillLevel', { skill: nameOf(s.skillKey), level: s.level })}
        </Tag>
      ))}
    </Flex>
  );
}

export function BoardAgents({ agents, nameOf }: { agents: readonly Agent[]; nameOf: (key: string) => string }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Agent> = [
    { key: 'name', title: t('routing.board.agent'), render: (_, a) => a.user.name },
    { key: 'presence', title: t('routing.board.presence'), render: (_, a) => <PresenceBadge agent={a} /> },
    { key: 'load', title: t('routing.board.load'), render: (_, a) => <AgentLoads agent={a} /> },
    { key: 'skills', title: t('routing.board.skills'), render: (_, a) => <SkillTags skills={a.skills} nameOf={nameOf} /> },
    { key: 'languages', title: t('routing.board.languages'), render: (_, a) => (a.languages.length ? a.languages.map((l) => languageName(t, l)).join(', ') : NO_FIGURE) },
  ];
  return (
    <Card size="small" title={t('routing.board.agents')} data-testid="board-agents">
      {agents.length ? (
        <ScrollRegion label={t('routing.board.agents')} data-testid="board-agents-table">
          <Table<Agent> size="small" rowKey={(a) => a.user.id} columns={columns} dataSource={[...agents]} pagination={false} />
        </ScrollRegion>
      ) : (
        <Typography.Text type="secondary" data-testid="board-agents-none">
          {t('routing.board.noAgents')}
        </Typography.Text>
      )}
    </Card>
  );
}
