import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { MessageParams } from '@rapport/shared-errors';
import type { LeadImportColumnMapping, LeadImportMatchKind } from '../entities';
import { affectedOf } from './returning';
import * as sql from './lead-import.sql';

/**
 * An upload nobody started within `LEAD_IMPORT_UPLOAD_TTL_HOURS` is abandoned: from then on it is
 * neither listed, nor found, nor startable, whether or not the nightly purge has deleted it yet.
 * `:uploadTtlHours` is the setting; `EXPIRED_UPLOAD` (alias `i`) is what the purge deletes.
 */
export const EXPIRED_UPLOAD = `i.status = 'uploaded' AND i.created_at < now() - make_interval(hours => :uploadTtlHours)`;

/** One line of an import's report as stored: a problem of a bad row (one per column) or a duplicate row. */
export interface ImportProblemRow {
  row_no: number;
  ord: number;
  col: string | null;
  value: string | null;
  reason: string | null;
  reason_key: string | null;
  reason_params: MessageParams | null;
  kind: 'error' | 'duplicate';
  match_kind: LeadImportMatchKind;
  match_on: string | null;
  match_row: number | null;
}

/** What one patched lead's audit entry, timeline event and rescore carry. */
export interface LeadPatchChanges {
  id: string;
  changes: unknown[];
}

/**
 * The SQL of importing as people use it (saved mappings, the purge of abandoned uploads, the
 * report) and of undo, plus the effects of patching leads that the job and undo share. Which
 * imports a person may see or change is decided before (lead-import.access.ts in leads-api: the
 * scope); these methods take an import already found.
 */
@Injectable()
export class LeadImportRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Saves (or replaces) the importer's mapping under `name`. */
  async saveMapping(m: EntityManager, name: string, mapping: LeadImportColumnMapping[], userId: string): Promise<void> {
    await m.query(
      `INSERT INTO lead_import_mapping (name, mapping, created_by) VALUES ($1, $2, $3)
       ON CONFLICT (created_by, name) DO UPDATE SET mapping = EXCLUDED.mapping, updated_at = now()`,
      [name, JSON.stringify(mapping), userId],
    );
  }

  /**
   * Deletes the abandoned uploads, stored file and all, in one statement. An upload has no staging
   * rows or items yet, and one being started meanwhile holds its row lock and is no longer
   * 'uploaded' when the delete gets the row, so it stays. Returns how many were deleted.
   */
  async deleteExpiredUploads(uploadTtlHours: number): Promise<number> {
    return affectedOf(await this.ds.query(`DELETE FROM lead_import i WHERE ${EXPIRED_UPLOAD.replace(':uploadTtlHours', '$1')}`, [uploadTtlHours]));
  }

  /** How many lines the report has: a line per problem of each bad row, one per duplicate. */
  async problemCount(importId: string): Promise<number> {
    const [row]: { n: string }[] = await this.ds.query(
      `SELECT (SELECT coalesce(sum(jsonb_array_length(errors)), 0) FROM lead_import_row WHERE import_id = $1 AND outcome = 'error')
            + (SELECT count(*) FROM lead_import_row WHERE import_id = $1 AND outcome = 'duplicate') AS n`,
      [importId],
    );
    return Number(row.n);
  }

  /** Up to `limit` report lines after (row, position in the row) `after`, in that order. */
  problemRows(importId: string, after: [number, number], limit: number): Promise<ImportProblemRow[]> {
    return this.ds.query(
      `SELECT * FROM (
         SELECT r.row_no, e.ord::int AS ord, e.v->>'column' AS col, e.v->>'value' AS value, e.v->>'reason' AS reason,
                e.v->>'messageKey' AS reason_key, e.v->'params' AS reason_params, 'error' AS kind,
                NULL AS match_kind, NULL AS match_on, NULL::int AS match_row
           FROM lead_import_row r CROSS JOIN LATERAL jsonb_array_elements(r.errors) WITH ORDINALITY AS e(v, ord)
          WHERE r.import_id = $1 AND r.outcome = 'error'
         UNION ALL
         SELECT r.row_no, 1, NULL, CASE WHEN r.match_on = 'phone' THEN r.phone ELSE r.email END, NULL, NULL, NULL, 'duplicate', r.match_kind, r.match_on, r.match_row
           FROM lead_import_row r WHERE r.import_id = $1 AND r.outcome = 'duplicate'
       ) p WHERE (p.row_no, p.ord) > ($2, $3) ORDER BY p.row_no, p.ord LIMIT $4`,
      [importId, after[0], after[1], limit],
    );
  }

  /** A `delete` audit entry per lead undo removed, naming the import. */
  async auditUndoDeletes(m: EntityManager, leadIds: string[], importId: string, by: { actorId: string; apiKeyId: string | null }): Promise<void> {
    await m.query(
      `INSERT INTO audit_log (entity_type, entity_id, action, changes, actor_id, api_key_id)
       SELECT 'lead', id, 'delete', jsonb_build_array(jsonb_build_object('field', 'importId', 'from', $2::text, 'to', NULL)), $3, $4 FROM unnest($1::uuid[]) AS id`,
      [leadIds, importId, by.actorId, by.apiKeyId],
    );
  }

  /** Leads the import created that are converted since (undo keeps them). */
  async countConvertedCreated(m: EntityManager, importId: string): Promise<number> {
    const [{ kept }] = await m.query(
      `SELECT count(*)::int AS kept FROM lead_import_item i JOIN lead l ON l.id = i.lead_id
        WHERE i.import_id = $1 AND i.action = 'created' AND l.deleted_at IS NULL AND l.status = 'converted'`,
      [importId],
    );
    return kept;
  }

  /** Up to `limit` of the leads the import updated or merged into, after lead id `after`, with their values before and after. */
  patchedItems<T>(m: EntityManager, importId: string, after: string, limit: number): Promise<{ lead_id: string; before: T; after: T }[]> {
    return m.query(`SELECT lead_id, before, after FROM lead_import_item WHERE import_id = $1 AND action IN ('updated', 'merged') AND lead_id > $2 ORDER BY lead_id LIMIT $3`, [
      importId,
      after,
      limit,
    ]);
  }

  /** Field-level audit entries of patched leads (`action` as the audit log names it). */
  async auditPatches(m: EntityManager, patches: LeadPatchChanges[], action: string, by: { actorId: string; apiKeyId: string | null }): Promise<void> {
    await m.query(sql.AUDIT_PATCHES, [JSON.stringify(patches), action, by.actorId, by.apiKeyId]);
  }

  /** A `record.updated` timeline event per patched lead, `extra` added to each payload. */
  async timelinePatches(m: EntityManager, patches: LeadPatchChanges[], extra: Record<string, unknown>, actorId: string): Promise<void> {
    await m.query(sql.TIMELINE_PATCHES, [JSON.stringify(patches), JSON.stringify(extra), actorId]);
  }

  /** A `score-lead` outbox row per patched lead; `key` (the import or its undo) makes each unique. */
  async queueRescores(m: EntityManager, patches: LeadPatchChanges[], key: string): Promise<void> {
    await m.query(sql.RESCORE_PATCHED, [JSON.stringify(patches), key]);
  }
}
