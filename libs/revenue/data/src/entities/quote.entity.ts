import { Column, CreateDateColumn, DeleteDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { BaseRecord } from '@rapport/shared-database';
import type { QuoteStatus } from '@rapport/revenue-domain';
import type { NameTranslations } from '@rapport/shared-domain';

/** A priced offer on an opportunity; versions per opportunity; locked once accepted. */
@Entity('quote')
@Index('quote_opportunity_version_key', ['opportunityId', 'version'], { unique: true })
@Index('quote_account_idx', ['accountId', 'status'])
@Index('quote_owner_idx', ['ownerId'])
export class QuoteEntity extends BaseRecord {
  @Column({ name: 'opportunity_id', type: 'uuid' }) opportunityId: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'text', default: 'draft' }) status: QuoteStatus;
  @Column({ type: 'text' }) currency: string;
  @Column({ name: 'priced_on', type: 'date' }) pricedOn: string;
  @Column({ name: 'valid_until', type: 'date', nullable: true }) validUntil: string | null;
  @Column({ name: 'discount_percent', type: 'numeric', precision: 5, scale: 2, default: 0 }) discountPercent: string;
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 }) subtotal: string;
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 }) total: string;
  /** Language of the PDF: en, zh-CN or zh-TW. */
  @Column({ type: 'text', default: 'en' }) language: string;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt: Date | null;
}

/** A line as priced: the product facts and the price source are copied so the quote never changes under the customer. */
@Entity('quote_line')
@Index('quote_line_quote_idx', ['quoteId', 'lineNo'], { unique: true })
@Index('quote_line_product_idx', ['productId'])
export class QuoteLineEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'quote_id', type: 'uuid' }) quoteId: string;
  @Column({ name: 'line_no', type: 'int' }) lineNo: number;
  @Column({ name: 'product_id', type: 'uuid' }) productId: string;
  @Column({ type: 'text' }) sku: string;
  @Column({ name: 'product_name', type: 'text' }) productName: string;
  /** The product's translations as they were when priced: a PDF names the line in its own language (docs/adr/0010). */
  @Column({ name: 'product_names', type: 'jsonb', default: () => `'{}'` })
  productNames: NameTranslations;
  @Column({ name: 'product_line', type: 'text', nullable: true }) productLine: string | null;
  @Column({ type: 'int' }) quantity: number;
  @Column({ name: 'unit_price', type: 'numeric', precision: 14, scale: 2 }) unitPrice: string;
  @Column({ name: 'price_book_id', type: 'uuid' }) priceBookId: string;
  @Column({ name: 'price_source', type: 'text' }) priceSource: string;
  @Column({ name: 'discount_percent', type: 'numeric', precision: 5, scale: 2, default: 0 }) discountPercent: string;
  @Column({ name: 'net_amount', type: 'numeric', precision: 14, scale: 2 }) netAmount: string;
}

/** Each request for a manager's approval and its outcome. */
@Entity('quote_approval')
@Index('quote_approval_quote_idx', ['quoteId', 'requestedAt'])
@Index('quote_approval_pending_idx', ['approverId'], { where: `status = 'pending'` })
export class QuoteApprovalEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'quote_id', type: 'uuid' }) quoteId: string;
  @Column({ name: 'requested_by', type: 'uuid' }) requestedBy: string;
  @Column({ name: 'approver_id', type: 'uuid', nullable: true }) approverId: string | null;
  @Column({ name: 'reason_code', type: 'text' }) reasonCode: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'jsonb', default: () => `'[]'` }) breaches: unknown[];
  @Column({ type: 'text', default: 'pending' }) status: 'pending' | 'approved' | 'rejected' | 'withdrawn';
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ name: 'decision_note', type: 'text', nullable: true }) decisionNote: string | null;
  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' }) requestedAt: Date;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
}
