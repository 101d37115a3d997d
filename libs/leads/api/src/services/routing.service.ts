import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { appendTimeline, notify, writeAudit } from '@rapport/shared-database';
import {
  addBusinessMinutes,
  Candidate,
  chooseRep,
  describeCriteria,
  explain,
  LeadFacts,
  priorityFor,
  RoutingExplanation,
  ruleMatches,
} from '@rapport/leads-domain';
import { LeadRoutingEntity, LeadSettingsEntity, RoutingRuleEntity } from '@rapport/leads-data';
import { displayPersonName } from '@rapport/sales-domain';
import { ScoringService } from './scoring.service';

const OPEN = `('new','working','nurturing','qualified')`;

interface LeadRow extends LeadFacts {
  id: string;
  firstName: string;
  lastName: string;
  company: string | null;
  ownerId: string | null;
}

export type AssignOutcome = { status: 'assigned'; userId: string; explanation: string } | { status: 'already-routed' | 'gone' | 'no-owner' };

/**
 * The `assign-lead` job: score the lead, walk the routing rules in order, pick a rep, and record the
 * decision with its explanation — in one transaction that first locks the lead's routing row, so a
 * redelivered job finds the lead routed and does nothing (idempotent by lead). Candidates' routing
 * profiles are locked too, so concurrent jobs for one team take turns and round-robin stays fair.
 */
