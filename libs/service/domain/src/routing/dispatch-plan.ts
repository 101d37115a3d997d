/**
 * Who answers which waiting item (issue 19 item 1, the open equivalent of an ACD), as a pure
 * function over facts the dispatcher loads once per round: items in answering order (priority,
 * then the longest waiting), each offered to the available agents who have the queue's skills at
 * its levels, speak the item's language and have a free slot on its channel; round-robin or
 * least-busy among them. An item waiting past its queue's overflow threshold is offered to the
 * overflow queue's agents too. Loads move in memory as decisions are made, so no agent is given
 * more than their capacity within a round, and the round itself runs alone (an advisory lock).
 */
import { PRIORITY_RANK, type AgentPresenceState, type QueueDistribution, type RoutingChannel } from './queue-rules';
import type { CasePriority } from '../sla/sla-policy';

export interface WaitingItem {
  id: string;
  caseId: string;
  queueId: string;
  priority: CasePriority;
  channel: RoutingChannel;
  language: string | null;
  enqueuedAt: Date;
}

export interface QueueFacts {
  id: string;
  name: string;
  skills: { skillKey: string; level: number }[];
  distribution: QueueDistribution;
  overflowQueueId: string | null;
  /** Seconds an item waits before the overflow queue's agents may take it too; null: never. */
  overflowAfterSeconds: number | null;
}

export interface AgentFacts {
  userId: string;
  name: string;
  presence: AgentPresenceState;
  /** Skill key → level (1–5). */
  skills: Record<string, number>;
  languages: string[];
  capacity: Partial<Record<RoutingChannel, number>>;
  /** Open items they hold per channel; moved as the round assigns. */
  load: Partial<Record<RoutingChannel, number>>;
  lastAssignedAt: Date | null;
}

export type SkipReason = 'not_available' | 'lacks_skill' | 'language' | 'at_capacity';

export interface DispatchExplanation {
  queueId: string;
  queueName: string;
  /** Set when the item was answered from an overflow queue: the queue it waited in. */
  overflowFrom: { id: string; name: string } | null;
  distribution: QueueDistribution;
  chosen: { id: string; name: string };
  channel: RoutingChannel;
  /** The chosen agent's load on the channel before and their capacity. */
  load: number;
  capacity: number;
  waitedSeconds: number;
  /** The agents passed over and why (at most 10, for the case's history). */
  skipped: { id: string; name: string; why: SkipReason }[];
}

export interface DispatchDecision {
  itemId: string;
  caseId: string;
  agentId: string;
  explanation: DispatchExplanation;
}

const MAX_OVERFLOW_HOPS = 3;
const MAX_SKIPPED = 10;

export const compareItems = (a: WaitingItem, b: WaitingItem) =>
  PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.enqueuedAt.getTime() - b.enqueuedAt.getTime() || a.id.localeCompare(b.id);

/** The queues whose agents may take the item now: its own, then each overflow queue whose threshold it has waited past. */
export function queuesFor(item: WaitingItem, queues: ReadonlyMap<string, QueueFacts>, now: Date): QueueFacts[] {
  const out: QueueFacts[] = [];
  let q = queues.get(item.queueId);
  const waited = (now.getTime() - item.enqueuedAt.getTime()) / 1000;
  while (q && out.length <= MAX_OVERFLOW_HOPS && !out.includes(q)) {
    out.push(q);
    if (q.overflowQueueId === null || q.overflowAfterSeconds === null || waited < q.overflowAfterSeconds) break;
    q = queues.get(q.overflowQueueId);
  }
  return out;
}

const capacityOf = (a: AgentFacts, channel: RoutingChannel) => a.capacity[channel] ?? 0;
const loadOf = (a: AgentFacts, channel: RoutingChannel) => a.load[channel] ?? 0;
const totalLoad = (a: AgentFacts) => Object.values(a.load).reduce((s, n) => s + (n ?? 0), 0);

