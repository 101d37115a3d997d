import { JoinColumn, ManyToOne, Column, DeleteDateColumn, Entity, Index } from 'typeorm';
import { BaseRecord } from '@rapport/shared-database';
import { AccountEntity } from './account.entity';
import { PreferredChannel } from '@rapport/sales-domain';

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
export class ContactEntity extends BaseRecord {
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @Column({ name: 'first_name', type: 'text', default: '' })
  firstName: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  /** "first last", folded; trigram-indexed. */
  @Column({ name: 'name_normalized', type: 'text' })
  nameNormalized: string;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  /** Every address, lower-cased; the first is the primary. GIN-indexed for duplicate checks. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  emails: string[];

  /** Every number as typed; `phones_normalized` holds the E.164 forms for matching. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  phones: string[];

  @Column({ name: 'phones_normalized', type: 'text', array: true, default: () => `'{}'` })
  phonesNormalized: string[];

  @Column({ type: 'text', default: 'en' })
  locale: string;

  @Column({ name: 'preferred_channel', type: 'text', nullable: true })
  preferredChannel: PreferredChannel | null;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
