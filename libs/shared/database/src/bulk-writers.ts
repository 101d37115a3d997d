import { EntityManager } from 'typeorm';
import { Actor, describedObject } from '@rapport/shared-domain';
import { FieldChange } from './entities/audit-log.entity';

/**
 * Set-based forms of writeAudit, appendTimeline and notify (writers.ts) for work that records
 * hundreds of rows at once (batch routing): one statement per table, rows passed as one jsonb
 * array, the same row shapes as the one-row writers, in the caller's transaction.
 */

const json = (v: unknown) => JSON.stringify(v);

export async function writeAuditMany(
  manager: EntityManager,
  actor: Actor | null,
  entries: { entityType: string; entityId: string; action: string; changes?: FieldChange[] }[],
): Promise<void> {
  if (entries.length === 0) return;
  await manager.query(
    `INSERT INTO audit_log (entity_type, entity_id, action, changes, actor_id, api_key_id)
     SELECT v.entity_type, v.entity_id, v.action, v.changes, $2, $3
       FROM jsonb_to_recordset($1::jsonb) AS v(entity_type text, entity_id uuid, action text, changes jsonb)`,
    [json(entries.map((e) => ({ entity_type: e.entityType, entity_id: e.entityId, action: e.action, changes: e.changes ?? [] }))), actor?.userId ?? null, actor?.apiKeyId ?? null],
  );
}

export async function appendTimelineMany(
  manager: EntityManager,
  actor: Actor | null,
  events: { subjectType: string; subjectId: string; eventType: string; payload?: Record<string, unknown> }[],
): Promise<void> {
  if (events.length === 0) return;
  await manager.query(
    `INSERT INTO timeline_event (subject_type, subject_id, event_type, object_type, object_id, payload, actor_id)
     SELECT v.subject_type, v.subject_id, v.event_type, v.object_type, v.object_id, v.payload, $2
       FROM jsonb_to_recordset($1::jsonb) AS v(subject_type text, subject_id uuid, event_type text, object_type text, object_id uuid, payload jsonb)`,
    [
      json(
        events.map((e) => {
          const payload = e.payload ?? {};
          const object = describedObject(e.subjectType, e.eventType, payload);
          return { subject_type: e.subjectType, subject_id: e.subjectId, event_type: e.eventType, object_type: object?.type ?? null, object_id: object?.id ?? null, payload };
        }),
      ),
      actor?.userId ?? null,
    ],
  );
}

/**
 * Many in-app notifications, deduplicated by key like `notify()`: one that exists already inserts
 * nothing, and with `email` only the inserted ones queue a `send-notification-email` job, so no
 * mail goes twice.
 */
export async function notifyMany(
  manager: EntityManager,
  notices: { userId: string; kind: string; title: string; body?: string | null; payload?: Record<string, unknown>; dedupKey?: string }[],
  options: { email: boolean },
): Promise<void> {
  if (notices.length === 0) return;
  const rows = json(notices.map((n) => ({ user_id: n.userId, kind: n.kind, title: n.title, body: n.body ?? null, payload: n.payload ?? {}, dedup_key: n.dedupKey ?? null })));
  const insert = `INSERT INTO notification (user_id, kind, title, body, payload, dedup_key)
       SELECT v.user_id, v.kind, v.title, v.body, v.payload, v.dedup_key
         FROM jsonb_to_recordset($1::jsonb) AS v(user_id uuid, kind text, title text, body text, payload jsonb, dedup_key text)
       ON CONFLICT DO NOTHING`;
  if (!options.email) {
    await manager.query(insert, [rows]);
    return;
  }
  await manager.query(
    `WITH n AS (${insert} RETURNING id)
     INSERT INTO outbox (queue, job_name, payload, dedup_key)
     SELECT 'platform', 'send-notification-email', jsonb_build_object('notificationId', n.id), 'notification-email:' || n.id FROM n
     ON CONFLICT DO NOTHING`,
    [rows],
  );
}
