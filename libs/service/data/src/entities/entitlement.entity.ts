import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '@rapport/sales-data';
import { ServiceSlaPolicyEntity } from './service-sla-policy.entity';

/**
 * An account's service contract (issue 18 item 5): from a start date to an optional end date, for
 * some products or all, with visits or hours counted if the contract counts them, selecting the
 * SLA policy its cases are served under (`entitlementFor` in the domain chooses among several).
 * Read with the account it belongs to; deleted with it.
 */
@Entity('entitlement')
@Index('entitlement_account_idx', ['accountId', 'startsOn'])
export class EntitlementEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId: string;
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'entitlement_account_fk' })
  account?: AccountEntity;
  @Column({ type: 'text' }) name: string;
  /** A word for the level of service (gold, silver, …), shown with the contract. */
  @Column({ type: 'text', nullable: true }) level: string | null;
  @Column({ name: 'starts_on', type: 'date' }) startsOn: string;
  @Column({ name: 'ends_on', type: 'date', nullable: true }) endsOn: string | null;
  @Column({ name: 'policy_id', type: 'uuid' }) policyId: string;
  @ManyToOne(() => ServiceSlaPolicyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policy_id', foreignKeyConstraintName: 'entitlement_policy_fk' })
  policy?: ServiceSlaPolicyEntity;
  @Column({ name: 'product_ids', type: 'uuid', array: true, default: () => `'{}'` }) productIds: string[];
  @Column({ name: 'visits_total', type: 'int', nullable: true }) visitsTotal: number | null;
  @Column({ name: 'visits_used', type: 'int', default: 0 }) visitsUsed: number;
  @Column({ name: 'hours_total', type: 'numeric', precision: 10, scale: 2, nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } }) hoursTotal: number | null;
  @Column({ name: 'hours_used', type: 'numeric', precision: 10, scale: 2, default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) hoursUsed: number;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}
