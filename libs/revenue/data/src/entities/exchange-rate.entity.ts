import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * What one unit of `currency` is worth in the base currency (CNY, whose rate is 1) from
 * `validFrom` until the next rate of that currency. Money is converted in SQL by `fx_convert`
 * (migration ExchangeRates1796480000000; docs/adr/0014): costs at the day they were incurred, won
 * deals at the day they closed, open pipeline at today's rate.
 */
@Entity('exchange_rate')
@Check('exchange_rate_currency_check', `currency ~ '^[A-Z]{3}$'`)
@Check('exchange_rate_rate_check', 'rate > 0')
export class ExchangeRateEntity {
  @PrimaryColumn({ type: 'text' }) currency: string;
  @PrimaryColumn({ name: 'valid_from', type: 'date' }) validFrom: string;
  /** Exact decimal text (numeric). */
  @Column({ type: 'numeric', precision: 20, scale: 10 }) rate: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
}