@Injectable()
export class RoutingService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly scoring: ScoringService,
  ) {}

  async assign(leadId: string, now = new Date()): Promise<AssignOutcome> {
    return this.ds.transaction(async (m) => {
      const [routing]: { routed_at: Date | null }[] = await m.query(`SELECT routed_at FROM lead_routing WHERE lead_id = $1 FOR UPDATE`, [leadId]);
      if (routing?.routed_at) return { status: 'already-routed' };
      if (!routing) await m.query(`INSERT INTO lead_routing (lead_id, received_at) SELECT id, created_at FROM lead WHERE id = $1 ON CONFLICT DO NOTHING`, [leadId]);
      const scored = await this.scoring.rescore(leadId, m);
      const lead = await this.loadLead(m, leadId);
      if (!lead || !scored) return { status: 'gone' };
      const decision = await this.decide(m, lead, now, []);
      if (!decision) return { status: 'no-owner' };
      const text = await this.record(m, lead, decision, now, 'lead.routed');
      return { status: 'assigned', userId: decision.chosenUserId, explanation: text };
    });
  }

  /** SLA step "reassign": route again, never back to the owner who let it lapse. Runs inside the caller's transaction. */
  async reassign(m: EntityManager, leadId: string, now: Date): Promise<string | null> {
    const lead = await this.loadLead(m, leadId);
    if (!lead) return null;
    const decision = await this.decide(m, lead, now, lead.ownerId ? [lead.ownerId] : []);
    if (!decision || decision.chosenUserId === lead.ownerId) return null;
    await this.record(m, lead, decision, now, 'lead.reassigned');
    return decision.chosenUserId;
  }

  private async loadLead(m: EntityManager, id: string): Promise<LeadRow | null> {
    const [row]: LeadRow[] = await m.query(
      `SELECT id, first_name AS "firstName", last_name AS "lastName", company, owner_id AS "ownerId", source, campaign, country, region,
              product_interest AS "productInterest", language, score, employees
         FROM lead WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  private async decide(m: EntityManager, lead: LeadRow, now: Date, exclude: string[]): Promise<RoutingExplanation | null> {
    const rules = await m.find(RoutingRuleEntity, { where: { active: true }, order: { position: 'ASC', id: 'ASC' } });
    const passed: RoutingExplanation['passed'] = [];
    for (const rule of rules) {
      if (!ruleMatches(rule.criteria, lead)) continue;
      const members = rule.targetUserId
        ? [rule.targetUserId]
        : // A team queue is its reps; managers take leads only when a rule names them.
          ((await m.query(`SELECT id FROM app_user WHERE team_id = $1 AND active AND role = 'sales_rep' ORDER BY id`, [rule.targetTeamId])) as { id: string }[]).map((r) => r.id);
      const candidates = await this.candidates(m, members.filter((id) => !exclude.includes(id)), now);
      const choice = chooseRep(candidates, rule.distribution, now);
      const chosen = candidates.find((c) => c.userId === choice.userId);
      if (chosen) {
        return {
          ruleId: rule.id,
          ruleName: rule.name,
          criteria: describeCriteria(rule.criteria),
          chosenUserId: chosen.userId,
          chosenName: chosen.name,
          reason: rule.targetUserId ? 'direct' : rule.distribution,
          skipped: choice.skipped,
          passed,
        };
      }
      passed.push({ ruleName: rule.name, why: 'nobody_available' });
    }
    const fallback = await this.fallbackOwner(m, exclude);
    if (!fallback) return null;
    return { ruleId: null, ruleName: null, criteria: null, chosenUserId: fallback.id, chosenName: fallback.name, reason: 'fallback', skipped: [], passed };
  }

  /** Routing facts of the people who could take the lead, locked for the rest of the transaction. */
  private async candidates(m: EntityManager, userIds: string[], now: Date): Promise<Candidate[]> {
    if (userIds.length === 0) return [];
    await m.query(`INSERT INTO routing_profile (user_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`, [userIds]);
    // Lock first, read after: in READ COMMITTED the next statement gets a fresh snapshot, so the
    // counts below include what the transaction we waited for just assigned.
    await m.query(`SELECT 1 FROM routing_profile WHERE user_id = ANY($1::uuid[]) ORDER BY user_id FOR UPDATE`, [userIds]);
    const rows: (Omit<Candidate, 'outOfOfficeFrom' | 'outOfOfficeUntil' | 'lastAssignedAt'> & { oooFrom: Date | null; oooUntil: Date | null; lastAssignedAt: Date | null })[] =
      await m.query(
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
    return rows.map((r) => ({ ...r, outOfOfficeFrom: r.oooFrom, outOfOfficeUntil: r.oooUntil }));
  }

  private async fallbackOwner(m: EntityManager, exclude: string[]): Promise<{ id: string; name: string } | null> {
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

  private async record(m: EntityManager, lead: LeadRow, e: RoutingExplanation, now: Date, eventType: 'lead.routed' | 'lead.reassigned'): Promise<string> {
    const text = explain(e);
    const settings = await m.findOneByOrFail(LeadSettingsEntity, { id: 1 });
    const priority = priorityFor(lead.score);
    const [routing]: { received_at: Date }[] = await m.query(`SELECT received_at FROM lead_routing WHERE lead_id = $1`, [lead.id]);
    const minutes = await this.slaMinutes(m, lead.source, priority);
    const dueAt = minutes === null ? null : addBusinessMinutes(routing.received_at, minutes, settings.calendar);
    await m.query(
      `UPDATE lead SET owner_id = $2, team_id = (SELECT team_id FROM app_user WHERE id = $2), sla_due_at = COALESCE(sla_due_at, $3), updated_at = now() WHERE id = $1`,
      [lead.id, e.chosenUserId, dueAt],
    );
    await m.update(LeadRoutingEntity, { leadId: lead.id }, {
      routedAt: now,
      ruleId: e.ruleId,
      assignedUserId: e.chosenUserId,
      explanation: e as never,
      explanationText: text,
      priority,
      slaMinutes: minutes,
    });
    // Real time, not the job's `now`: round-robin order must follow the order decisions were made in.
    await m.query(`UPDATE routing_profile SET last_assigned_at = clock_timestamp() WHERE user_id = $1`, [e.chosenUserId]);
    await writeAudit(m, null, { entityType: 'lead', entityId: lead.id, action: 'update', changes: [{ field: 'ownerId', from: lead.ownerId, to: e.chosenUserId }] });
    await appendTimeline(m, null, { subjectType: 'lead', subjectId: lead.id, eventType, payload: { explanation: text, ruleId: e.ruleId, ownerId: e.chosenUserId, reason: e.reason } });
    const name = displayPersonName(lead.firstName, lead.lastName) || lead.company || '';
    await notify(m, {
      userId: e.chosenUserId,
      kind: eventType === 'lead.routed' ? 'lead.assigned' : 'lead.sla.reassigned',
      title: eventType === 'lead.routed' ? `New lead for you: ${name}` : `${name} was reassigned to you: no first response in time`,
      body: lead.company && name !== lead.company ? lead.company : null,
      payload: { leadId: lead.id, name, path: `/leads/${lead.id}`, explanation: text },
      dedupKey: `${eventType}:${lead.id}:${e.chosenUserId}:${now.toISOString()}`,
      email: true,
    });
    return text;
  }

  /** The most specific active policy: source + priority, then source, then priority, then the default. */
  private async slaMinutes(m: EntityManager, source: string, priority: string): Promise<number | null> {
    const [row]: { response_minutes: number }[] = await m.query(
      `SELECT response_minutes FROM sla_policy
        WHERE active AND (source IS NULL OR source = $1) AND (priority IS NULL OR priority = $2)
        ORDER BY (source IS NOT NULL) DESC, (priority IS NOT NULL) DESC, response_minutes
        LIMIT 1`,
      [source, priority],
    );
    return row?.response_minutes ?? null;
  }
}
