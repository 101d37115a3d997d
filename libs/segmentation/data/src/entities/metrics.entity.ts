import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ContactEntity } from '@rapport/sales-data';

/**
 * A customer's value as of the last metrics run (issue 17 items 4–6): RFM from completed orders,
 * expected purchases, P(alive) and lifetime value from the run's fitted models, churn risk and the
 * lifecycle stage. One row per contact, rewritten set-based by each run.
 */
@Entity('customer_metrics')
@Index('customer_metrics_cell_idx', ['rfmCell'])
@Index('customer_metrics_clv_idx', ['clv'])
@Index('customer_metrics_stage_idx', ['lifecycleStage'])
export class CustomerMetricsEntity {
  @PrimaryColumn({ name: 'contact_id', type: 'uuid' }) contactId: string;
  @Column({ name: 'run_id', type: 'uuid', nullable: true }) runId: string | null;
  @Column({ name: 'as_of', type: 'timestamptz' }) asOf: Date;
  /** Days since the last completed order; null for people who never ordered. */
  @Column({ name: 'recency_days', type: 'int', nullable: true }) recencyDays: number | null;
  @Column({ type: 'int', default: 0 }) frequency: number;
  @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 }) monetary: string;
  @Column({ name: 'r_score', type: 'smallint', nullable: true }) rScore: number | null;
  @Column({ name: 'f_score', type: 'smallint', nullable: true }) fScore: number | null;
  @Column({ name: 'm_score', type: 'smallint', nullable: true }) mScore: number | null;
  @Column({ name: 'rfm_cell', type: 'text', nullable: true }) rfmCell: string | null;
  @Column({ name: 'expected_purchases', type: 'double precision', nullable: true }) expectedPurchases: number | null;
  @Column({ name: 'p_alive', type: 'double precision', nullable: true }) pAlive: number | null;
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) clv: string | null;
  @Column({ name: 'churn_risk', type: 'double precision', nullable: true }) churnRisk: number | null;
  @Column({ name: 'churn_band', type: 'text', nullable: true }) churnBand: string | null;
  @Column({ name: 'lifecycle_stage', type: 'text' }) lifecycleStage: string;
  @Column({ name: 'stage_since', type: 'timestamptz' }) stageSince: Date;
  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'customer_metrics_contact_fk' })
  contact?: ContactEntity;
}

/** Each change of a person's lifecycle stage, for the history and the timeline. */
@Entity('lifecycle_change')
@Index('lifecycle_change_contact_idx', ['contactId', 'changedAt'])
export class LifecycleChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'contact_id', type: 'uuid' }) contactId: string;
  @Column({ name: 'from_stage', type: 'text', nullable: true }) fromStage: string | null;
  @Column({ name: 'to_stage', type: 'text' }) toStage: string;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
  @Column({ name: 'run_id', type: 'uuid', nullable: true }) runId: string | null;
  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'lifecycle_change_contact_fk' })
  contact?: ContactEntity;
}

/**
 * One metrics run (issue 17 item 5): the BG/NBD and Gamma-Gamma parameters fitted on repeat
 * purchases up to the calibration end, their log-likelihoods, how many customers, how long, and the
 * holdout comparison (predicted vs actual purchases after the calibration end, per frequency group).
 */
@Entity('clv_model_run')
@Index('clv_model_run_started_idx', ['startedAt'])
export class ClvModelRunEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ type: 'text', default: 'running' }) status: string;
  @Column({ name: 'as_of', type: 'timestamptz' }) asOf: Date;
  @Column({ name: 'calibration_end', type: 'timestamptz' }) calibrationEnd: Date;
  @Column({ name: 'time_unit', type: 'text', default: 'week' }) timeUnit: string;
  /** Won opportunities (with a primary contact) were counted as orders for this run. */
  @Column({ name: 'won_deals_as_orders', type: 'boolean', default: true }) wonDealsAsOrders: boolean;
  @Column({ type: 'double precision', nullable: true }) r: number | null;
  @Column({ type: 'double precision', nullable: true }) alpha: number | null;
  @Column({ type: 'double precision', nullable: true }) a: number | null;
  @Column({ type: 'double precision', nullable: true }) b: number | null;
  @Column({ type: 'double precision', nullable: true }) p: number | null;
  @Column({ type: 'double precision', nullable: true }) q: number | null;
  @Column({ type: 'double precision', nullable: true }) gamma: number | null;
  @Column({ name: 'log_likelihood', type: 'double precision', nullable: true }) logLikelihood: number | null;
  @Column({ name: 'spend_log_likelihood', type: 'double precision', nullable: true }) spendLogLikelihood: number | null;
  @Column({ type: 'int', default: 0 }) customers: number;
  @Column({ name: 'fit_ms', type: 'int', nullable: true }) fitMs: number | null;
  @Column({ name: 'duration_ms', type: 'int', nullable: true }) durationMs: number | null;
  @Column({ type: 'jsonb', default: () => `'[]'` }) holdout: unknown[];
  @Column({ type: 'int', default: 0 }) progress: number;
  @Column({ type: 'text', nullable: true }) error: string | null;
  @Column({ name: 'requested_by', type: 'uuid', nullable: true }) requestedBy: string | null;
  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' }) startedAt: Date;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt: Date | null;
}
