import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One stream of events per customer (account, contact or lead) that every domain appends to,
 * so the customer 360 page reads a single index range instead of joining every domain.
 * Append-only; designed to be partitioned by `occurred_at` when it grows.
 */
@Entity('timeline_event')
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

  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload: Record<string, unknown>;
}
