import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AccountEntity, ContactEntity } from '@rapport/sales-data';

/**
 * A customer's order (issue 17 item 1): what RFM, lifetime value and the order conditions of
 * segments are computed from. `external_id` is the source system's key, so an import or a bulk
 * upsert sent twice changes rows instead of adding them; a won opportunity counted as an order has
 * `opportunity_id` (unique) and external id `opportunity:<id>`. Only completed orders count towards
 * value; returns and cancellations stay for the record.
 *
 * The per-customer index leads with the contact and carries the date and amount, so every
 * aggregate (count, sum, last date) over one customer or all of them is an index-only scan.
 */
@Entity('order')
@Index('order_external_id_key', ['externalId'], { unique: true })
@Index('order_opportunity_key', ['opportunityId'], { unique: true, where: 'opportunity_id IS NOT NULL' })
@Index('order_customer_idx', ['contactId', 'orderedAt', 'amount'], { where: `status = 'completed'` })
@Index('order_account_idx', ['accountId'], { where: 'account_id IS NOT NULL' })
@Index('order_import_idx', ['importId'], { where: 'import_id IS NOT NULL' })
@Check('order_status_check', `status IN ('completed', 'returned', 'cancelled')`)
@Check('order_source_check', `source IN ('import', 'api', 'opportunity')`)
export class OrderEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'external_id', type: 'text' }) externalId: string;
  @Column({ name: 'contact_id', type: 'uuid' }) contactId: string;
  @Column({ name: 'account_id', type: 'uuid', nullable: true }) accountId: string | null;
  @Column({ name: 'ordered_at', type: 'timestamptz' }) orderedAt: Date;
  @Column({ type: 'char', length: 3 }) currency: string;
  @Column({ type: 'numeric', precision: 18, scale: 2 }) amount: string;
  @Column({ type: 'text', default: 'completed' }) status: string;
  @Column({ type: 'text' }) source: string;
  @Column({ name: 'opportunity_id', type: 'uuid', nullable: true }) opportunityId: string | null;
  /** The import that wrote the row last (its undo removes the rows it created). */
  @Column({ name: 'import_id', type: 'uuid', nullable: true }) importId: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'order_contact_fk' })
  contact?: ContactEntity;
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'order_account_fk' })
  account?: AccountEntity;
}

/** A line of an order: a product (when known), its product line, quantity and amount. */
@Entity('order_line')
@Index('order_line_order_idx', ['orderId', 'lineNo'], { unique: true })
@Index('order_line_product_idx', ['productId'], { where: 'product_id IS NOT NULL' })
@Index('order_line_product_line_idx', ['productLine'], { where: 'product_line IS NOT NULL' })
export class OrderLineEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'order_id', type: 'uuid' }) orderId: string;
  @Column({ name: 'line_no', type: 'int' }) lineNo: number;
  @Column({ name: 'product_id', type: 'uuid', nullable: true }) productId: string | null;
  /** The product's code in the source system when it is not in the catalogue. */
  @Column({ type: 'text', nullable: true }) sku: string | null;
  @Column({ name: 'product_line', type: 'text', nullable: true }) productLine: string | null;
  @Column({ type: 'numeric', precision: 14, scale: 3, default: 1 }) quantity: string;
  @Column({ type: 'numeric', precision: 18, scale: 2 }) amount: string;
  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'order_line_order_fk' })
  order?: OrderEntity;
}
