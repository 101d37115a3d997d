import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Candidate, LeadFacts, RoutingExplanation, RuleFacts, SlaPolicyFacts } from '@rapport/leads-domain';
import { LEAD } from '@rapport/sales-domain';
import { selectListOf } from '@rapport/shared-database';

const OPEN = `('new','working','nurturing','qualified')`;

/** The columns of a LeadRow, named by LEAD (sales-domain). */
// Routing's facts call the campaign source `campaign` (the rules' criterion is the text the lead came with).
const LEAD_ROW = `${selectListOf(LEAD, ['id', 'firstName', 'lastName', 'company', 'ownerId', 'source', 'country', 'region', 'productInterest', 'language', 'score', 'employees'])}, l.${LEAD.fields.campaignSource.column} AS "campaign"`;

/** A lead as routing decides on it. */
export interface LeadRow extends LeadFacts {
  id: string;
  firstName: string;
  lastName: string;
  company: string | null;
  ownerId: string | null;
}

/** One decision as `lead_routing` stores it. */
export interface RoutingDecisionRow {
  lead_id: string;
  rule_id: string | null;
  assigned_user_id: string;
  explanation: RoutingExplanation;
  explanation_text: string;
  priority: string;
  sla_minutes: number | null;
}

type CandidateRow = Omit<Candidate, 'outOfOfficeFrom' | 'outOfOfficeUntil'> & { oooFrom: Date | null; oooUntil: Date | null };

/**
 * The SQL of routing (RoutingService keeps the order, the rules stay the pure functions of
 * @rapport/leads-domain): what a batch decides on, read once whatever its size — the leads
 * (locked), the rules, the teams' reps, the candidates' loads (their profiles locked), the fallback
 * owner and the SLA policies — and the decisions written with one statement per table. Every
 * method runs in the caller's transaction; routing works for the system (no visibility scope).
 * The leads' owners are LeadWriter's to write.
 */
@Injectable()
export class RoutingRepository {
  /** Gives leads created without their routing row (older data) one; existing rows are left alone. */
  async ensureRoutingRows(m: EntityManager, leadIds: string[]): Promise<void> {
    await m.query(`INSERT INTO lead_routing (lead_id, received_at) SELECT id, created_at FROM lead WHERE id = ANY($1::uuid[]) ON CONFLICT DO NOTHING`, [leadIds]);
  }

  /**
   * The routing rows of `leadIds` not routed yet, locked in lead id order. Waits for a batch
   * already routing one of them; PostgreSQL then re-checks `routed_at IS NULL` on the row it
   * committed, so that lead drops out instead of routing twice.
   */
  lockUnrouted(m: EntityManager, leadIds: string[]): Promise<{ lead_id: string; received_at: Date }[]> {
    return m.query(`SELECT lead_id, received_at FROM lead_routing WHERE lead_id = ANY($1::uuid[]) AND routed_at IS NULL ORDER BY lead_id FOR UPDATE`, [leadIds]);
  }

  /** When the lead's inquiry arrived (its SLA clock starts there). */
  async receivedAt(m: EntityManager, leadId: string): Promise<Date> {
    const [routing]: { received_at: Date }[] = await m.query(`SELECT received_at FROM lead_routing WHERE lead_id = $1`, [leadId]);
    return routing.received_at;
  }

  /** Live leads among `ids`, locked for the transaction, in id order (so concurrent batches lock alike). */
  async lockLeads(m: EntityManager, ids: string[]): Promise<LeadRow[]> {
    if (ids.length === 0) return [];
    return m.query(
      `SELECT ${LEAD_ROW} FROM lead l WHERE l.id = ANY($1::uuid[]) AND l.deleted_at IS NULL
        ORDER BY l.id
          FOR UPDATE`,
      [ids],
    );
  }

  /** The active rules, in their order. */
  activeRules(m: EntityManager): Promise<RuleFacts[]> {
    return m.query(
      `SELECT id, name, criteria, distribution, target_user_id AS "targetUserId", target_team_id AS "targetTeamId"
         FROM routing_rule WHERE active ORDER BY position, id`,
    );
  }

  /** The active sales reps of each of `teamIds`, in user id order. */
  async teamReps(m: EntityManager, teamIds: string[]): Promise<Map<string, string[]>> {
    const reps: { id: string; team_id: string }[] = teamIds.length
      ? await m.query(`SELECT id, team_id FROM app_user WHERE team_id = ANY($1::uuid[]) AND active AND role = 'sales_rep' ORDER BY id`, [teamIds])
      : [];
    const teamReps = new Map<string, string[]>();
    for (const r of reps) {
      const team = teamReps.get(r.team_id);
      if (team) team.push(r.id);
      else teamReps.set(r.team_id, [r.id]);
    }
    return teamReps;
  }