/** Why an agent cannot take the item from this queue, or null when they can. */
export function whyNot(agent: AgentFacts, queue: QueueFacts, item: WaitingItem): SkipReason | null {
  if (agent.presence !== 'available') return 'not_available';
  if (queue.skills.some((s) => (agent.skills[s.skillKey] ?? 0) < s.level)) return 'lacks_skill';
  if (item.language !== null && !agent.languages.includes(item.language)) return 'language';
  if (loadOf(agent, item.channel) >= capacityOf(agent, item.channel)) return 'at_capacity';
  return null;
}

const lastAt = (a: AgentFacts) => a.lastAssignedAt?.getTime() ?? -Infinity;

/** Round-robin: the one given work longest ago; least-busy: the fewest open items, then the same. */
export function pickAgent(fitting: readonly AgentFacts[], distribution: QueueDistribution): AgentFacts | null {
  let best: AgentFacts | null = null;
  for (const a of fitting) {
    if (!best) {
      best = a;
      continue;
    }
    const byLoad = distribution === 'least_busy' ? totalLoad(a) - totalLoad(best) : 0;
    const order = byLoad || lastAt(a) - lastAt(best) || a.userId.localeCompare(best.userId);
    if (order < 0) best = a;
  }
  return best;
}

/**
 * Decides a round. `items` in any order (sorted here); `tick` stamps the decisions 1 ms apart from
 * `start` so round-robin inside the round sees each assignment as more recent than the last.
 * Items nobody can take stay waiting (returned with the reason of the first queue's agents).
 */
export function planDispatch(items: readonly WaitingItem[], queues: ReadonlyMap<string, QueueFacts>, agents: readonly AgentFacts[], now: Date, start = now.getTime()): DispatchDecision[] {
  const decisions: DispatchDecision[] = [];
  let tick = start;
  // Queues nobody can serve in this round are remembered per (queue, channel, language), so a deep backlog costs one look.
  const exhausted = new Set<string>();
  for (const item of [...items].sort(compareItems)) {
    const offered = queuesFor(item, queues, now);
    for (const queue of offered) {
      const key = `${queue.id}|${item.channel}|${item.language ?? ''}`;
      if (exhausted.has(key)) continue;
      const skipped: DispatchExplanation['skipped'] = [];
      const fitting: AgentFacts[] = [];
      for (const agent of agents) {
        const why = whyNot(agent, queue, item);
        if (why === null) fitting.push(agent);
        else if (why !== 'not_available' && skipped.length < MAX_SKIPPED) skipped.push({ id: agent.userId, name: agent.name, why });
      }
      const chosen = pickAgent(fitting, queue.distribution);
      if (!chosen) {
        exhausted.add(key);
        continue;
      }
      const load = loadOf(chosen, item.channel);
      decisions.push({
        itemId: item.id,
        caseId: item.caseId,
        agentId: chosen.userId,
        explanation: {
          queueId: queue.id,
          queueName: queue.name,
          overflowFrom: queue.id === item.queueId ? null : { id: item.queueId, name: queues.get(item.queueId)?.name ?? '' },
          distribution: queue.distribution,
          chosen: { id: chosen.userId, name: chosen.name },
          channel: item.channel,
          load,
          capacity: capacityOf(chosen, item.channel),
          waitedSeconds: Math.max(0, Math.round((now.getTime() - item.enqueuedAt.getTime()) / 1000)),
          skipped,
        },
      });
      chosen.load[item.channel] = load + 1;
      chosen.lastAssignedAt = new Date(tick++);
      break;
    }
  }
  return decisions;
}

/** The decision in English, for the case's history and the audit (the screens word it from the structure). */
export function explainDispatch(e: DispatchExplanation): string {
  const via = e.overflowFrom ? ` (overflow from ${e.overflowFrom.name})` : '';
  const how = e.distribution === 'round_robin' ? 'round-robin' : 'least busy';
  return `Queue ${e.queueName}${via}: ${e.chosen.name} by ${how}, ${e.load + 1} of ${e.capacity} ${e.channel} items, after ${e.waitedSeconds} s waiting.`;
}
