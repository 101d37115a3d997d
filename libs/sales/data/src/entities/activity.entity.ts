import { JoinColumn, ManyToOne, DeleteDateColumn, Entity, Index } from 'typeorm';
import { BaseRecord, declareRecordColumns } from '@rapport/shared-database';
import type { StoredFields } from '@rapport/shared-domain';
import { AccountEntity } from './account.entity';
import { ContactEntity } from './contact.entity';
import { LeadEntity } from './lead.entity';
import { OpportunityEntity } from './opportunity.entity';
import { ACTIVITY } from '@rapport/sales-domain';

// The activity's fields are declared once, in ACTIVITY (sales-domain); their columns come from there.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the merged interface types the derived columns
export interface ActivityEntity extends StoredFields<typeof ACTIVITY> {}

/** Calls, meetings, tasks, notes and logged emails, linked to any of account, contact, lead, opportunity. */
@Entity('activity')
@Index('activity_account_idx', ['accountId', 'occurredAt'])
@Index('activity_contact_idx', ['contactId', 'occurredAt'])
@Index('activity_lead_idx', ['leadId', 'occurredAt'])
@Index('activity_opportunity_idx', ['opportunityId', 'occurredAt'])
@Index('activity_owner_open_idx', ['ownerId', 'dueAt'], { where: 'done = false AND deleted_at IS NULL' })
// Partial covering index of migration SalesListSearchIndexes (the list's default order).
@Index('activity_occurred_idx', { synchronize: false })
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see AccountEntity
export class ActivityEntity extends BaseRecord {
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @ManyToOne(() => ContactEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @ManyToOne(() => LeadEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'lead_id' })
  lead?: LeadEntity;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: OpportunityEntity;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
declareRecordColumns(ActivityEntity, ACTIVITY);
