import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Actor } from '@rapport/shared-domain';

export type LeadImportStatus = 'uploaded' | 'queued' | 'running' | 'done' | 'failed' | 'undone';
export type LeadImportPolicy = 'skip' | 'update' | 'merge';
export type LeadImportFileFormat = 'csv' | 'xlsx';
/** What the job decided for a staged row. */
export type LeadImportOutcome = 'error' | 'duplicate' | 'create' | 'update' | 'merge';
/** What a duplicate matched: an earlier row of the same file, a lead, a lead the importer may not change, a contact. */
export type LeadImportMatchKind = 'row' | 'lead' | 'lead_readonly' | 'contact';

export interface LeadImportColumnMapping {
  /** Column header as it appears in the file. */
  column: string;
  /** Lead field key (`firstName`, `email`, …). */
  field: string;
}

export interface LeadImportRowError {
  column: string;
  value: string | null;
  /** In English, for integrators and reports written before keys were stored. */
  reason: string;
  /** Catalogue key of the reason (libs/shared/errors), for readers in other languages; absent on older reports. */
  messageKey?: string;
  params?: Record<string, string | number>;
}

/**
 * One uploaded file and what became of it. The file itself lives here (bytea) so the worker, a
 * separate process, can read it and a crashed job can start over from it; it is dropped once the
 * import is done. `actor` is the importer as they were when they started the import: the job
 * applies their permissions, not whatever they have when the worker gets to it.
 */
@Entity('lead_import')
@Index('lead_import_creator_idx', ['createdBy', 'createdAt'])
@Index('lead_import_created_idx', ['createdAt', 'id'])
export class LeadImportEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'file_format', type: 'text' })
  fileFormat: LeadImportFileFormat;

  @Column({ name: 'file_size', type: 'int' })
  fileSize: number;

  @Column({ type: 'bytea', nullable: true, select: false })
  file: Buffer | null;

  /** Headers of the file, made unique (a repeated or empty header gets a suffix). */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  columns: string[];

  /** The first rows as text, for the mapping screen. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  preview: string[][];

  @Column({ name: 'suggested_mapping', type: 'jsonb', default: () => `'[]'` })
  suggestedMapping: LeadImportColumnMapping[];

  @Column({ name: 'total_rows', type: 'int', default: 0 })
  totalRows: number;

  @Column({ type: 'text', default: 'uploaded' })
  status: LeadImportStatus;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  mapping: LeadImportColumnMapping[];

  @Column({ name: 'dedup_policy', type: 'text', default: 'skip' })
  dedupPolicy: LeadImportPolicy;

  @Column({ name: 'route_leads', type: 'boolean', default: false })
  routeLeads: boolean;

  /** Owner of the leads the import creates (the importer unless they chose someone). */
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  actor: Actor | null;

  /** 0–100. */
  @Column({ type: 'int', default: 0 })
  progress: number;

  /** Set in the transaction that committed the staged rows: a restart skips staging. */
  @Column({ name: 'staged_at', type: 'timestamptz', nullable: true })
  stagedAt: Date | null;

  /** Set in the transaction that committed the duplicate decisions: a restart skips matching. */
  @Column({ name: 'classified_at', type: 'timestamptz', nullable: true })
  classifiedAt: Date | null;

  @Column({ name: 'created_count', type: 'int', default: 0 })
  createdCount: number;

  @Column({ name: 'updated_count', type: 'int', default: 0 })
  updatedCount: number;

  @Column({ name: 'merged_count', type: 'int', default: 0 })
  mergedCount: number;

  @Column({ name: 'duplicate_count', type: 'int', default: 0 })
  duplicateCount: number;

  @Column({ name: 'error_count', type: 'int', default: 0 })
  errorCount: number;

  @Column({ name: 'removed_count', type: 'int', default: 0 })
  removedCount: number;

  @Column({ name: 'restored_count', type: 'int', default: 0 })
  restoredCount: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'undone_at', type: 'timestamptz', nullable: true })
  undoneAt: Date | null;

  @Column({ name: 'undone_by', type: 'uuid', nullable: true })
  undoneBy: string | null;
}

