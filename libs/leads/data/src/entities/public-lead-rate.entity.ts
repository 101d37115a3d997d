import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Web-to-lead submissions per client address in its current one-minute window, shared by every API
 * process so that N replicas enforce one PUBLIC_LEAD_RATE_LIMIT. One row per address, reset in
 * place when its window has passed; rows of finished windows are purged by the API.
 * The table is UNLOGGED (see the migration): a counter that a crash resets costs nothing, and
 * skipping the WAL keeps the per-submission upsert cheap.
 */
@Entity('public_lead_rate')
export class PublicLeadRateEntity {
  /** SHA-256 of the client address, like lead_submission.client_hash: no addresses at rest. */
  @PrimaryColumn({ name: 'client_hash', type: 'text', primaryKeyConstraintName: 'public_lead_rate_pkey' })
  clientHash: string;

  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  hits: number;
}
