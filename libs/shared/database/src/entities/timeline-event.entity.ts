import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One stream of events per customer (account, contact or lead) that every domain appends to,
 * so the customer 360 page reads a single index range instead of joining every domain.
 * Append-only; designed to be partitioned by `occurred_at` when it grows.
 *
 * An event that tells about another record than its subject (`opportunity.created` on an account)
 * names that record in `object_type`/`object_id`, and readers see it only when they may read that
 * record (`describedObject`, `visibleTimelineCondition`). The check makes a writer that forgets it fail.
 */
@Entity('timeline_event')
@Check('timeline_event_object_named', `"object_type" IS NOT NULL OR split_part("event_type", '.', 1) IN ('record', "subject_type")`)
@Index('timeline_event_subject_idx', ['subjectType', 'subjectId', 'occurredAt'])
export class TimelineEventEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  /** e.g. `activity.logged`, `opportunity.stage_changed`, `lead.assigned`. */
  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** The record this event describes when it is not the subject (see `describedObject`). */
  @Column({ name: 'object_type', type: 'text', nullable: true })
  objectType: string | null;

  @Column({ name: 'object_id', type: 'uuid', nullable: true })
  objectId: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload: Record<string, unknown>;
}
