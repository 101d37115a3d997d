import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: a request that must cause later work writes its rows and an outbox row
 * in one transaction; the relay moves undispatched rows into BullMQ. Accepted means stored; the
 * row is finished only when the job that carries it completes (docs/adr/0009): until then the
 * worker's reconciler re-sends it if the queue store lost that job.
 */
@Entity('outbox')
@Index('outbox_pending_idx', ['id'], { where: 'dispatched_at IS NULL' })
// The reconciler's scan: rows handed to BullMQ whose job has not reported back yet.
@Index('outbox_unfinished_idx', ['id'], { where: 'dispatched_at IS NOT NULL AND done_at IS NULL AND failed_at IS NULL' })
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

  /** Idempotency key: publishing the same key twice is a no-op (kept until the row is purged). */
  @Column({ name: 'dedup_key', type: 'text', unique: true })
  dedupKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  /** The BullMQ job that carries the row now (a coalesced job carries several rows). */
  @Column({ name: 'job_id', type: 'text', nullable: true })
  jobId: string | null;

  /** Times the reconciler re-sent the row because its job vanished; part of the next job id. */
  @Column({ type: 'int', default: 0 })
  redispatches: number;

  /** The carrying job completed: the work is done. */
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  /** The carrying job failed after all its attempts (or kept vanishing): not re-sent; `last_error` says why. */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}

/**
 * What the outbox reconciler has done since the start, per job name and outcome (`redispatched`,
 * `acknowledged`, `failed`, `abandoned`): monotonic counters the API serves as Prometheus metrics,
 * since the worker that counts them has no HTTP server.
 */
@Entity('outbox_reconcile_total')
export class OutboxReconcileTotalEntity {
  @PrimaryColumn({ name: 'job_name', type: 'text', primaryKeyConstraintName: 'outbox_reconcile_total_pkey' })
  jobName: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'outbox_reconcile_total_pkey' })
  outcome: string;

  @Column({ type: 'bigint', default: 0 })
  count: string;

  @Column({ name: 'last_at', type: 'timestamptz', default: () => 'now()' })
  lastAt: Date;
}