/**
 * Staging: one row per data row of the file, filled by COPY with values already validated and
 * normalised in Node. Everything after staging is SQL over this table. Rows that became leads
 * are deleted when the import finishes; errors and duplicates stay for the report.
 */
@Entity('lead_import_row')
export class LeadImportRowEntity {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' })
  importId: string;

  /** Spreadsheet row number (the header is row 1), as people see it in Excel. */
  @PrimaryColumn({ name: 'row_no', type: 'int' })
  rowNo: number;

  @Column({ name: 'first_name', type: 'text', nullable: true }) firstName: string | null;
  @Column({ name: 'last_name', type: 'text', nullable: true }) lastName: string | null;
  @Column({ name: 'name_normalized', type: 'text', nullable: true }) nameNormalized: string | null;
  @Column({ type: 'text', nullable: true }) company: string | null;
  @Column({ name: 'company_normalized', type: 'text', nullable: true }) companyNormalized: string | null;
  @Column({ type: 'text', nullable: true }) title: string | null;
  /** Normalised (trimmed, lower-case), as leads store it. */
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ type: 'text', nullable: true }) phone: string | null;
  @Column({ name: 'phone_normalized', type: 'text', nullable: true }) phoneNormalized: string | null;
  @Column({ type: 'text', nullable: true }) source: string | null;
  @Column({ type: 'text', nullable: true }) campaign: string | null;
  @Column({ type: 'text', nullable: true }) status: string | null;
  @Column({ name: 'product_interest', type: 'text', nullable: true }) productInterest: string | null;
  @Column({ type: 'text', nullable: true }) country: string | null;
  @Column({ type: 'text', nullable: true }) region: string | null;
  @Column({ type: 'text', nullable: true }) message: string | null;
  @Column({ type: 'int', nullable: true }) employees: number | null;
  @Column({ type: 'text', nullable: true }) language: string | null;

  /** Validation problems; the row is staged with outcome `error` when there are any. */
  @Column({ type: 'jsonb', nullable: true })
  errors: LeadImportRowError[] | null;

  @Column({ type: 'text', nullable: true })
  outcome: LeadImportOutcome | null;

  @Column({ name: 'match_kind', type: 'text', nullable: true })
  matchKind: LeadImportMatchKind | null;

  /** `email` or `phone`. */
  @Column({ name: 'match_on', type: 'text', nullable: true })
  matchOn: string | null;

  /** The lead or contact matched. */
  @Column({ name: 'match_id', type: 'uuid', nullable: true })
  matchId: string | null;

  /** The earlier row of the file this one repeats. */
  @Column({ name: 'match_row', type: 'int', nullable: true })
  matchRow: number | null;

  /** The lead created (its id is chosen in the chunk's transaction, before the insert) or updated. */
  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId: string | null;

  @Column({ type: 'boolean', default: false })
  applied: boolean;
}

/**
 * What an import did to each lead, for undo: `created` leads are removed, `updated`/`merged` ones
 * get back the `before` values of the fields the import changed (where nobody changed them since).
 */
@Entity('lead_import_item')
@Index('lead_import_item_lead_idx', ['leadId'])
export class LeadImportItemEntity {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' })
  importId: string;

  @PrimaryColumn({ name: 'lead_id', type: 'uuid' })
  leadId: string;

  @Column({ name: 'row_no', type: 'int' })
  rowNo: number;

  /** created | updated | merged */
  @Column({ type: 'text' })
  action: string;

  /** Column values before the import changed them (snake_case column names). */
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  /** Column values the import wrote; undo restores a field only while it still holds this value. */
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}

/** A column mapping saved under a name, to reuse for files with the same layout. */
@Entity('lead_import_mapping')
@Index('lead_import_mapping_name_idx', ['createdBy', 'name'], { unique: true })
export class LeadImportMappingEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  mapping: LeadImportColumnMapping[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export const LEAD_IMPORT_ENTITIES = [LeadImportEntity, LeadImportRowEntity, LeadImportItemEntity, LeadImportMappingEntity];
