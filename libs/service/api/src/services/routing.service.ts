import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ALL_ROLES, grantFor, RecordScope, scopeFor, type Actor } from '@rapport/shared-domain';
import { notifyMany, publishToOutbox, writeAuditMany } from '@rapport/shared-database';
import { QUEUES } from '@rapport/shared-queue';
import { caseLanguage, classifyCase, DEFAULT_CAPACITY, explainDispatch, planDispatch, type CaseChannel } from '@rapport/service-domain';
import { RoutingDispatchRepository } from '@rapport/service-data';

/** Waiting items one round looks at: enough for any real backlog; a deeper one is answered over the next rounds. */
const ROUND_LIMIT = 20_000;
/** An available agent whose screen has been silent this long is turned away (their next sign of life brings them back). */
export const AUTO_AWAY_MINUTES = 10;
/** Roles routing may give cases to: those the permission table gives the `routedCases` capability. */
export const ROUTABLE_ROLES: readonly string[] = ALL_ROLES.filter((r) => grantFor(r, 'routedCases').write !== RecordScope.None);

/** Whether routing may give this actor cases (and so whether they have a presence). */
export const takesRoutedCases = (actor: Actor) => scopeFor(actor, 'routedCases', 'write') !== RecordScope.None;

export interface RoundOutcome {
  assigned: number;
  settled: number;
  away: number;
}

/**
 * Routing of cases (issue 19 item 1): queueing a new case by the ordered rules, and the rounds that
 * give waiting cases to skilled, available agents with a free slot. A round loads its facts once,
 * decides with `planDispatch` (pure) and writes set-based, under an advisory lock so two workers
 * never assign one item twice nor push an agent past capacity. Rounds are asked for through the
 * outbox (a case queued, an agent available, a slot freed) and run every 15 s regardless.
 */
@Injectable()
export class RoutingService {
  constructor(private readonly repo: RoutingDispatchRepository) {}

  /**
   * Puts cases in their queues, inside the caller's transaction (the case and its place in the
   * queue commit together): the rules choose, unless `queueId` names one. Returns the cases queued
   * (a case already waiting, or matching no rule with no default queue, is not).
   */
  async enqueue(m: EntityManager, caseIds: readonly string[], now: Date, queueId: string | null = null): Promise<string[]> {
    if (caseIds.length === 0) return [];
    const cases = await this.repo.casesToClassify(m, caseIds);
    const rules = queueId ? [] : await this.repo.activeRules(m);
    const fallback = queueId ?? (await this.repo.defaultQueueId(m));
    const rows = cases.flatMap((k) => {
      const language = caseLanguage(k.contact_locale, `${k.subject}\n${k.description}`);
      const to = classifyCase(rules, { channel: k.channel, productId: k.product_id, accountTier: k.account_tier, priority: k.priority, language, subject: k.subject, description: k.description }, fallback);
      return to ? [{ caseId: k.id, queueId: to.queueId, ruleId: to.ruleId, ruleName: to.ruleName, channel: k.channel, language }] : [];
    });
    const inserted = await this.repo.enqueue(m, rows, now);
    if (inserted.length === 0) return [];
    const queued = new Set(inserted.map((i) => i.case_id));
    await this.repo.appendEvents(m, 'queued', rows.filter((r) => queued.has(r.caseId)).map((r) => ({ caseId: r.caseId, data: { queueId: r.queueId, ruleId: r.ruleId, ruleName: r.ruleName, language: r.language } })), now);
    await this.requestRound(m, `queued:${inserted[0]!.id}`);
    return [...queued];
  }

  isWaiting(m: EntityManager, caseId: string): Promise<boolean> {
    return this.repo.isWaiting(m, caseId);
  }

  /** Asks for a round after the caller's transaction commits (the relay merges many asks into one round). */
  async requestRound(m: EntityManager, reason: string): Promise<void> {
    await publishToOutbox(m, { queue: QUEUES.routing, jobName: 'dispatch-cases', payload: { reason }, dedupKey: `dispatch-cases:${reason}:${Date.now()}` });
  }

