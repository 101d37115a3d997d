import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { from as copyFrom } from 'pg-copy-streams';
import type { PoolClient } from 'pg';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource, EntityManager } from 'typeorm';
import type { LeadImportPolicy } from '../entities';
import { rowsOf } from './returning';
import * as sql from './lead-import.sql';

/** The staging step's transaction: the import row locked, and what may be done in it. */
export interface StagingTransaction {
  /** Set once the rows are staged: the step is done. */
  stagedAt: Date | null;
  /** The uploaded file, null once it is no longer stored. */
  file: Buffer | null;
  /** Drops rows a crashed earlier attempt may have left (its COPY rolled back, but be sure). */
  clearRows(): Promise<void>;
  /** Streams COPY text lines (`import_id`, `row_no`, then STAGED_COLUMNS) into `lead_import_row`. */
  copyRows(lines: AsyncIterable<string>): Promise<void>;
  /** The step's marker: rows staged, their count, the progress reached and the rows with errors counted. */
  markStaged(totalRows: number, progress: number): Promise<void>;
}

/** The counters an applied chunk adds to. */
export type AppliedCounter = 'created_count' | 'updated_count' | 'merged_count';
/** The final counts of a finished import. */
export type ImportCounts = Record<'created_count' | 'updated_count' | 'merged_count' | 'duplicate_count' | 'error_count', number>;

/**
 * The SQL of the import job's restartable steps (LeadImportJobService keeps their order, the
 * policy and the chunking). Each step's marker is written in the step's transaction, so a job
 * killed anywhere resumes where it stopped. No visibility scope: the job works for the importer on
 * rows of its own import; which matched leads the importer may change is the service's scoped read.
 */
