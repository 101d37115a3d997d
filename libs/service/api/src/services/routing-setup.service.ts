import { Injectable } from '@nestjs/common';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { criteriaProblems, type AgentPresenceState } from '@rapport/service-domain';
import { RoutingSetupRepository, WorkOrderRepository, type QueueWithSkills, type RoutingQueueRuleEntity } from '@rapport/service-data';
import type { SaveRoutingQueueInput, SaveRoutingQueueRuleInput, SetAgentRoutingProfileInput } from '../models/routing.model';
import { ROUTABLE_ROLES, RoutingService, takesRoutedCases } from './routing.service';

/** Routing set-up is the permission table's `routing` row: readers see queues and the board, writers change them. */
export function assertRouting(actor: Actor, action: 'read' | 'write'): void {
  if (scopeFor(actor, 'routing', action) === RecordScope.None) throw AppError.forbidden();
}

/**
 * Routing set-up (issue 19 item 1): queues with their skills, overflow and default; the ordered
 * rules that put new cases in them; agents' languages, capacity and skills; and each agent's own
 * presence, which anyone who may work cases sets for themselves.
 */
@Injectable()
export class RoutingSetupService {
  constructor(
    private readonly repo: RoutingSetupRepository,
    private readonly skills: WorkOrderRepository,
    private readonly routing: RoutingService,
  ) {}

  queues(actor: Actor): Promise<QueueWithSkills[]> {
    assertRouting(actor, 'read');
    return this.repo.queues();
  }

  async saveQueue(actor: Actor, input: SaveRoutingQueueInput): Promise<QueueWithSkills> {
    assertRouting(actor, 'write');
    const name = input.name.trim();
    if (!name) throw AppError.validation([{ path: 'input.name', message: 'A name is required.' }]);
    const seen = new Set<string>();
    const twice = (input.skills ?? []).flatMap((s, i) => (seen.has(s.skillKey) ? [{ path: `input.skills.${i}.skillKey`, message: 'is listed twice' }] : (seen.add(s.skillKey), [])));
    if (twice.length) throw AppError.validation(twice);
    return this.repo.ds.transaction(async (m) => {
      const id = input.id ?? null;
      if (id && !(await this.repo.lockQueue(m, id))) throw AppError.notFound('The routing queue');
      if (await this.repo.nameTaken(m, name, id)) throw AppError.validation([{ path: 'input.name', message: 'Another queue has this name.' }]);
      const missing = new Set(await this.repo.missingSkills(m, (input.skills ?? []).map((s) => s.skillKey)));
      const unknown = (input.skills ?? []).flatMap((s, i) => (missing.has(s.skillKey) ? [{ path: `input.skills.${i}.skillKey`, message: 'This skill does not exist.' }] : []));
      if (unknown.length) throw AppError.validation(unknown);
      const overflow = input.overflowQueueId ?? null;
      if (overflow) {
        if (overflow === id) throw AppError.validation([{ path: 'input.overflowQueueId', message: 'A queue cannot overflow into itself.' }]);
        if (!(await this.repo.queueExists(m, overflow))) throw AppError.validation([{ path: 'input.overflowQueueId', message: 'This queue does not exist.' }]);
        if (id && (await this.repo.overflowLeadsBack(m, id, overflow))) throw AppError.validation([{ path: 'input.overflowQueueId', message: 'Overflowing there would come back to this queue.' }]);
      }
      if (overflow && input.overflowAfterSeconds == null) throw AppError.validation([{ path: 'input.overflowAfterSeconds', message: 'Say how long an item waits before it overflows.' }]);
      const saved = await this.repo.saveQueue(
        m,
        {
          ...(id ? { id } : {}),
          name,
          ...(input.description !== undefined ? { description: input.description.trim() } : {}),
          ...(input.distribution !== undefined ? { distribution: input.distribution } : {}),
          ...(input.targetSeconds !== undefined ? { targetSeconds: input.targetSeconds } : {}),
          ...(input.overflowQueueId !== undefined ? { overflowQueueId: overflow, overflowAfterSeconds: overflow ? (input.overflowAfterSeconds ?? null) : null } : {}),
          ...(input.isDefault !== undefined ? { isDefault: input.isDefault } : {}),
          ...(input.active !== undefined ? { active: input.active } : {}),
        },
        input.skills?.map((s) => ({ skillKey: s.skillKey, level: s.level })),
      );
      // New skills or a new default may let waiting items through.
      await this.routing.requestRound(m, `queue:${saved}`);
      return (await this.repo.queues(m, [saved]))[0]!;
    });
  }

  rules(actor: Actor): Promise<RoutingQueueRuleEntity[]> {
    assertRouting(actor, 'read');
    return this.repo.rules();
  }

