import { JoinColumn, ManyToOne, Column, DeleteDateColumn, Entity, Index } from 'typeorm';
import { BaseRecord } from '@rapport/shared-database';
import { AccountEntity } from './account.entity';
import { ContactEntity } from './contact.entity';
import { PipelineEntity, StageEntity } from './pipeline.entity';

@Entity('opportunity')
@Index('opportunity_account_idx', ['accountId'])
@Index('opportunity_owner_idx', ['ownerId'])
@Index('opportunity_stage_idx', ['pipelineId', 'stageId'])
@Index('opportunity_close_idx', ['closeDate', 'id'])
// Expression, partial and covering indexes of migration SalesListSearchIndexes (the list order, search).
@Index('opportunity_close_sort_idx', { synchronize: false })
@Index('opportunity_name_trgm_idx', { synchronize: false })
@Index('opportunity_name_bigram_idx', { synchronize: false })
export class OpportunityEntity extends BaseRecord {
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @Column({ name: 'primary_contact_id', type: 'uuid', nullable: true })
  primaryContactId: string | null;

  @ManyToOne(() => ContactEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'primary_contact_id' })
  primaryContact?: ContactEntity;

  @Column({ name: 'pipeline_id', type: 'uuid' })
  pipelineId: string;

  @Column({ name: 'stage_id', type: 'uuid' })
  stageId: string;

  @ManyToOne(() => StageEntity, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'stage_id' })
  stage?: StageEntity;

  @ManyToOne(() => PipelineEntity, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'pipeline_id' })
  pipeline?: PipelineEntity;

  /** numeric(18,2) arrives as a string from pg: exact, never a float. */
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true })
  amount: string | null;

  @Column({ type: 'text', default: 'CNY' })
  currency: string;

  @Column({ name: 'close_date', type: 'date', nullable: true })
  closeDate: string | null;

  @Column({ name: 'next_step', type: 'text', nullable: true })
  nextStep: string | null;

  @Column({ type: 'text', nullable: true })
  campaign: string | null;

  @Column({ name: 'won_reason', type: 'text', nullable: true })
  wonReason: string | null;

  @Column({ name: 'lost_reason', type: 'text', nullable: true })
  lostReason: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'stage_changed_at', type: 'timestamptz', default: () => 'now()' })
  stageChangedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
