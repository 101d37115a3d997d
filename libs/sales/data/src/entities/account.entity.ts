import { JoinColumn, ManyToOne, Column, DeleteDateColumn, Entity, Index } from 'typeorm';
import { BaseRecord } from '@rapport/shared-database';
import { AccountTier } from '@rapport/sales-domain';

export interface PostalAddress {
  street?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

@Entity('account')
@Index('account_parent_idx', ['parentAccountId'])
@Index('account_name_trgm_idx', { synchronize: false })
// Expression, partial and covering indexes of migration SalesListSearchIndexes (the list order, prefix filters, search).
@Index('account_name_lower_idx', { synchronize: false })
@Index('account_owner_name_idx', { synchronize: false })
@Index('account_name_bigram_idx', { synchronize: false })
export class AccountEntity extends BaseRecord {
  @Column({ type: 'text' })
  name: string;

  /** Lower-case, suffix-free name; trigram-indexed for fuzzy search and duplicate detection. */
  @Column({ name: 'name_normalized', type: 'text' })
  nameNormalized: string;

  @Column({ name: 'parent_account_id', type: 'uuid', nullable: true })
  parentAccountId: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'parent_account_id' })
  parentAccount?: AccountEntity;

  @Column({ type: 'text', nullable: true })
  industry: string | null;

  @Column({ type: 'text', nullable: true })
  tier: AccountTier | null;

  @Column({ type: 'text', nullable: true })
  territory: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'phone_normalized', type: 'text', nullable: true })
  phoneNormalized: string | null;

  @Column({ name: 'billing_address', type: 'jsonb', nullable: true })
  billingAddress: PostalAddress | null;

  @Column({ name: 'shipping_address', type: 'jsonb', nullable: true })
  shippingAddress: PostalAddress | null;

  @Column({ name: 'annual_revenue', type: 'numeric', precision: 18, scale: 2, nullable: true })
  annualRevenue: string | null;

  @Column({ name: 'employee_count', type: 'int', nullable: true })
  employeeCount: number | null;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