@Injectable()
export class LeadImportJobRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Running from now on (the first start's time is kept when an interrupted job runs again). */
  async markRunning(importId: string): Promise<void> {
    await this.ds.query(`UPDATE lead_import SET status = 'running', started_at = coalesce(started_at, now()) WHERE id = $1`, [importId]);
  }

  /** Fails a queued or running import with `error` (its first 1000 characters); who to tell, or null when it was neither. */
  async markFailed(m: EntityManager, importId: string, error: string): Promise<{ createdBy: string; fileName: string } | null> {
    const [row] = rowsOf<{ created_by: string; file_name: string }>(
      await m.query(`UPDATE lead_import SET status = 'failed', error = $2, finished_at = now() WHERE id = $1 AND status IN ('queued', 'running') RETURNING created_by, file_name`, [
        importId,
        error.slice(0, 1000),
      ]),
    );
    return row ? { createdBy: row.created_by, fileName: row.file_name } : null;
  }

  /**
   * Runs the staging step in one transaction on a connection of its own (COPY needs the driver's
   * client, and the marker must commit with the rows): the import row locked first. `work`
   * returning commits; throwing rolls everything back.
   */
  async inStagingTransaction(importId: string, work: (tx: StagingTransaction) => Promise<void>): Promise<void> {
    const qr = this.ds.createQueryRunner();
    const client = (await qr.connect()) as PoolClient;
    try {
      await qr.startTransaction();
      const [locked] = (await qr.query(`SELECT staged_at, file FROM lead_import WHERE id = $1 FOR UPDATE`, [importId])) as { staged_at: Date | null; file: Buffer | null }[];
      await work({
        stagedAt: locked.staged_at,
        file: locked.file,
        clearRows: async () => {
          await qr.query(`DELETE FROM lead_import_row WHERE import_id = $1`, [importId]);
        },
        copyRows: (lines) => pipeline(Readable.from(lines), client.query(copyFrom(sql.COPY_STAGING))),
        markStaged: async (totalRows, progress) => {
          await qr.query(
            `UPDATE lead_import SET staged_at = now(), total_rows = $2, progress = $3,
                    error_count = (SELECT count(*) FROM lead_import_row WHERE import_id = $1 AND outcome = 'error') WHERE id = $1`,
            [importId, totalRows, progress],
          );
        },
      });
      await qr.commitTransaction();
    } catch (err) {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      throw err;
    } finally {
      await qr.release();
    }
  }

  /** Locks the import for the classifying step; when it was classified already (the step is done), or null. */
  async lockForClassifying(m: EntityManager, importId: string): Promise<Date | null> {
    const [locked] = await m.query(`SELECT classified_at FROM lead_import WHERE id = $1 FOR UPDATE`, [importId]);
    return locked.classified_at;
  }

  /**
   * Fresh statistics for the rows just copied: without them the planner guesses an import has a
   * handful of rows and picks nested loops, which for 100k rows runs for minutes, not seconds.
   */
  async analyzeStaging(m: EntityManager): Promise<void> {
    await m.query(`ANALYZE lead_import_row`);
  }

  /** Marks rows repeating an earlier row's `key` as duplicates of it. */
  async markInFileDuplicates(m: EntityManager, importId: string, key: sql.ImportMatchKey): Promise<void> {
    await m.query(sql.inFileDuplicates(key), [importId]);
  }

  /** Links unmatched rows to the oldest live lead with their `key`. */
  async matchLeads(m: EntityManager, importId: string, key: sql.ImportMatchKey): Promise<void> {
    await m.query(sql.matchLeads(key), [importId]);
  }

  /** Links unmatched rows to the oldest live contact with their `key`. */
  async matchContacts(m: EntityManager, importId: string, key: sql.ImportMatchKey): Promise<void> {
    await m.query(sql.matchContacts(key), [importId]);
  }

  /** Of rows matching one lead, all but the first become duplicates of the first. */
  async markSameLeadTwice(m: EntityManager, importId: string): Promise<void> {
    await m.query(sql.SAME_LEAD_TWICE, [importId]);
  }

  /** Every matched row not yet decided becomes a duplicate. */
  async markMatchedAsDuplicates(m: EntityManager, importId: string): Promise<void> {
    await m.query(`UPDATE lead_import_row SET outcome = 'duplicate' WHERE import_id = $1 AND outcome IS NULL AND match_kind IS NOT NULL`, [importId]);
  }

  /** Rows matching a lead outside `writable` now match it read-only. */
  async markReadonlyMatches(m: EntityManager, importId: string, writable: string[]): Promise<void> {
    await m.query(`UPDATE lead_import_row SET match_kind = 'lead_readonly' WHERE import_id = $1 AND outcome IS NULL AND match_kind = 'lead' AND NOT (match_id = ANY($2::uuid[]))`, [
      importId,
      writable,
    ]);
  }

  /** Rows matching a contact or a read-only lead become duplicates. */
  async markUnwritableAsDuplicates(m: EntityManager, importId: string): Promise<void> {
    await m.query(`UPDATE lead_import_row SET outcome = 'duplicate' WHERE import_id = $1 AND outcome IS NULL AND match_kind IN ('contact', 'lead_readonly')`, [importId]);
  }

  /** Rows matching a (writable) lead get the policy as their outcome and that lead as theirs. */
  async markLeadMatchesFor(m: EntityManager, importId: string, policy: LeadImportPolicy): Promise<void> {
    await m.query(`UPDATE lead_import_row SET outcome = $2, lead_id = match_id WHERE import_id = $1 AND outcome IS NULL AND match_kind = 'lead'`, [importId, policy]);
  }

  /** Every row still undecided creates a lead. */
  async markRestToCreate(m: EntityManager, importId: string): Promise<void> {
    await m.query(`UPDATE lead_import_row SET outcome = 'create' WHERE import_id = $1 AND outcome IS NULL`, [importId]);
  }

  /** The classifying step's marker, with the progress reached and the duplicates counted. */
  async markClassified(m: EntityManager, importId: string, progress: number): Promise<void> {
    await m.query(
      `UPDATE lead_import SET classified_at = now(), progress = $2,
              duplicate_count = (SELECT count(*) FROM lead_import_row WHERE import_id = $1 AND outcome = 'duplicate') WHERE id = $1`,
      [importId, progress],
    );
  }

  /** The team of the user the imported leads go to. */
  async teamOf(userId: string): Promise<string | null> {
    const [owner] = await this.ds.query(`SELECT team_id FROM app_user WHERE id = $1`, [userId]);
    return owner?.team_id ?? null;
  }

  /** See CLAIM_CREATE_CHUNK: up to `size` rows after row `after`, with their new leads' ids. */
  async claimCreateChunk(m: EntityManager, importId: string, size: number, after: number): Promise<{ row_no: number; lead_id: string }[]> {
    return rowsOf<{ row_no: number; lead_id: string }>(await m.query(sql.CLAIM_CREATE_CHUNK, [importId, size, after]));
  }

  /** The chunk's `created` items (what undo removes). */
  async recordCreatedItems(m: EntityManager, importId: string, rowNos: number[]): Promise<void> {
    await m.query(sql.INSERT_CREATED_ITEMS, [importId, rowNos]);
  }

  /** The chunk's `create` audit entries, one per lead, as `LeadsService.create` writes them. */
  async auditCreates(m: EntityManager, importId: string, rowNos: number[], by: { ownerId: string | null; actorId: string; apiKeyId: string | null }): Promise<void> {
    await m.query(sql.AUDIT_CREATES, [importId, rowNos, by.ownerId, by.actorId, by.apiKeyId]);
  }

  /** The chunk's `record.created` timeline events. */
  async timelineCreates(m: EntityManager, importId: string, rowNos: number[], actorId: string): Promise<void> {
    await m.query(sql.TIMELINE_CREATES, [importId, rowNos, actorId]);
  }

  /** An `assign-lead` outbox row per created lead of the chunk. */
  async queueRouting(m: EntityManager, importId: string, rowNos: number[]): Promise<void> {
    await m.query(sql.ROUTE_CREATES, [importId, rowNos]);
  }

  /** Up to `size` rows to update or merge after row `after`, locked (rows another run holds are skipped). */
  nextRowsToPatch<T>(m: EntityManager, importId: string, policy: LeadImportPolicy, size: number, after: number): Promise<T[]> {
    return m.query(`SELECT * FROM lead_import_row WHERE import_id = $1 AND row_no > $4 AND outcome = $2 AND NOT applied ORDER BY row_no LIMIT $3 FOR UPDATE SKIP LOCKED`, [
      importId,
      policy,
      size,
      after,
    ]);
  }

  /** The chunk's `updated` or `merged` items with each lead's values before and after (what undo restores). */
  async recordPatchedItems(m: EntityManager, importId: string, action: 'updated' | 'merged', items: { id: string; row_no: number; before: unknown; after: unknown }[]): Promise<void> {
    await m.query(
      `INSERT INTO lead_import_item (import_id, lead_id, row_no, action, before, after)
       SELECT $1, v.id, v.row_no, $2, v.before, v.after FROM jsonb_to_recordset($3::jsonb) AS v(id uuid, row_no int, before jsonb, after jsonb)`,
      [importId, action, JSON.stringify(items)],
    );
  }

  /** The rows of a chunk are done. */
  async markApplied(m: EntityManager, importId: string, rowNos: number[]): Promise<void> {
    await m.query(`UPDATE lead_import_row SET applied = true WHERE import_id = $1 AND row_no = ANY($2::int[])`, [importId, rowNos]);
  }

  /**
   * Adds a chunk to its counter; returns the new progress: from `fromPercent` to 99 % over the
   * rows to apply.
   */
  async addApplied(m: EntityManager, importId: string, counter: AppliedCounter, n: number, fromPercent: number): Promise<number> {
    const from = Math.trunc(fromPercent);
    const [row] = rowsOf<{ progress: number }>(
      await m.query(
        `UPDATE lead_import SET ${counter} = ${counter} + $2,
                progress = LEAST(99, ${from} + (${99 - from} * (created_count + updated_count + merged_count + $2)) / GREATEST(1, total_rows - error_count - duplicate_count))
          WHERE id = $1 RETURNING progress`,
        [importId, n],
      ),
    );
    return row.progress;
  }

  /** Marks a running import done and drops its stored file; its counts, or null when it was not running. */
  async markDone(m: EntityManager, importId: string): Promise<ImportCounts | null> {
    const [done] = rowsOf<ImportCounts>(
      await m.query(
        `UPDATE lead_import SET status = 'done', progress = 100, finished_at = now(), file = NULL WHERE id = $1 AND status = 'running'
         RETURNING created_count, updated_count, merged_count, duplicate_count, error_count`,
        [importId],
      ),
    );
    return done ?? null;
  }

  /** The report needs only the rows that did not become leads; lead_import_item remembers the rest. */
  async dropAppliedRows(m: EntityManager, importId: string): Promise<void> {
    await m.query(`DELETE FROM lead_import_row WHERE import_id = $1 AND outcome IN ('create', 'update', 'merge')`, [importId]);
  }
}
