import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LEAD } from '@rapport/sales-domain';
import { columnTypesOf } from '@rapport/shared-database';
import { STAGED_COLUMNS } from './lead-import.sql';
import { affectedOf, rowsOf } from './returning';

/**
 * Every lead column a raw (set-based) write names, with the SQL type its parameters are cast to:
 * the stored fields of the LEAD definition (sales-domain), plus who created the row.
 */
const COLUMN_TYPES: Record<string, string> = { ...columnTypesOf(LEAD), created_by: 'uuid' };

type LeadField = keyof typeof LEAD.fields;
/** A lead column: a stored field's, or `created_by`. */
export type LeadColumn = Extract<(typeof LEAD.fields)[LeadField], { column: string }>['column'] | 'created_by';

const columnOf = (key: LeadField): LeadColumn => LEAD.fields[key].column;

/**
 * Web-to-lead's new lead, from the submission: what a form collects, the folded forms duplicate
 * detection matches on, the source and campaign, and the score (owner and team stay empty until
 * routing; the status starts at its default).
 */
const WEB_TO_LEAD_COLUMNS: readonly LeadColumn[] = (
  ['firstName', 'lastName', 'nameNormalized', 'company', 'companyNormalized', 'email', 'phone', 'phoneNormalized', 'title', 'source', 'campaignSource', 'country', 'region', 'productInterest', 'message', 'employees', 'language', 'timeZone', 'score'] as const
).map(columnOf);

/** An imported lead, copied from its staging row: the staged columns but the row's own verdict (errors, outcome); owner, team and importer follow. */
const IMPORTED_COLUMNS: readonly LeadColumn[] = STAGED_COLUMNS.filter((c): c is Exclude<(typeof STAGED_COLUMNS)[number], 'errors' | 'outcome'> => c !== 'errors' && c !== 'outcome');

/**
 * What an import's update or merge may write and its undo may restore (the groups of
 * libs/leads/api import-update.ts, flattened; its spec holds the two to the same columns).
 */
export const LEAD_PATCH_COLUMNS: readonly LeadColumn[] = (
  ['firstName', 'lastName', 'nameNormalized', 'company', 'companyNormalized', 'phone', 'phoneNormalized', 'email', 'title', 'campaignSource', 'productInterest', 'country', 'region', 'message', 'employees', 'language'] as const
).map(columnOf);

// Routing writes `owner_id`, `team_id` (the new owner's) and `sla_due_at`; scoring writes `score` (assignOwners, setScores).

/** Column values of one lead by column name, as a batch insert takes them. */
export type LeadInsertRow = Partial<Record<LeadColumn, unknown>>;
/** Column values by column name, as the patchable columns hold them. */
export type LeadPatchValues = Record<string, string | number | null>;

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The one place lead rows are written with raw SQL (sales' services write single leads through
 * TypeORM). Single row: web-to-lead's insert, as a statement its intake embeds in one data-modifying
 * CTE with the submission, the timeline event and the outbox row. Batches: the import's chunk of
 * staged rows, any set of rows (seed, fixtures), patches, owners, scores, the undo's soft delete.
 * Every method runs in the caller's transaction and applies no visibility scope: callers decide
 * which leads; audit, timeline and outbox rows stay with them.
 */
@Injectable()
export class LeadWriter {
  /**
   * One lead from the JSON object in parameter `json` (keys: the columns in camelCase), inserted
   * only when `when` holds; returns its `id`. Owner and team are NULL: routing sets them.
   */
  static insertOneSql(json: string, when: string): string {
    const keys = WEB_TO_LEAD_COLUMNS.map((c) => `v."${camel(c)}"`).join(', ');
    const record = WEB_TO_LEAD_COLUMNS.map((c) => `"${camel(c)}" ${COLUMN_TYPES[c]}`).join(', ');
    return `INSERT INTO lead (${WEB_TO_LEAD_COLUMNS.join(', ')}, owner_id, team_id)
  SELECT ${keys}, NULL, NULL
    FROM jsonb_to_record(${json}::jsonb) AS v(${record})
   WHERE ${when}
  RETURNING id`;
  }

