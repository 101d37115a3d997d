import { JoinColumn, ManyToOne, Column, DeleteDateColumn, Entity, Index } from 'typeorm';
import { BaseRecord, declareRecordColumns } from '@rapport/shared-database';
import { CONTACT } from '@rapport/sales-domain';
import type { StoredFields } from '@rapport/shared-domain';
import { AccountEntity } from './account.entity';

// The contact's fields are declared once, in CONTACT (sales-domain); their columns come from there.
// Stored emails are lower-cased, the first is the primary; GIN-indexed for duplicate checks.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the merged interface types the derived columns
export interface ContactEntity extends StoredFields<typeof CONTACT> {}

@Entity('contact')
@Index('contact_account_idx', ['accountId'])
@Index('contact_name_trgm_idx', { synchronize: false })
@Index('contact_emails_idx', { synchronize: false })
@Index('contact_phones_idx', { synchronize: false })
// Expression, partial and covering indexes of migration SalesListSearchIndexes (the list order, prefix filters, search).
@Index('contact_last_name_lower_idx', { synchronize: false })
@Index('contact_owner_name_idx', { synchronize: false })
@Index('contact_owner_created_idx', { synchronize: false })
@Index('contact_created_idx', { synchronize: false })
@Index('contact_name_bigram_idx', { synchronize: false })
@Index('contact_emails_trgm_idx', { synchronize: false })
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see AccountEntity
export class ContactEntity extends BaseRecord {
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  /** "first last", folded; trigram-indexed. */
  @Column({ name: 'name_normalized', type: 'text' })
  nameNormalized: string;

  /** Every number of `phones` in E.164 form, for matching. */
  @Column({ name: 'phones_normalized', type: 'text', array: true, default: () => `'{}'` })
  phonesNormalized: string[];

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
declareRecordColumns(ContactEntity, CONTACT);
