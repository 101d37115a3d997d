import { EntityManager } from 'typeorm';
import { appendTimelineMany, notifyMany, writeAuditMany } from '@rapport/shared-database';
import { RoutingExplanation } from '@rapport/leads-domain';

/**
 * Stores a batch of routing decisions with one statement per table, in the caller's transaction:
 * owners, routing rows and reps' last assignment here; audit, timeline and notifications (each new
 * one with its email job) through the shared set-based writers.
 */

export type RoutingEvent = 'lead.routed' | 'lead.reassigned';

export interface RoutingWrite {
  leadId: string;
  previousOwnerId: string | null;
  decision: RoutingExplanation;
  text: string;
  priority: string;
  slaMinutes: number | null;
  dueAt: Date | null;
  notification: { title: string; body: string | null; payload: Record<string, unknown>; dedupKey: string };
}

const json = (v: unknown) => JSON.stringify(v);

export async function writeRoutings(m: EntityManager, rows: RoutingWrite[], stamps: { userId: string; at: Date }[], now: Date, event: RoutingEvent): Promise<void> {
  if (rows.length === 0) return;
  const leads = json(rows.map((r) => ({ id: r.leadId, owner: r.decision.chosenUserId, due: r.dueAt })));
  await m.query(
    `UPDATE lead l SET owner_id = v.owner, team_id = u.team_id, sla_due_at = COALESCE(l.sla_due_at, v.due), updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, owner uuid, due timestamptz)
       JOIN app_user u ON u.id = v.owner
      WHERE l.id = v.id`,
    [leads],
  );
  const routing = rows.map((r) => ({
    lead_id: r.leadId,
    rule_id: r.decision.ruleId,
    assigned_user_id: r.decision.chosenUserId,
    explanation: r.decision,
    explanation_text: r.text,
    priority: r.priority,
    sla_minutes: r.slaMinutes,
  }));
  await m.query(
    `UPDATE lead_routing r SET routed_at = $2, rule_id = v.rule_id, assigned_user_id = v.assigned_user_id, explanation = v.explanation,
            explanation_text = v.explanation_text, priority = v.priority, sla_minutes = v.sla_minutes
       FROM jsonb_to_recordset($1::jsonb) AS v(lead_id uuid, rule_id uuid, assigned_user_id uuid, explanation jsonb, explanation_text text, priority text, sla_minutes int)
      WHERE r.lead_id = v.lead_id`,
    [json(routing), now],
  );
  if (stamps.length) {
    await m.query(
      `UPDATE routing_profile p SET last_assigned_at = v.at FROM unnest($1::uuid[], $2::timestamptz[]) AS v(user_id, at) WHERE p.user_id = v.user_id`,
      [stamps.map((s) => s.userId), stamps.map((s) => s.at)],
    );
  }
  await writeAuditMany(
    m,
    null,
    rows.map((r) => ({ entityType: 'lead', entityId: r.leadId, action: 'update', changes: [{ field: 'ownerId', from: r.previousOwnerId, to: r.decision.chosenUserId }] })),
  );
  await appendTimelineMany(
    m,
    null,
    rows.map((r) => ({
      subjectType: 'lead',
      subjectId: r.leadId,
      eventType: event,
      payload: { explanation: r.text, ruleId: r.decision.ruleId, ownerId: r.decision.chosenUserId, reason: r.decision.reason },
    })),
  );
  // One notice per decision, deduplicated by key; only the new ones are mailed.
  const kind = event === 'lead.routed' ? 'lead.assigned' : 'lead.sla.reassigned';
  await notifyMany(m, rows.map((r) => ({ userId: r.decision.chosenUserId, kind, ...r.notification })), { email: true });
}
