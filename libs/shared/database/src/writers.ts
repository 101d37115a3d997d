import { EntityManager } from 'typeorm';
import { Actor, describedObject } from '@rapport/shared-domain';
import { AuditLogEntity, FieldChange } from './entities/audit-log.entity';
import { NotificationEntity } from './entities/notification.entity';
import { OutboxEntity } from './entities/outbox.entity';
import { TimelineEventEntity } from './entities/timeline-event.entity';

/**
 * Writers for the cross-cutting tables. They take the caller's EntityManager so the audit row,
 * the timeline event and the outbox row commit (or roll back) with the change they describe.
 */

/** Field-level difference of two snapshots, limited to the fields that matter. */
export function diffFields<T extends object>(before: Partial<T> | null, after: Partial<T>, fields: (keyof T)[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = before ? normalize(before[field]) : null;
    const to = normalize(after[field]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field: String(field), from, to });
  }
  return changes;
}

function normalize(v: unknown): unknown {
  if (v === undefined) return null;
  return v instanceof Date ? v.toISOString() : v;
}

export async function writeAudit(
  manager: EntityManager,
  actor: Actor | null,
  entry: { entityType: string; entityId: string; action: string; changes?: FieldChange[] },
): Promise<void> {
  const row: Partial<AuditLogEntity> = {
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    changes: entry.changes ?? [],
    actorId: actor?.userId ?? null,
    apiKeyId: actor?.apiKeyId ?? null,
  };
  // jsonb columns hold `unknown` values, which TypeORM's deep-partial type can't express.
  await manager.insert(AuditLogEntity, row as never);
}

export async function appendTimeline(
  manager: EntityManager,
  actor: Actor | null,
  event: { subjectType: string; subjectId: string; eventType: string; payload?: Record<string, unknown>; occurredAt?: Date },
): Promise<void> {
  const payload = event.payload ?? {};
  const object = describedObject(event.subjectType, event.eventType, payload);
  const row: Partial<TimelineEventEntity> = {
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    eventType: event.eventType,
    objectType: object?.type ?? null,
    objectId: object?.id ?? null,
    payload,
    actorId: actor?.userId ?? null,
    ...(event.occurredAt ? { occurredAt: event.occurredAt } : {}),
  };
  await manager.insert(TimelineEventEntity, row as never);
}

/**
 * Queues work durably: the job is enqueued by the relay after this transaction commits.
 * `dedupKey` makes the hand-off idempotent (e.g. `assign-lead:<leadId>:<version>`);
 * publishing the same key twice is a no-op.
 */
export async function publishToOutbox(
  manager: EntityManager,
  message: { queue: string; jobName: string; payload: Record<string, unknown>; dedupKey: string },
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(OutboxEntity)
    .values({ queue: message.queue, jobName: message.jobName, payload: message.payload, dedupKey: message.dedupKey } as never)
    .orIgnore()
    .execute();
}

/** Ids of the teams an actor reaches with a `team` scope: their team, teams they manage, and all descendants. */
export async function teamSubtree(manager: EntityManager, userId: string, teamId: string | null): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `WITH RECURSIVE sub AS (
       SELECT id FROM team WHERE manager_id = $1 OR id = $2
       UNION
       SELECT t.id FROM team t JOIN sub ON t.parent_id = sub.id
     )
     SELECT id FROM sub`,
    [userId, teamId],
  );
  return rows.map((r) => r.id);
}

/**
 * In-app notification; `dedupKey` makes a retried job's second attempt a no-op. With `email`, the
 * same transaction queues a `send-notification-email` job through the outbox, so the mail goes out
 * exactly when the notification exists (and not twice when the insert was a duplicate).
 */
export async function notify(
  manager: EntityManager,
  n: { userId: string; kind: string; title: string; body?: string | null; payload?: Record<string, unknown>; dedupKey?: string; email?: boolean },
): Promise<string | null> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(NotificationEntity)
    .values({ userId: n.userId, kind: n.kind, title: n.title, body: n.body ?? null, payload: n.payload ?? {}, dedupKey: n.dedupKey ?? null } as never)
    .orIgnore()
    .returning('id')
    .execute();
  const id = (result.raw as { id: string }[])[0]?.id ?? null;
  if (id && n.email) {
    await publishToOutbox(manager, { queue: 'platform', jobName: 'send-notification-email', payload: { notificationId: id }, dedupKey: `notification-email:${id}` });
  }
  return id;
}
