import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An orders file on its way in (issue 17 item 1): the upload with its columns and preview, the
 * mapping and customer policy chosen, then the job's progress, counts and report (problems by row,
 * the first 1,000 kept). Undo removes the orders the import created.
 */
@Entity('order_import')
@Index('order_import_created_idx', ['createdBy', 'createdAt'])
@Check('order_import_status_check', `status IN ('uploaded', 'queued', 'running', 'succeeded', 'failed', 'undone')`)
export class OrderImportEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'file_name', type: 'text' }) fileName: string;
  @Column({ name: 'file_format', type: 'text' }) fileFormat: string;
  @Column({ type: 'bytea', select: false }) file: Buffer;
  @Column({ type: 'text', array: true }) columns: string[];
  @Column({ type: 'jsonb', default: () => `'[]'` }) preview: string[][];
  @Column({ name: 'total_rows', type: 'int' }) totalRows: number;
  @Column({ name: 'suggested_mapping', type: 'jsonb', default: () => `'[]'` }) suggestedMapping: { column: string; field: string }[];
  @Column({ type: 'jsonb', nullable: true }) mapping: { column: string; field: string }[] | null;
  @Column({ name: 'create_customers', type: 'boolean', default: false }) createCustomers: boolean;
  @Column({ type: 'text', default: 'uploaded' }) status: string;
  @Column({ type: 'int', default: 0 }) progress: number;
  @Column({ type: 'int', default: 0 }) created: number;
  @Column({ type: 'int', default: 0 }) updated: number;
  @Column({ name: 'customers_created', type: 'int', default: 0 }) customersCreated: number;
  @Column({ name: 'bad_rows', type: 'int', default: 0 }) badRows: number;
  @Column({ type: 'jsonb', default: () => `'[]'` }) problems: { row: number; column: string | null; message: string }[];
  @Column({ type: 'text', nullable: true }) error: string | null;
  /** The importer as they were when they started it: the job acts with these permissions. */
  @Column({ type: 'jsonb', nullable: true }) actor: Record<string, unknown> | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt: Date | null;
  @Column({ name: 'undone_at', type: 'timestamptz', nullable: true }) undoneAt: Date | null;
}
