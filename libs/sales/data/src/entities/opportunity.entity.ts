import { JoinColumn, ManyToOne, DeleteDateColumn, Entity, Index } from 'typeorm';
import { BaseRecord, declareRecordColumns } from '@rapport/shared-database';
import { OPPORTUNITY } from '@rapport/sales-domain';
import type { StoredFields } from '@rapport/shared-domain';
import { AccountEntity } from './account.entity';
import { ContactEntity } from './contact.entity';
import { PipelineEntity, StageEntity } from './pipeline.entity';

// The opportunity's fields are declared once, in OPPORTUNITY (sales-domain); their columns come from
// there. Amounts are numeric(18,2), read as exact decimal text, never a float.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the merged interface types the derived columns
export interface OpportunityEntity extends StoredFields<typeof OPPORTUNITY> {}

@Entity('opportunity')
@Index('opportunity_account_idx', ['accountId'])
@Index('opportunity_owner_idx', ['ownerId'])
@Index('opportunity_campaign_idx', ['campaignId'])
@Index('opportunity_stage_idx', ['pipelineId', 'stageId'])
@Index('opportunity_close_idx', ['closeDate', 'id'])
// Expression, partial and covering indexes of migration SalesListSearchIndexes (the list order, search).
@Index('opportunity_close_sort_idx', { synchronize: false })
@Index('opportunity_name_trgm_idx', { synchronize: false })
@Index('opportunity_name_bigram_idx', { synchronize: false })
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see AccountEntity
export class OpportunityEntity extends BaseRecord {
  @ManyToOne(() => AccountEntity, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @ManyToOne(() => ContactEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'primary_contact_id' })
  primaryContact?: ContactEntity;

  @ManyToOne(() => StageEntity, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'stage_id' })
  stage?: StageEntity;

  @ManyToOne(() => PipelineEntity, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'pipeline_id' })
  pipeline?: PipelineEntity;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
declareRecordColumns(OpportunityEntity, OPPORTUNITY);