  /**
   * Rows of any columns (each row may leave some out: NULL), one statement with one array
   * parameter per column; ids and unnamed columns take the table's defaults. Returns the new ids.
   */
  async insertMany(m: EntityManager, rows: readonly LeadInsertRow[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const columns = Object.keys(COLUMN_TYPES).filter((c) => rows.some((r) => c in r)) as LeadColumn[];
    const arrays = columns.map((c, i) => `$${i + 1}::${COLUMN_TYPES[c]}[]`).join(', ');
    const inserted: { id: string }[] = await m.query(
      `INSERT INTO lead (${columns.join(', ')})
       SELECT * FROM unnest(${arrays})
       RETURNING id`,
      columns.map((c) => rows.map((r) => r[c] ?? null)),
    );
    return inserted.map((r) => r.id);
  }

  /**
   * The leads of one import chunk, copied from their staging rows (`lead_id` chosen when the chunk
   * was claimed, so the lead and its row's link commit together), in row order.
   */
  async insertStaged(m: EntityManager, importId: string, rowNos: number[], by: { ownerId: string | null; teamId: string | null; createdBy: string }): Promise<void> {
    await m.query(
      `INSERT INTO lead (id, ${IMPORTED_COLUMNS.join(', ')}, owner_id, team_id, created_by)
  SELECT r.lead_id, ${IMPORTED_COLUMNS.map((c) => `r.${c}`).join(', ')}, $3, $4, $5
    FROM lead_import_row r WHERE r.import_id = $1 AND r.row_no = ANY($2::int[]) ORDER BY r.row_no`,
      [importId, rowNos, by.ownerId, by.teamId, by.createdBy],
    );
  }

  /**
   * The patchable columns of `ids`, locked for the transaction in id order (so concurrent chunks
   * lock alike); `liveOnly` leaves deleted leads out.
   */
  lockForPatch(m: EntityManager, ids: string[], { liveOnly }: { liveOnly: boolean }): Promise<(LeadPatchValues & { id: string })[]> {
    return m.query(`SELECT id, ${LEAD_PATCH_COLUMNS.join(', ')} FROM lead WHERE id = ANY($1::uuid[])${liveOnly ? ' AND deleted_at IS NULL' : ''} ORDER BY id FOR UPDATE`, [ids]);
  }

  /** Per-lead patches computed in Node, in one statement: a column changes only when its key is in `set`. */
  async patchMany(m: EntityManager, patches: { id: string; set: LeadPatchValues }[]): Promise<void> {
    await m.query(PATCH, [JSON.stringify(patches.map((p) => ({ id: p.id, s: p.set })))]);
  }

  /** New owners (and their team), with the SLA due time a lead gets on its first routing only. */
  async assignOwners(m: EntityManager, rows: { id: string; ownerId: string; dueAt: Date | null }[]): Promise<void> {
    await m.query(
      `UPDATE lead l SET owner_id = v.owner, team_id = u.team_id, sla_due_at = COALESCE(l.sla_due_at, v.due), updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, owner uuid, due timestamptz)
       JOIN app_user u ON u.id = v.owner
      WHERE l.id = v.id`,
      [JSON.stringify(rows.map((r) => ({ id: r.id, owner: r.ownerId, due: r.dueAt })))],
    );
  }

  /** Due times computed again (the intake calendar changed); how many changed. `updated_at` stays: nobody edited the lead. */
  async setDueTimes(m: EntityManager, rows: { id: string; dueAt: Date | null }[]): Promise<number> {
    if (rows.length === 0) return 0;
    return affectedOf(
      await m.query(`UPDATE lead l SET sla_due_at = v.due FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, due) WHERE l.id = v.id AND l.sla_due_at IS DISTINCT FROM v.due`, [
        rows.map((r) => r.id),
        rows.map((r) => r.dueAt),
      ]),
    );
  }

  /** Stores new scores, one statement for the batch (`updated_at` stays as it was, as scoring always left it). */
  async setScores(m: EntityManager, scores: { id: string; score: number }[]): Promise<void> {
    if (scores.length === 0) return;
    await m.query(`UPDATE lead l SET score = v.score FROM unnest($1::uuid[], $2::int[]) AS v(id, score) WHERE l.id = v.id`, [scores.map((c) => c.id), scores.map((c) => c.score)]);
  }

  /** Soft-deletes the leads an import created that still exist and are not converted; returns their ids. */
  async softDeleteImported(m: EntityManager, importId: string): Promise<string[]> {
    const result = await m.query(
      `UPDATE lead l SET deleted_at = now(), updated_at = now() FROM lead_import_item i
        WHERE i.import_id = $1 AND i.action = 'created' AND l.id = i.lead_id AND l.deleted_at IS NULL AND l.status <> 'converted'
       RETURNING l.id`,
      [importId],
    );
    return rowsOf<{ id: string }>(result).map((r) => r.id);
  }
}

const PATCH = `UPDATE lead l SET ${LEAD_PATCH_COLUMNS.map(
  (c) => `${c} = CASE WHEN v.s ? '${c}' THEN (v.s->>'${c}')::${COLUMN_TYPES[c]} ELSE l.${c} END`,
).join(', ')}, updated_at = now()
  FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, s jsonb) WHERE l.id = v.id`;
