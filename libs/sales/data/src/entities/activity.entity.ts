import { JoinColumn, ManyToOne, Column, DeleteDateColumn, Entity, Index } from 'typeorm';
import { BaseRecord } from '@rapport/shared-database';
import { AccountEntity } from './account.entity';
import { ContactEntity } from './contact.entity';
import { LeadEntity } from './lead.entity';
import { OpportunityEntity } from './opportunity.entity';
import { ActivityType } from '@rapport/sales-domain';

/** Calls, meetings, tasks, notes and logged emails, linked to any of account, contact, lead, opportunity. */
@Entity('activity')
@Index('activity_account_idx', ['accountId', 'occurredAt'])
@Index('activity_contact_idx', ['contactId', 'occurredAt'])
@Index('activity_lead_idx', ['leadId', 'occurredAt'])
@Index('activity_opportunity_idx', ['opportunityId', 'occurredAt'])
@Index('activity_owner_open_idx', ['ownerId', 'dueAt'], { where: 'done = false AND deleted_at IS NULL' })
// Partial covering index of migration SalesListSearchIndexes (the list's default order).
@Index('activity_occurred_idx', { synchronize: false })
export class ActivityEntity extends BaseRecord {
  @Column({ type: 'text' })
  type: ActivityType;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  /** When it happened (logged calls, notes) or was created (tasks); orders the timeline. */
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ type: 'boolean', default: false })
  done: boolean;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ name: 'reminder_at', type: 'timestamptz', nullable: true })
  reminderAt: Date | null;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId: string | null;

  @ManyToOne(() => ContactEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId: string | null;

  @ManyToOne(() => LeadEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'lead_id' })
  lead?: LeadEntity;

  @Column({ name: 'opportunity_id', type: 'uuid', nullable: true })
  opportunityId: string | null;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: OpportunityEntity;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
