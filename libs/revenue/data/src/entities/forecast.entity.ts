import { Column, CreateDateColumn, DeleteDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { BaseRecord } from '@rapport/shared-database';

/** A promise a rep made to a customer, kept or broken in the open. */
@Entity('commitment')
@Index('commitment_account_idx', ['accountId', 'status'])
@Index('commitment_owner_idx', ['ownerId', 'status'])
@Index('commitment_due_idx', ['dueAt'], { where: `status = 'open'` })
export class CommitmentEntity extends BaseRecord {
  /** discount, delivery_date, follow_up, free_service, other */
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'text' }) description: string;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt: Date | null;
  @Column({ type: 'text', default: 'open' }) status: 'open' | 'kept' | 'broken';
  @Column({ name: 'account_id', type: 'uuid', nullable: true }) accountId: string | null;
  @Column({ name: 'contact_id', type: 'uuid', nullable: true }) contactId: string | null;
  @Column({ name: 'opportunity_id', type: 'uuid', nullable: true }) opportunityId: string | null;
  @Column({ name: 'activity_id', type: 'uuid', nullable: true }) activityId: string | null;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true }) remindedAt: Date | null;
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt: Date | null;
}

/** A rep's target for a month, a quarter or a year (quarter and month are 0 when not set, so the key is unique). */
@Entity('quota')
@Index('quota_key', ['userId', 'year', 'quarter', 'month'], { unique: true })
export class QuotaEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'int', default: 0 }) quarter: number;
  @Column({ type: 'int', default: 0 }) month: number;
  @Column({ type: 'numeric', precision: 14, scale: 2 }) amount: string;
  @Column({ type: 'text', default: 'CNY' }) currency: string;
}

/** A manager's call on a rep's or a team's number, kept beside the rep's own. */
@Entity('forecast_adjustment')
@Index('forecast_adjustment_period_idx', ['year', 'quarter', 'month'])
export class ForecastAdjustmentEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'manager_id', type: 'uuid' }) managerId: string;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId: string | null;
  @Column({ name: 'team_id', type: 'uuid', nullable: true }) teamId: string | null;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'int', default: 0 }) quarter: number;
  @Column({ type: 'int', default: 0 }) month: number;
  @Column({ type: 'text' }) category: string;
  @Column({ type: 'numeric', precision: 14, scale: 2 }) amount: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** The weekly picture of each rep's forecast, so the change of the call over a quarter can be shown. */
@Entity('forecast_snapshot')
@Index('forecast_snapshot_key', ['takenOn', 'userId', 'year', 'quarter'], { unique: true })
export class ForecastSnapshotEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'taken_on', type: 'date' }) takenOn: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'team_id', type: 'uuid', nullable: true }) teamId: string | null;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'int' }) quarter: number;
  @Column({ type: 'jsonb' }) categories: Record<string, number>;
  @Column({ name: 'weighted_cents', type: 'bigint' }) weightedCents: string;
}