  async saveRule(actor: Actor, input: SaveRoutingQueueRuleInput): Promise<RoutingQueueRuleEntity> {
    assertRouting(actor, 'write');
    const name = input.name.trim();
    const problems = [...(name ? [] : [{ path: 'input.name', message: 'A name is required.' }]), ...criteriaProblems(input.criteria, 'input.criteria')];
    if (problems.length) throw AppError.validation(problems);
    return this.repo.ds.transaction(async (m) => {
      if (input.id && !(await this.repo.ruleExists(m, input.id))) throw AppError.notFound('The routing rule');
      if (!(await this.repo.queueExists(m, input.queueId))) throw AppError.validation([{ path: 'input.queueId', message: 'This queue does not exist.' }]);
      const c = input.criteria;
      const criteria = {
        ...(c.channels?.length ? { channels: c.channels } : {}),
        ...(c.productIds?.length ? { productIds: c.productIds } : {}),
        ...(c.accountTiers?.length ? { accountTiers: c.accountTiers.map((t) => t.trim()) } : {}),
        ...(c.priorities?.length ? { priorities: c.priorities } : {}),
        ...(c.languages?.length ? { languages: c.languages } : {}),
        ...(c.keywords?.length ? { keywords: c.keywords.map((k) => k.trim()) } : {}),
      };
      return this.repo.saveRule(m, { ...(input.id ? { id: input.id } : {}), name, queueId: input.queueId, criteria, ...(input.active !== undefined ? { active: input.active } : {}) });
    });
  }

  async deleteRule(actor: Actor, id: string): Promise<boolean> {
    assertRouting(actor, 'write');
    if (!(await this.repo.ds.transaction((m) => this.repo.deleteRule(m, id)))) throw AppError.notFound('The routing rule');
    return true;
  }

  /** The rules in a new order: every rule, each once. */
  async reorderRules(actor: Actor, ids: string[]): Promise<RoutingQueueRuleEntity[]> {
    assertRouting(actor, 'write');
    return this.repo.ds.transaction(async (m) => {
      const current = (await this.repo.rules(m)).map((r) => r.id);
      if (new Set(ids).size !== ids.length || ids.length !== current.length || !current.every((id) => ids.includes(id))) {
        throw AppError.validation([{ path: 'ids', message: 'List every rule once.' }]);
      }
      await this.repo.reorderRules(m, ids);
      return this.repo.rules(m);
    });
  }

  async setAgentProfile(actor: Actor, input: SetAgentRoutingProfileInput): Promise<string> {
    assertRouting(actor, 'write');
    const problems = [
      ...(input.capacity ?? []).flatMap((c, i, all) => (all.findIndex((x) => x.channel === c.channel) !== i ? [{ path: `input.capacity.${i}.channel`, message: 'is listed twice' }] : [])),
      ...(input.skills ?? []).flatMap((s, i, all) => (all.findIndex((x) => x.skillKey === s.skillKey) !== i ? [{ path: `input.skills.${i}.skillKey`, message: 'is listed twice' }] : [])),
    ];
    if (problems.length) throw AppError.validation(problems);
    return this.repo.ds.transaction(async (m) => {
      const user = await this.skills.userForAssignment(m, input.userId);
      if (!user?.active) throw AppError.notFound('The user');
      if (!ROUTABLE_ROLES.includes(user.role)) throw AppError.validation([{ path: 'input.userId', message: 'This person’s role does not work cases.' }]);
      if (input.skills) {
        const missing = new Set(await this.repo.missingSkills(m, input.skills.map((s) => s.skillKey)));
        const unknown = input.skills.flatMap((s, i) => (missing.has(s.skillKey) ? [{ path: `input.skills.${i}.skillKey`, message: 'This skill does not exist.' }] : []));
        if (unknown.length) throw AppError.validation(unknown);
        await this.skills.setUserSkills(m, input.userId, input.skills);
      }
      await this.repo.upsertProfile(m, input.userId, {
        ...(input.languages ? { languages: [...new Set(input.languages)] } : {}),
        ...(input.capacity ? { capacity: Object.fromEntries(input.capacity.map((c) => [c.channel, c.capacity])) } : {}),
      });
      await this.routing.requestRound(m, `profile:${input.userId}`);
      return input.userId;
    });
  }

  /** One's own presence; becoming available asks for a round at once (the oldest fitting case is theirs within seconds). */
  async setMyPresence(actor: Actor, presence: AgentPresenceState, now = new Date()): Promise<string> {
    if (!takesRoutedCases(actor)) throw AppError.forbidden();
    return this.repo.ds.transaction(async (m) => {
      const before = await this.repo.setPresence(m, actor.userId, presence, now);
      if (presence === 'available' && before !== 'available') await this.routing.requestRound(m, `available:${actor.userId}`);
      return actor.userId;
    });
  }

  /** A sign of life from the agent's screen: keeps them from turning away; brings back one the system turned away. */
  async heartbeat(actor: Actor, now = new Date()): Promise<boolean> {
    if (!takesRoutedCases(actor)) return false;
    return this.repo.ds.transaction(async (m) => {
      const back = await this.repo.touch(m, actor.userId, now);
      if (back) await this.routing.requestRound(m, `available:${actor.userId}`);
      return back;
    });
  }
}