  /** A waiting case someone took by hand leaves its queue; a slot may have freed, so a round is asked for. */
  async leftByHand(m: EntityManager, caseId: string, now: Date): Promise<void> {
    await this.repo.cancelWaiting(m, caseId, now);
    await this.requestRound(m, `by-hand:${caseId}`);
  }

  /**
   * One round, as many passes as it takes: free finished slots, turn idle agents away, then assign
   * until a pass assigns nothing. Each pass is a transaction of its own holding the round's lock.
   */
  async dispatch(now = () => new Date()): Promise<RoundOutcome> {
    const total: RoundOutcome = { assigned: 0, settled: 0, away: 0 };
    for (;;) {
      const pass = await this.repo.ds.transaction((m) => this.pass(m, now()));
      total.assigned += pass.assigned;
      total.settled += pass.settled;
      total.away += pass.away;
      // A pass that took fewer than a full load of items left nothing it could give out.
      if (pass.assigned < ROUND_LIMIT) return total;
    }
  }

  private async pass(m: EntityManager, now: Date): Promise<RoundOutcome> {
    await this.repo.lockRound(m);
    const settled = await this.repo.settle(m, now);
    const away = (await this.repo.markIdleAway(m, new Date(now.getTime() - AUTO_AWAY_MINUTES * 60_000), now)).length;
    const items = await this.repo.waitingItems(m, ROUND_LIMIT);
    if (items.length === 0) return { assigned: 0, settled, away };
    const agents = await this.repo.agentFacts(m, ROUTABLE_ROLES, DEFAULT_CAPACITY);
    if (!agents.some((a) => a.presence === 'available')) return { assigned: 0, settled, away };
    const queues = await this.repo.queueFacts(m);
    // Stamps after anything stored, 1 ms apart, so round-robin sees this round's assignments as the latest.
    const latest = Math.max(0, ...agents.map((a) => a.lastAssignedAt?.getTime() ?? 0));
    const start = Math.max(now.getTime(), latest + 1);
    const decisions = planDispatch(items, queues, agents, now, start);
    if (decisions.length === 0) return { assigned: 0, settled, away };
    // Stored as ranks 1 ms apart (not the in-memory ticks, which run ahead by one per decision), in the order of each agent's latest assignment.
    const chosen = new Set(decisions.map((d) => d.agentId));
    const stamps = agents
      .filter((a) => chosen.has(a.userId))
      .sort((a, b) => (a.lastAssignedAt?.getTime() ?? 0) - (b.lastAssignedAt?.getTime() ?? 0))
      .map((a, i) => ({ userId: a.userId, at: new Date(start + i) }));
    const changed = await this.repo.storeDecisions(m, decisions, decisions.map((d) => explainDispatch(d.explanation)), stamps, now);
    await writeAuditMany(m, null, changed.filter((c) => c.from !== c.to).map((c) => ({ entityType: 'case', entityId: c.caseId, action: 'update', changes: [{ field: 'ownerId', from: c.from, to: c.to }] })));
    const byCase = new Map(decisions.map((d) => [d.caseId, d]));
    const cases = await this.repo.caseTitles(m, changed.map((c) => c.caseId));
    await notifyMany(
      m,
      cases.map((k) => {
        const d = byCase.get(k.id)!;
        return {
          userId: d.agentId,
          kind: 'case.routed',
          title: `New case for you: ${k.number} ${k.subject}`,
          payload: { caseId: k.id, number: k.number, subject: k.subject, queue: d.explanation.queueName, channel: d.explanation.channel as CaseChannel, path: `/cases/${k.id}` },
          dedupKey: `case.routed:${d.itemId}`,
        };
      }),
      { email: false },
    );
    return { assigned: changed.length, settled, away };
  }
}
