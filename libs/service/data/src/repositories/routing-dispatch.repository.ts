import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AgentFacts, AgentPresenceState, CasePriority, DispatchDecision, QueueDistribution, QueueFacts, QueueRuleFacts, RoutingChannel, WaitingItem } from '@rapport/service-domain';

/** What classifying a new case reads about it. */
export interface CaseClassifyRow {
  id: string;
  channel: string;
  product_id: string | null;
  account_tier: string | null;
  priority: string;
  contact_locale: string | null;
  subject: string;
  description: string;
}

/** Key of the advisory lock one dispatch round holds: rounds run one at a time, whichever worker runs them. */
const DISPATCH_LOCK = 19_001;

/**
 * Routing's SQL for queueing and dispatching (issue 19 item 1): facts loaded in a few statements,
 * decisions written set-based (one statement per table), so a round over thousands of waiting
 * items costs about as much as one over ten.
 */
@Injectable()
export class RoutingDispatchRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  async activeRules(m: EntityManager): Promise<QueueRuleFacts[]> {
    const rows: { id: string; name: string; queue_id: string; criteria: QueueRuleFacts['criteria'] }[] = await m.query(
      `SELECT r.id, r.name, r.queue_id, r.criteria FROM routing_queue_rule r JOIN routing_queue q ON q.id = r.queue_id AND q.active WHERE r.active ORDER BY r.position, r.id`,
    );
    return rows.map((r) => ({ id: r.id, name: r.name, queueId: r.queue_id, criteria: r.criteria }));
  }

  async defaultQueueId(m: EntityManager): Promise<string | null> {
    const rows: { id: string }[] = await m.query(`SELECT id FROM routing_queue WHERE is_default AND active`);
    return rows[0]?.id ?? null;
  }

  async casesToClassify(m: EntityManager, caseIds: readonly string[]): Promise<CaseClassifyRow[]> {
    return m.query(
      `SELECT k.id, k.channel, k.product_id, a.tier AS account_tier, k.priority, c.locale AS contact_locale, k.subject, left(k.description, 4000) AS description
         FROM service_case k
         LEFT JOIN account a ON a.id = k.account_id
         LEFT JOIN contact c ON c.id = k.contact_id
        WHERE k.id = ANY($1::uuid[]) AND k.deleted_at IS NULL AND k.resolved_at IS NULL AND k.closed_at IS NULL`,
      [caseIds],
    );
  }

  /** Waiting items, one per case (a case already waiting keeps its place); the cases remember their queue. Returns the items written. */
  async enqueue(m: EntityManager, rows: { caseId: string; queueId: string; ruleId: string | null; channel: string; language: string | null }[], at: Date): Promise<{ id: string; case_id: string }[]> {
    if (rows.length === 0) return [];
    const inserted: { id: string; case_id: string }[] = await m.query(
      `INSERT INTO routing_item (case_id, queue_id, rule_id, channel, language, enqueued_at)
       SELECT v.case_id, v.queue_id, v.rule_id, v.channel, v.language, $2
         FROM jsonb_to_recordset($1::jsonb) AS v(case_id uuid, queue_id uuid, rule_id uuid, channel text, language text)
       ON CONFLICT (case_id) WHERE state = 'waiting' DO NOTHING
       RETURNING id, case_id`,
      [JSON.stringify(rows.map((r) => ({ case_id: r.caseId, queue_id: r.queueId, rule_id: r.ruleId, channel: r.channel, language: r.language }))), at],
    );
    await m.query(
      `UPDATE service_case k SET queue_id = i.queue_id FROM routing_item i WHERE i.id = ANY($1::uuid[]) AND k.id = i.case_id`,
      [inserted.map((r) => r.id)],
    );
    return inserted;
  }

  async appendEvents(m: EntityManager, kind: string, rows: { caseId: string; data: Record<string, unknown> }[], at: Date): Promise<void> {
    if (rows.length === 0) return;
    await m.query(`INSERT INTO case_event (case_id, kind, at, data) SELECT v.case_id, $2, $3, v.data FROM jsonb_to_recordset($1::jsonb) AS v(case_id uuid, data jsonb)`, [
      JSON.stringify(rows.map((r) => ({ case_id: r.caseId, data: r.data }))),
      kind,
      at,
    ]);
  }

  caseTitles(m: EntityManager, caseIds: readonly string[]): Promise<{ id: string; number: string; subject: string }[]> {
    return m.query(`SELECT id, number, subject FROM service_case WHERE id = ANY($1::uuid[])`, [caseIds]);
  }

  /** Takes the round's lock (released with the transaction); a second round waits here for the first. */
  async lockRound(m: EntityManager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock($1)`, [DISPATCH_LOCK]);
  }

  /**
   * Frees the slots of items whose case was resolved, closed, deleted or given to someone else, and
   * cancels waiting items of cases that no longer wait (resolved, or taken by hand). Returns how many.
   */
  async settle(m: EntityManager, now: Date): Promise<number> {
    // node-postgres answers an UPDATE with [rows, count] through TypeORM.
    const [, released]: [unknown, number] = await m.query(
      `UPDATE routing_item i SET state = 'released', released_at = $1
         FROM service_case k
        WHERE i.state = 'assigned' AND k.id = i.case_id
          AND (k.resolved_at IS NOT NULL OR k.closed_at IS NOT NULL OR k.deleted_at IS NOT NULL OR k.owner_id IS DISTINCT FROM i.assigned_to)`,
      [now],
    );
    const [, cancelled]: [unknown, number] = await m.query(
      `UPDATE routing_item i SET state = 'cancelled', released_at = $1
         FROM service_case k
        WHERE i.state = 'waiting' AND k.id = i.case_id
          AND (k.resolved_at IS NOT NULL OR k.closed_at IS NOT NULL OR k.deleted_at IS NOT NULL)`,
      [now],
    );
    return released + cancelled;
  }

  /** Waiting items in answering order (priority, then age), with the case's live priority. */
  async waitingItems(m: EntityManager, limit: number): Promise<WaitingItem[]> {
    const rows: { id: string; case_id: string; queue_id: string; priority: CasePriority; channel: RoutingChannel; language: string | null; enqueued_at: Date }[] = await m.query(
      `SELECT i.id, i.case_id, i.queue_id, k.priority, i.channel, i.language, i.enqueued_at
         FROM routing_item i JOIN service_case k ON k.id = i.case_id
        WHERE i.state = 'waiting'
        ORDER BY array_position(ARRAY['urgent','high','normal','low'], k.priority), i.enqueued_at, i.id
        LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({ id: r.id, caseId: r.case_id, queueId: r.queue_id, priority: r.priority, channel: r.channel, language: r.language, enqueuedAt: r.enqueued_at }));
  }

  async queueFacts(m: EntityManager): Promise<Map<string, QueueFacts>> {
    const rows: { id: string; name: string; distribution: QueueDistribution; overflow_queue_id: string | null; overflow_after_seconds: number | null; skills: { skillKey: string; level: number }[] }[] = await m.query(
      `SELECT q.id, q.name, q.distribution, q.overflow_queue_id, q.overflow_after_seconds,
              COALESCE((SELECT jsonb_agg(jsonb_build_object('skillKey', s.skill_key, 'level', s.level)) FROM routing_queue_skill s WHERE s.queue_id = q.id), '[]') AS skills
         FROM routing_queue q WHERE q.active`,
    );
    return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, distribution: r.distribution, overflowQueueId: r.overflow_queue_id, overflowAfterSeconds: r.overflow_after_seconds, skills: r.skills }]));
  }

  /**
   * Every active user with a routing profile whose role may own cases (`roles`), with their skills
   * and the open items they hold per channel. Only available agents are ever chosen; the others
   * are loaded so a supervisor's explanation can say who was passed over.
   */
  async agentFacts(m: EntityManager, roles: readonly string[], defaults: Record<string, number>): Promise<AgentFacts[]> {
    const rows: {
      user_id: string;
      name: string;
      presence: AgentPresenceState;
      languages: string[];
      capacity: Record<string, number>;
      last_assigned_at: Date | null;
      skills: Record<string, number>;
      load: Record<string, number>;
    }[] = await m.query(
      `SELECT p.user_id, u.name, p.presence, p.languages, $2::jsonb || p.capacity AS capacity, p.last_assigned_at,
              COALESCE((SELECT jsonb_object_agg(s.skill_key, s.level) FROM user_skill s WHERE s.user_id = p.user_id), '{}') AS skills,
              COALESCE((SELECT jsonb_object_agg(l.channel, l.n) FROM (SELECT i.channel, count(*)::int AS n FROM routing_item i WHERE i.state = 'assigned' AND i.assigned_to = p.user_id GROUP BY i.channel) l), '{}') AS load
         FROM agent_presence p JOIN app_user u ON u.id = p.user_id AND u.active AND u.role = ANY($1::text[])
        ORDER BY p.user_id`,
      [roles, JSON.stringify(defaults)],
    );
    return rows.map((r) => ({ userId: r.user_id, name: r.name, presence: r.presence, skills: r.skills, languages: r.languages, capacity: r.capacity, load: r.load, lastAssignedAt: r.last_assigned_at }));
  }

  /**
   * Writes a round's decisions: the items assigned (only those still waiting: a redelivered round
   * changes nothing), the cases given to their agents and teams, the `routed` events with the
   * explanation, and the agents' last assignment. Returns the cases' previous owners for the audit.
   */
  async storeDecisions(m: EntityManager, decisions: readonly DispatchDecision[], texts: readonly string[], stamps: { userId: string; at: Date }[], now: Date): Promise<{ caseId: string; from: string | null; to: string }[]> {
    if (decisions.length === 0) return [];
    const payload = JSON.stringify(decisions.map((d, i) => ({ item_id: d.itemId, agent_id: d.agentId, queue_id: d.explanation.queueId, explanation: { ...d.explanation, text: texts[i] } })));
    const changed: { case_id: string; from_owner: string | null; to_owner: string }[] = await m.query(
      `WITH d AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS v(item_id uuid, agent_id uuid, queue_id uuid, explanation jsonb)),
            items AS (
              UPDATE routing_item i SET state = 'assigned', assigned_to = d.agent_id, assigned_at = $2, answered_queue_id = d.queue_id, explanation = d.explanation
                FROM d WHERE i.id = d.item_id AND i.state = 'waiting'
              RETURNING i.case_id, i.assigned_to, i.explanation),
            -- Every part of the statement reads the same snapshot: "before" sees the owners the update replaces.
            before AS (SELECT k.id, k.owner_id FROM service_case k JOIN items ON items.case_id = k.id),
            cases AS (
              UPDATE service_case k SET owner_id = items.assigned_to, team_id = u.team_id, updated_at = $2
                FROM items JOIN app_user u ON u.id = items.assigned_to
               WHERE k.id = items.case_id
              RETURNING k.id),
            events AS (
              INSERT INTO case_event (case_id, kind, at, data, actor_id)
              SELECT items.case_id, 'routed', $2, items.explanation || jsonb_build_object('ownerId', items.assigned_to), NULL FROM items)
       SELECT before.id AS case_id, before.owner_id AS from_owner, items.assigned_to AS to_owner FROM before JOIN items ON items.case_id = before.id`,
      [payload, now],
    );
    if (stamps.length) {
      await m.query(
        `UPDATE agent_presence p SET last_assigned_at = v.at FROM jsonb_to_recordset($1::jsonb) AS v(user_id uuid, at timestamptz) WHERE p.user_id = v.user_id`,
        [JSON.stringify(stamps.map((s) => ({ user_id: s.userId, at: s.at })))],
      );
    }
    return changed.map((c) => ({ caseId: c.case_id, from: c.from_owner, to: c.to_owner }));
  }

  async isWaiting(m: EntityManager, caseId: string): Promise<boolean> {
    return (await m.query(`SELECT 1 FROM routing_item WHERE case_id = $1 AND state = 'waiting'`, [caseId])).length > 0;
  }

  /** A waiting case someone took by hand leaves its queue (the round's guarded update then skips it). */
  async cancelWaiting(m: EntityManager, caseId: string, now: Date): Promise<void> {
    await m.query(`UPDATE routing_item SET state = 'cancelled', released_at = $2 WHERE case_id = $1 AND state = 'waiting'`, [caseId, now]);
  }

  /** Available agents whose screens have been silent since `cutoff` become away (the system's doing, so their next sign of life undoes it). */
  async markIdleAway(m: EntityManager, cutoff: Date, now: Date): Promise<string[]> {
    const [rows]: [{ user_id: string }[]] = await m.query(
      `UPDATE agent_presence SET presence = 'away', auto_away = true, presence_since = $2 WHERE presence = 'available' AND last_seen_at < $1 RETURNING user_id`,
      [cutoff, now],
    );
    return rows.map((r) => r.user_id);
  }
}