  /**
   * Locks the routing profiles of `userIds` (created when missing; in user id order, so batches
   * for overlapping teams never deadlock), then reads each candidate's hours, absence and loads
   * at `now`, and the latest assignment among them. Concurrent batches for one team therefore take
   * turns, and each reads the loads the previous one committed.
   */
  async lockCandidates(m: EntityManager, userIds: string[], now: Date): Promise<{ candidates: Map<string, Candidate>; latestAssignment: number }> {
    const candidates = new Map<string, Candidate>();
    if (userIds.length === 0) return { candidates, latestAssignment: 0 };
    await m.query(`INSERT INTO routing_profile (user_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`, [userIds]);
    // Lock first, read after: in READ COMMITTED the next statement gets a fresh snapshot, so the
    // counts below include what the transaction we waited for just assigned.
    await m.query(`SELECT 1 FROM routing_profile WHERE user_id = ANY($1::uuid[]) ORDER BY user_id FOR UPDATE`, [userIds]);
    // Once per batch, not per lead: the loads then move in memory as the batch decides.
    const rows: CandidateRow[] = await m.query(
      `SELECT u.id AS "userId", u.name, u.active, p.time_zone AS "timeZone", p.work_days AS "workDays", p.work_start AS "workStart", p.work_end AS "workEnd",
              p.daily_capacity AS "dailyCapacity", p.ooo_from AS "oooFrom", p.ooo_until AS "oooUntil", p.last_assigned_at AS "lastAssignedAt",
              (SELECT count(*) FROM lead_routing r
                WHERE r.assigned_user_id = u.id
                  AND r.routed_at >= (date_trunc('day', $2::timestamptz AT TIME ZONE p.time_zone) AT TIME ZONE p.time_zone))::int AS "assignedToday",
              (SELECT count(*) FROM lead l WHERE l.owner_id = u.id AND l.status IN ${OPEN} AND l.deleted_at IS NULL)::int AS "openLeads"
         FROM app_user u JOIN routing_profile p ON p.user_id = u.id
        WHERE u.id = ANY($1::uuid[])
        ORDER BY u.id`,
      [userIds, now],
    );
    let latestAssignment = 0;
    for (const { oooFrom, oooUntil, ...r } of rows) {
      candidates.set(r.userId, { ...r, outOfOfficeFrom: oooFrom, outOfOfficeUntil: oooUntil });
      latestAssignment = Math.max(latestAssignment, r.lastAssignedAt?.getTime() ?? 0);
    }
    return { candidates, latestAssignment };
  }

  /** The settings' fallback owner if active and not excluded, else the first active admin. */
  async fallbackOwner(m: EntityManager, exclude: string[]): Promise<{ id: string; name: string } | null> {
    const [row]: { id: string; name: string }[] = await m.query(
      `SELECT u.id, u.name FROM app_user u
         LEFT JOIN lead_settings s ON s.id = 1
        WHERE u.active AND NOT (u.id = ANY($1::uuid[])) AND (u.id = s.fallback_user_id OR u.role = 'admin')
        ORDER BY (u.id = s.fallback_user_id) DESC NULLS LAST, u.created_at
        LIMIT 1`,
      [exclude],
    );
    return row ?? null;
  }

  /** The active SLA policies. */
  slaPolicies(m: EntityManager): Promise<SlaPolicyFacts[]> {
    return m.query(`SELECT source, priority, response_minutes AS "responseMinutes" FROM sla_policy WHERE active`);
  }

  /** Stores each decision, its explanation and SLA minutes on the lead's routing row, routed at `now`. */
  async recordDecisions(m: EntityManager, decisions: RoutingDecisionRow[], now: Date): Promise<void> {
    await m.query(
      `UPDATE lead_routing r SET routed_at = $2, rule_id = v.rule_id, assigned_user_id = v.assigned_user_id, explanation = v.explanation,
              explanation_text = v.explanation_text, priority = v.priority, sla_minutes = v.sla_minutes
         FROM jsonb_to_recordset($1::jsonb) AS v(lead_id uuid, rule_id uuid, assigned_user_id uuid, explanation jsonb, explanation_text text, priority text, sla_minutes int)
        WHERE r.lead_id = v.lead_id`,
      [JSON.stringify(decisions), now],
    );
  }

  /** The reps' last assignment times (round-robin's order). */
  async stampLastAssigned(m: EntityManager, stamps: { userId: string; at: Date }[]): Promise<void> {
    if (stamps.length === 0) return;
    await m.query(`UPDATE routing_profile p SET last_assigned_at = v.at FROM unnest($1::uuid[], $2::timestamptz[]) AS v(user_id, at) WHERE p.user_id = v.user_id`, [
      stamps.map((s) => s.userId),
      stamps.map((s) => s.at),
    ]);
  }
}
