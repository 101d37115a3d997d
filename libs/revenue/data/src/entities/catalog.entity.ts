import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PriceBookKind } from '@rapport/revenue-domain';
import type { NameTranslations } from '@rapport/shared-domain';

@Entity('product')
@Index('product_sku_key', ['sku'], { unique: true })
export class ProductEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ type: 'text' }) sku: string;
  /** The canonical name: what integrations match on and every language without a translation shows. */
  @Column({ type: 'text' }) name: string;
  /** Optional translations of the name by locale, `{ "zh-CN": "…", "zh-TW": "…" }` (docs/adr/0010). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  names: NameTranslations;
  @Column({ name: 'product_line', type: 'text', nullable: true }) productLine: string | null;
  @Column({ type: 'text', default: 'each' }) unit: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** Standard, per customer tier, or for one account; in one currency; effective between two dates. */
@Entity('price_book')
@Index('price_book_account_idx', ['accountId'])
export class PriceBookEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) kind: PriceBookKind;
  @Column({ name: 'account_id', type: 'uuid', nullable: true }) accountId: string | null;
  @Column({ type: 'text', nullable: true }) tier: string | null;
  @Column({ type: 'text', default: 'CNY' }) currency: string;
  @Column({ name: 'effective_from', type: 'date', nullable: true }) effectiveFrom: string | null;
  @Column({ name: 'effective_to', type: 'date', nullable: true }) effectiveTo: string | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A product's unit price in a book from a minimum quantity up (tiered pricing). */
@Entity('price_book_entry')
@Index('price_book_entry_key', ['priceBookId', 'productId', 'minQuantity'], { unique: true })
export class PriceBookEntryEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'price_book_id', type: 'uuid' }) priceBookId: string;
  @Column({ name: 'product_id', type: 'uuid' }) productId: string;
  @Column({ name: 'min_quantity', type: 'int', default: 1 }) minQuantity: number;
  @Column({ name: 'unit_price', type: 'numeric', precision: 14, scale: 2 }) unitPrice: string;
}

/** How far a role may discount (a product line) before a manager must approve. */
@Entity('discount_tolerance')
@Index('discount_tolerance_key', ['role', 'productLine'], { unique: true })
export class DiscountToleranceEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ type: 'text' }) role: string;
  @Column({ name: 'product_line', type: 'text', nullable: true }) productLine: string | null;
  @Column({ name: 'max_discount_percent', type: 'numeric', precision: 5, scale: 2 }) maxDiscountPercent: string;
}
