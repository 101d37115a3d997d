import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { from as copyFrom } from 'pg-copy-streams';
import type { PoolClient } from 'pg';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource, EntityManager } from 'typeorm';
import { notify } from '@rapport/shared-database';
import { Actor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { SalesRepository } from '@rapport/sales-data';
import { LeadImportEntity } from '@rapport/leads-data';
import { ImportField, planMapping } from './import-fields';
import { readRows } from './import-file';
import { copyLine, prepareRow, STAGED_COLUMNS } from './import-row';
import { LEAD_UPDATE_COLUMNS, LeadColumns, planUpdate } from './import-update';
import { ScoringService } from '../services/scoring.service';
import * as sql from './lead-import.sql';

/** Rows per apply transaction: a crash repeats at most one chunk's work, and that work rolled back. */
const CHUNK = 2000;
/** Progress milestones: staging and matching are quick next to creating the leads. */
const STAGED = 30;
const CLASSIFIED = 40;

type Progress = (percent: number) => Promise<unknown>;

/** What the job hands back to BullMQ: counts only, no file contents or personal data. */
export type LeadImportSummary = Pick<LeadImportEntity, 'id' | 'status' | 'createdCount' | 'updatedCount' | 'mergedCount' | 'duplicateCount' | 'errorCount'>;
const summary = (i: LeadImportEntity | null): LeadImportSummary | null =>
  i && { id: i.id, status: i.status, createdCount: i.createdCount, updatedCount: i.updatedCount, mergedCount: i.mergedCount, duplicateCount: i.duplicateCount, errorCount: i.errorCount };

/**
 * The background half of an import, in restartable steps. Each step commits with a marker, so a
 * job killed at any point and run again continues where it stopped and never creates a lead twice:
 *
 * 1. stage     – parse the stored file, validate and normalise every row in Node, COPY into
 *                `lead_import_row` (one transaction; marker `staged_at`).
 * 2. classify  – duplicates within the file, then against leads and contacts by normalised email
 *                and then phone, then the policy (one transaction; marker `classified_at`).
 * 3. apply     – chunks of rows to create (INSERT … SELECT) or update (patches planned in Node,
 *                written in one statement), each chunk with its audit, timeline and outbox rows
 *                in one transaction; a row is marked `applied` in the same transaction.
 * 4. finish    – status `done`, the file and the applied staging rows dropped, the importer told.
 */
@Injectable()
export class LeadImportJobService {
  private readonly logger = new Logger(LeadImportJobService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: SalesRepository,
    private readonly scoring: ScoringService,
  ) {}

  async run(importId: string, progress: Progress = async () => undefined): Promise<LeadImportSummary | null> {
    const imports = this.ds.getRepository(LeadImportEntity);
    const imp = await imports.findOneBy({ id: importId });
    // Only queued or interrupted imports run; anything else is a duplicate delivery.
    if (!imp || (imp.status !== 'queued' && imp.status !== 'running')) return summary(imp);
    await this.ds.query(`UPDATE lead_import SET status = 'running', started_at = coalesce(started_at, now()) WHERE id = $1`, [imp.id]);
    try {
      await this.stage(imp);
    } catch (err) {
      // A file that can't be read fails the same way on every retry: fail now, say why.
      if (!(err instanceof AppError)) throw err;
      await this.fail(imp.id, err.message);
      return summary(await imports.findOneBy({ id: importId }));
    }
    await progress(STAGED);
    await this.classify(imp);
    await progress(CLASSIFIED);
    await this.applyCreates(imp, progress);
    await this.applyUpdates(imp, progress);
    await this.finish(imp);
    await progress(100);
    return summary(await imports.findOneBy({ id: importId }));
  }

  /** Called by the processor once retries are used up. */
  async fail(importId: string, error: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const [row] = sql.rowsOf<{ created_by: string; file_name: string }>(
        await m.query(`UPDATE lead_import SET status = 'failed', error = $2, finished_at = now() WHERE id = $1 AND status IN ('queued', 'running') RETURNING created_by, file_name`, [
          importId,
          error.slice(0, 1000),
        ]),
      );
      if (row) await notify(m, { userId: row.created_by, kind: 'lead-import.failed', title: `Lead import of ${row.file_name} failed`, body: error.slice(0, 300), payload: { importId, fileName: row.file_name }, dedupKey: `lead-import-failed:${importId}` });
    });
  }

  private async stage(imp: LeadImportEntity): Promise<void> {
    const qr = this.ds.createQueryRunner();
    // COPY needs the driver's own client; the query runner keeps it in one transaction with the marker.
    const client = (await qr.connect()) as PoolClient;
    try {
      await qr.startTransaction();
      const [locked] = (await qr.query(`SELECT staged_at, file FROM lead_import WHERE id = $1 FOR UPDATE`, [imp.id])) as { staged_at: Date | null; file: Buffer | null }[];
      if (locked.staged_at) return await qr.commitTransaction();
      if (!locked.file) throw AppError.validation([{ path: 'file', message: 'The uploaded file is no longer stored; upload it again.' }]);
      await qr.query(`DELETE FROM lead_import_row WHERE import_id = $1`, [imp.id]);
      const plan = planMapping(imp.columns, imp.mapping);
      let staged = 0;
      async function* lines(): AsyncGenerator<string> {
        let batch = '';
        let header = true;
        for await (const row of readRows(locked.file!, imp.fileFormat)) {
          if (header) {
            header = false;
            continue;
          }
          const { values } = prepareRow(row.cells, plan);
          batch += copyLine([imp.id, row.rowNo, ...STAGED_COLUMNS.map((c) => values[c])]);
          staged++;
          if (batch.length > 256 * 1024) {
            yield batch;
            batch = '';
          }
        }
        if (batch) yield batch;
      }
      await pipeline(Readable.from(lines()), client.query(copyFrom(sql.COPY_STAGING)));
      await qr.query(
        `UPDATE lead_import SET staged_at = now(), total_rows = $2, progress = ${STAGED},
                error_count = (SELECT count(*) FROM lead_import_row WHERE import_id = $1 AND outcome = 'error') WHERE id = $1`,
        [imp.id, staged],
      );
      await qr.commitTransaction();
    } catch (err) {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      throw err;
    } finally {
      await qr.release();
    }
  }

  private async classify(imp: LeadImportEntity): Promise<void> {
    await this.ds.transaction(async (m) => {
      const [locked] = await m.query(`SELECT classified_at FROM lead_import WHERE id = $1 FOR UPDATE`, [imp.id]);
      if (locked.classified_at) return;
      // Fresh statistics for the rows just copied: without them the planner guesses an import has
      // a handful of rows and picks nested loops, which for 100k rows runs for minutes, not seconds.
      await m.query(`ANALYZE lead_import_row`);
      const q = (text: string, params: unknown[] = []) => m.query(text, [imp.id, ...params]);
      // Within the file first: a repeated row is a duplicate whatever it matches outside.
      await q(sql.inFileDuplicates('email'));
      await q(sql.inFileDuplicates('phone_normalized'));
      // Email is the stronger key, so every email match is taken before any phone match.
      await q(sql.matchLeads('email'));
      await q(sql.matchContacts('email'));
      await q(sql.matchLeads('phone_normalized'));
      await q(sql.matchContacts('phone_normalized'));
      await q(sql.SAME_LEAD_TWICE);
      if (imp.dedupPolicy === 'skip') {
        await q(`UPDATE lead_import_row SET outcome = 'duplicate' WHERE import_id = $1 AND outcome IS NULL AND match_kind IS NOT NULL`);
      } else {
        const writable = await this.writableMatches(m, imp);
        await q(`UPDATE lead_import_row SET match_kind = 'lead_readonly' WHERE import_id = $1 AND outcome IS NULL AND match_kind = 'lead' AND NOT (match_id = ANY($2::uuid[]))`, [writable]);
        await q(`UPDATE lead_import_row SET outcome = 'duplicate' WHERE import_id = $1 AND outcome IS NULL AND match_kind IN ('contact', 'lead_readonly')`);
        await q(`UPDATE lead_import_row SET outcome = $2, lead_id = match_id WHERE import_id = $1 AND outcome IS NULL AND match_kind = 'lead'`, [imp.dedupPolicy]);
      }
      await q(`UPDATE lead_import_row SET outcome = 'create' WHERE import_id = $1 AND outcome IS NULL`);
      await q(
        `UPDATE lead_import SET classified_at = now(), progress = ${CLASSIFIED},
                duplicate_count = (SELECT count(*) FROM lead_import_row WHERE import_id = $1 AND outcome = 'duplicate') WHERE id = $1`,
      );
    });
  }

  /** Matched leads the importer may change (their write scope, as when they started) and that are not converted. */
  private async writableMatches(m: EntityManager, imp: LeadImportEntity): Promise<string[]> {
    const rows = await this.repo
      .leads(imp.actor as Actor, 'write', m)
      .select('l.id', 'id')
      .andWhere(`l.id IN (SELECT match_id FROM lead_import_row WHERE import_id = :importId AND outcome IS NULL AND match_kind = 'lead')`, { importId: imp.id })
      .andWhere(`l.status <> 'converted'`)
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  private async applyCreates(imp: LeadImportEntity, progress: Progress): Promise<void> {
    const actor = imp.actor as Actor;
    const [owner] = await this.ds.query(`SELECT team_id FROM app_user WHERE id = $1`, [imp.ownerId]);
    let last = 0;
    for (;;) {
      const done = await this.ds.transaction(async (m) => {
        const claimed = sql.rowsOf<{ row_no: number; lead_id: string }>(await m.query(sql.CLAIM_CREATE_CHUNK, [imp.id, CHUNK, last]));
        if (claimed.length === 0) return last === 0 ? null : (last = 0);
        last = Math.max(...claimed.map((r) => r.row_no));
        const chunk = [imp.id, claimed.map((r) => r.row_no)];
        await m.query(sql.INSERT_LEADS, [...chunk, imp.ownerId, owner?.team_id ?? null, actor.userId]);
        await m.query(sql.INSERT_CREATED_ITEMS, chunk);
        await m.query(sql.AUDIT_CREATES, [...chunk, imp.ownerId, actor.userId, actor.apiKeyId ?? null]);
        await m.query(sql.TIMELINE_CREATES, [...chunk, actor.userId]);
        // Scored with the chunk (one read, one update), so an imported lead lists with its grade
        // whether or not it is routed.
        await this.scoring.rescoreMany(claimed.map((r) => r.lead_id), m);
        if (imp.routeLeads) await m.query(sql.ROUTE_CREATES, chunk);
        return this.count(m, imp.id, 'created_count', claimed.length);
      });
      if (done === null) return;
      // 0: the scan reached the end; one more pass from the start picks up rows another run held locked.
      if (done > 0) await progress(done);
    }
  }

  private async applyUpdates(imp: LeadImportEntity, progress: Progress): Promise<void> {
    if (imp.dedupPolicy === 'skip') return;
    const actor = imp.actor as Actor;
    const mapped = new Set(imp.mapping.map((x) => x.field as ImportField));
    const action = imp.dedupPolicy === 'update' ? 'updated' : 'merged';
    let last = 0;
    for (;;) {
      const done = await this.ds.transaction(async (m) => {
        const rows: (LeadColumns & { row_no: number; lead_id: string })[] = await m.query(
          `SELECT * FROM lead_import_row WHERE import_id = $1 AND row_no > $4 AND outcome = $2 AND NOT applied ORDER BY row_no LIMIT $3 FOR UPDATE SKIP LOCKED`,
          [imp.id, imp.dedupPolicy, CHUNK, last],
        );
        if (rows.length === 0) return last === 0 ? null : (last = 0);
        last = rows[rows.length - 1].row_no;
        const leads: (LeadColumns & { id: string })[] = await m.query(`SELECT id, ${LEAD_UPDATE_COLUMNS.join(', ')} FROM lead WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
          rows.map((r) => r.lead_id),
        ]);
        const byId = new Map(leads.map((l) => [l.id, l]));
        const patches = rows
          .filter((r) => byId.has(r.lead_id))
          .map((r) => ({ row: r, plan: planUpdate(byId.get(r.lead_id)!, r, imp.dedupPolicy as 'update' | 'merge', mapped) }))
          .filter((p) => Object.keys(p.plan.set).length > 0);
        if (patches.length) {
          await m.query(sql.PATCH_LEADS, [JSON.stringify(patches.map((p) => ({ id: p.row.lead_id, s: p.plan.set })))]);
          await m.query(
            `INSERT INTO lead_import_item (import_id, lead_id, row_no, action, before, after)
             SELECT $1, v.id, v.row_no, $2, v.before, v.after FROM jsonb_to_recordset($3::jsonb) AS v(id uuid, row_no int, before jsonb, after jsonb)`,
            [imp.id, action, JSON.stringify(patches.map((p) => ({ id: p.row.lead_id, row_no: p.row.row_no, before: p.plan.before, after: p.plan.set })))],
          );
          const changes = JSON.stringify(patches.map((p) => ({ id: p.row.lead_id, changes: p.plan.changes })));
          await m.query(sql.AUDIT_PATCHES, [changes, 'update', actor.userId, actor.apiKeyId ?? null]);
          await m.query(sql.TIMELINE_PATCHES, [changes, JSON.stringify({ importId: imp.id }), actor.userId]);
          await m.query(sql.RESCORE_PATCHED, [changes, `import:${imp.id}`]);
        }
        await m.query(`UPDATE lead_import_row SET applied = true WHERE import_id = $1 AND row_no = ANY($2::int[])`, [imp.id, rows.map((r) => r.row_no)]);
        return this.count(m, imp.id, imp.dedupPolicy === 'update' ? 'updated_count' : 'merged_count', rows.length);
      });
      if (done === null) return;
      if (done > 0) await progress(done);
    }
  }

  /** Adds a chunk to its counter and returns the new progress: 40–99 % over the rows to apply. */
  private async count(m: EntityManager, importId: string, counter: 'created_count' | 'updated_count' | 'merged_count', n: number): Promise<number> {
    const [row] = sql.rowsOf<{ progress: number }>(
      await m.query(
        `UPDATE lead_import SET ${counter} = ${counter} + $2,
                progress = LEAST(99, ${CLASSIFIED} + (${99 - CLASSIFIED} * (created_count + updated_count + merged_count + $2)) / GREATEST(1, total_rows - error_count - duplicate_count))
          WHERE id = $1 RETURNING progress`,
        [importId, n],
      ),
    );
    return row.progress;
  }

  private async finish(imp: LeadImportEntity): Promise<void> {
    await this.ds.transaction(async (m) => {
      const [done] = sql.rowsOf<Record<'created_count' | 'updated_count' | 'merged_count' | 'duplicate_count' | 'error_count', number>>(
        await m.query(
          `UPDATE lead_import SET status = 'done', progress = 100, finished_at = now(), file = NULL WHERE id = $1 AND status = 'running'
           RETURNING created_count, updated_count, merged_count, duplicate_count, error_count`,
          [imp.id],
        ),
      );
      if (!done) return;
      // The report needs only the rows that did not become leads; lead_import_item remembers the rest.
      await m.query(`DELETE FROM lead_import_row WHERE import_id = $1 AND outcome IN ('create', 'update', 'merge')`, [imp.id]);
      const parts = [`${done.created_count} created`, done.updated_count && `${done.updated_count} updated`, done.merged_count && `${done.merged_count} merged`, `${done.duplicate_count} duplicates`, `${done.error_count} with errors`];
      await notify(m, {
        userId: imp.createdBy,
        kind: 'lead-import.done',
        title: `Lead import of ${imp.fileName} finished: ${parts.filter(Boolean).join(', ')}`,
        payload: {
          importId: imp.id,
          fileName: imp.fileName,
          created: done.created_count,
          updated: done.updated_count,
          merged: done.merged_count,
          duplicates: done.duplicate_count,
          errors: done.error_count,
        },
        dedupKey: `lead-import-done:${imp.id}`,
      });
    });
    this.logger.log(`lead import ${imp.id} done`);
  }
}
