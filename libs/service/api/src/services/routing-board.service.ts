import { Injectable } from '@nestjs/common';
import type { Actor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { DEFAULT_CAPACITY, ROUTING_CHANNELS } from '@rapport/service-domain';
import { CaseRepository, RoutingBoardRepository, RoutingSetupRepository, WorkOrderRepository } from '@rapport/service-data';
import type { AgentPresence, CallStatisticsRow, QueueBoardRow, RoutingBoard } from '../models/routing.model';
import { assertRouting } from './routing-setup.service';
import { takesRoutedCases } from './routing.service';

const ITEMS_PER_QUEUE = 20;
const MAX_STATS_DAYS = 92;

/**
 * The supervisors' live board (issue 19 item 2): per queue what waits (oldest first within
 * priority) and today's service level; agents with presence, load and capacity; calls per agent
 * and line. A waiting case's number and subject show only to who may read the case (it is still
 * counted), so the board never leaks what the case list would not.
 */
@Injectable()
export class RoutingBoardService {
  constructor(
    private readonly boards: RoutingBoardRepository,
    private readonly setup: RoutingSetupRepository,
    private readonly cases: CaseRepository,
    private readonly skills: WorkOrderRepository,
  ) {}

  async board(actor: Actor, now = new Date()): Promise<RoutingBoard> {
    assertRouting(actor, 'read');
    const [queues, counts, waiting, agents] = await Promise.all([this.setup.queues(), this.boards.dayStart(now).then((d) => this.boards.queueCounts(d)), this.boards.waiting(ITEMS_PER_QUEUE), this.agents()]);
    const readable = await this.readableCases(actor, waiting.map((w) => w.case_id));
    const byQueue = new Map(counts.map((c) => [c.queue_id, c]));
    const rows: QueueBoardRow[] = queues.map((queue) => {
      const c = byQueue.get(queue.id);
      return {
        queue,
        waiting: c?.waiting ?? 0,
        oldestWaitingSince: c?.oldest ?? null,
        items: waiting
          .filter((w) => w.queue_id === queue.id)
          .map((w) => ({ caseId: w.case_id, number: readable.has(w.case_id) ? w.number : null, subject: readable.has(w.case_id) ? w.subject : null, priority: w.priority, channel: w.channel, language: w.language, enqueuedAt: w.enqueued_at })),
        answeredToday: c?.answered ?? 0,
        answeredInTargetToday: c?.in_target ?? 0,
        serviceLevelToday: c && c.answered > 0 ? c.in_target / c.answered : null,
        assignedToday: c?.assigned ?? 0,
      };
    });
    return { at: now, queues: rows, agents };
  }

  /** Every routable agent with a profile: presence, languages, load and capacity per channel, skills. */
  async agents(userIds?: readonly string[]): Promise<AgentPresence[]> {
    const [profiles, loads] = await Promise.all([this.setup.profiles(undefined, userIds), this.boards.loads()]);
    const skills = await this.skills.userSkills(profiles.map((p) => p.userId));
    return profiles.map((p) => ({
      user: { id: p.userId, name: p.name, email: p.email },
      presence: p.presence,
      since: p.presenceSince,
      autoAway: p.autoAway,
      languages: p.languages,
      channels: ROUTING_CHANNELS.map((channel) => ({ channel, load: loads.get(p.userId)?.[channel] ?? 0, capacity: p.capacity[channel] ?? DEFAULT_CAPACITY[channel] })),
      skills: (skills.get(p.userId) ?? []).map((s) => ({ skillKey: s.skillKey, level: s.level })),
    }));
  }

  /** One's own presence and load ("my queue" header); null until they first set a presence or are given a profile. */
  async mine(actor: Actor): Promise<AgentPresence | null> {
    if (!takesRoutedCases(actor)) return null;
    return (await this.agents([actor.userId]))[0] ?? null;
  }

  async callStatistics(actor: Actor, from: Date, to: Date): Promise<CallStatisticsRow[]> {
    assertRouting(actor, 'read');
    if (!(to > from)) throw AppError.validation([{ path: 'to', message: 'must be after from' }]);
    if (to.getTime() - from.getTime() > MAX_STATS_DAYS * 86_400_000) throw AppError.validation([{ path: 'to', message: 'The period can be at most 92 days.' }]);
    const rows = await this.boards.callStatistics(from, to);
    const names = await this.setup.userNames(rows.flatMap((r) => (r.author_id ? [r.author_id] : [])));
    return rows.map((r) => ({
      agent: r.author_id ? (names.get(r.author_id) ?? null) : null,
      line: r.line,
      calls: r.calls,
      inbound: r.inbound,
      averageHandlingSeconds: r.average_seconds === null ? null : Math.round(r.average_seconds),
    }));
  }

  private async readableCases(actor: Actor, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.cases.cases(actor, 'read').select('k.id', 'id').andWhere('k.id IN (:...ids)', { ids }).getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }
}
