import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: a request that must cause later work writes its rows and an outbox row
 * in one transaction; the relay moves undispatched rows into BullMQ. Accepted means stored.
 */
@Entity('outbox')
@Index('outbox_pending_idx', ['id'], { where: 'dispatched_at IS NULL' })
export class OutboxEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  /** Queue the job goes to. */
  @Column({ type: 'text' })
  queue: string;

  /** Job name, `<verb>-<noun>`. */
  @Column({ name: 'job_name', type: 'text' })
  jobName: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** Idempotency key: becomes the BullMQ job id, so relaying twice never enqueues twice. */
  @Column({ name: 'dedup_key', type: 'text', unique: true })
  dedupKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
