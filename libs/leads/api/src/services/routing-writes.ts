import { EntityManager } from 'typeorm';
import { RoutingExplanation } from '@rapport/leads-domain';

/**
 * Stores a batch of routing decisions with one statement per table (rows passed as one jsonb
 * array), in the caller's transaction: owners, routing rows, reps' last assignment, audit, timeline,
 * notifications and, for each notification actually inserted, its email job in the outbox.
 * The per-row shapes are exactly what the lead-by-lead writers (writeAudit, appendTimeline, notify)
 * produced, so the timeline, the bell and the mails look the same as before.
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
  const audit = rows.map((r) => ({ id: r.leadId, changes: [{ field: 'ownerId', from: r.previousOwnerId, to: r.decision.chosenUserId }] }));
  await m.query(
    `INSERT INTO audit_log (entity_type, entity_id, action, changes, actor_id, api_key_id)
     SELECT 'lead', v.id, 'update', v.changes, NULL, NULL FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, changes jsonb)`,
    [json(audit)],
  );
  const timeline = rows.map((r) => ({
    id: r.leadId,
    payload: { explanation: r.text, ruleId: r.decision.ruleId, ownerId: r.decision.chosenUserId, reason: r.decision.reason },
  }));
  await m.query(
    `INSERT INTO timeline_event (subject_type, subject_id, event_type, payload, actor_id)
     SELECT 'lead', v.id, $2, v.payload, NULL FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, payload jsonb)`,
    [json(timeline), event],
  );
  await notifyOwners(m, rows, event);
}

/**
 * One notice per decision, deduplicated by key like `notify()`: a notification that already exists
 * inserts nothing, and only the inserted ones get a `send-notification-email` job, so no mail goes twice.
 */
async function notifyOwners(m: EntityManager, rows: RoutingWrite[], event: RoutingEvent): Promise<void> {
  const kind = event === 'lead.routed' ? 'lead.assigned' : 'lead.sla.reassigned';
  const notices = rows.map((r) => ({ user_id: r.decision.chosenUserId, ...r.notification, dedup_key: r.notification.dedupKey }));
  await m.query(
    `WITH n AS (
       INSERT INTO notification (user_id, kind, title, body, payload, dedup_key)
       SELECT v.user_id, $2, v.title, v.body, v.payload, v.dedup_key
         FROM jsonb_to_recordset($1::jsonb) AS v(user_id uuid, title text, body text, payload jsonb, dedup_key text)
       ON CONFLICT DO NOTHING
       RETURNING id
     )
     INSERT INTO outbox (queue, job_name, payload, dedup_key)
     SELECT 'platform', 'send-notification-email', jsonb_build_object('notificationId', n.id), 'notification-email:' || n.id FROM n
     ON CONFLICT DO NOTHING`,
    [json(notices), kind],
  );
}
