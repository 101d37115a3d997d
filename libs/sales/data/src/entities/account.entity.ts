import { JoinColumn, ManyToOne, Column, DeleteDateColumn, Entity, Index } from 'typeorm';
import { BaseRecord, declareRecordColumns } from '@rapport/shared-database';
import { ACCOUNT } from '@rapport/sales-domain';
import type { PostalAddress, StoredFields } from '@rapport/shared-domain';

export type { PostalAddress };

// The account's fields are declared once, in ACCOUNT (sales-domain); their columns come from there.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the merged interface is how the derived columns get their types
export interface AccountEntity extends StoredFields<typeof ACCOUNT> {}

@Entity('account')
@Index('account_parent_idx', ['parentAccountId'])
@Index('account_name_trgm_idx', { synchronize: false })
// Expression, partial and covering indexes of migration SalesListSearchIndexes (the list order, prefix filters, search).
@Index('account_name_lower_idx', { synchronize: false })
@Index('account_owner_name_idx', { synchronize: false })
@Index('account_name_bigram_idx', { synchronize: false })
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
export class AccountEntity extends BaseRecord {
  /** Lower-case, suffix-free name; trigram-indexed for fuzzy search and duplicate detection. */
  @Column({ name: 'name_normalized', type: 'text' })
  nameNormalized: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'parent_account_id' })
  parentAccount?: AccountEntity;

  @Column({ name: 'phone_normalized', type: 'text', nullable: true })
  phoneNormalized: string | null;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
declareRecordColumns(AccountEntity, ACCOUNT);
