import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ContactEntity } from '@rapport/sales-data';
import { SegmentEntity } from './segment.entity';

/**
 * A segment strategy (issue 17 item 7): what is done to a segment's members (e.g. "win back at-risk
 * customers with offer X"), with a random holdout that receives nothing, so its effect can be
 * measured over the outcome window [starts_at, ends_at].
 */
@Entity('segment_strategy')
@Index('segment_strategy_segment_idx', ['segmentId'])
@Check('segment_strategy_share_check', 'holdout_share >= 0.01 AND holdout_share <= 0.5')
@Check('segment_strategy_status_check', `status IN ('active', 'ended')`)
export class SegmentStrategyEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'segment_id', type: 'uuid' }) segmentId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ name: 'holdout_share', type: 'numeric', precision: 4, scale: 3 }) holdoutShare: string;
  /** Fixes who is held out: the same seed and people give the same holdout. */
  @Column({ type: 'int' }) seed: number;
  @Column({ type: 'text', default: 'active' }) status: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true }) endsAt: Date | null;
  @Column({ name: 'owner_id', type: 'uuid', nullable: true }) ownerId: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;

  @ManyToOne(() => SegmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'segment_id', foreignKeyConstraintName: 'segment_strategy_segment_fk' })
  segment?: SegmentEntity;
}

/**
 * Who is treated and who is held out, decided once per person (stratified by RFM cell at the time)
 * and never changed, so the holdout is stable across refreshes.
 */
@Entity('strategy_assignment')
@Index('strategy_assignment_holdout_idx', ['strategyId', 'contactId'], { where: 'holdout' })
@Index('strategy_assignment_contact_idx', ['contactId'])
export class StrategyAssignmentEntity {
  @PrimaryColumn({ name: 'strategy_id', type: 'uuid' }) strategyId: string;
  @PrimaryColumn({ name: 'contact_id', type: 'uuid' }) contactId: string;
  @Column({ type: 'boolean' }) holdout: boolean;
  @Column({ type: 'text' }) stratum: string;
  @Column({ name: 'assigned_at', type: 'timestamptz', default: () => 'now()' }) assignedAt: Date;

  @ManyToOne(() => SegmentStrategyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'strategy_assignment_strategy_fk' })
  strategy?: SegmentStrategyEntity;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'strategy_assignment_contact_fk' })
  contact?: ContactEntity;
}
