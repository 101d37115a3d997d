import { Injectable, Logger } from '@nestjs/common';
import { CreateHooks } from '@rapport/shared-api';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { notify } from '@rapport/shared-database';
import { Actor } from '@rapport/shared-domain';
import { AppError, lookupMessage } from '@rapport/shared-errors';
import { SalesRepository } from '@rapport/sales-data';
import { AppliedCounter, LeadImportEntity, LeadImportJobRepository, LeadImportRepository, LeadWriter, STAGED_COLUMNS } from '@rapport/leads-data';
import { ImportField, planMapping } from './import-fields';
import { readRows } from './import-file';
import { copyLine, prepareRow } from './import-row';
import { LeadColumns, planUpdate } from './import-update';

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
    private readonly createHooks: CreateHooks,
    private readonly steps: LeadImportJobRepository,
    private readonly imports: LeadImportRepository,
    private readonly leads: LeadWriter,
  ) {}

  async run(importId: string, progress: Progress = async () => undefined): Promise<LeadImportSummary | null> {
    const imports = this.ds.getRepository(LeadImportEntity);
    const imp = await imports.findOneBy({ id: importId });
    // Only queued or interrupted imports run; anything else is a duplicate delivery.
    if (!imp || (imp.status !== 'queued' && imp.status !== 'running')) return summary(imp);
    await this.steps.markRunning(imp.id);
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
      const row = await this.steps.markFailed(m, importId, error);
      if (!row) return;
      // The body is the reason in English; its key lets the bell say it in the reader's language.
      const known = lookupMessage(error);
      const reason = known ? { errorKey: known.messageKey, ...(known.params ? { errorParams: known.params } : {}) } : {};
      await notify(m, {
        userId: row.createdBy,
        kind: 'lead-import.failed',
        title: `Lead import of ${row.fileName} failed`,
        body: error.slice(0, 300),
        payload: { importId, fileName: row.fileName, ...reason },
        dedupKey: `lead-import-failed:${importId}`,
      });
    });
  }

  private async stage(imp: LeadImportEntity): Promise<void> {
    // One transaction with the marker: a crash before the commit leaves nothing staged.
    await this.steps.inStagingTransaction(imp.id, async (tx) => {
      if (tx.stagedAt) return;
      if (!tx.file) {
        // The report says the error's message: the field's own, not the generic "input is not valid".
        const gone = 'The uploaded file is no longer stored; upload it again.';
        throw AppError.validation([{ path: 'file', message: gone }], gone);
      }
      const file = tx.file;
      await tx.clearRows();
      const plan = planMapping(imp.columns, imp.mapping);
      let staged = 0;
      async function* lines(): AsyncGenerator<string> {
        let batch = '';
        let header = true;
        for await (const row of readRows(file, imp.fileFormat)) {
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
      await tx.copyRows(lines());
      await tx.markStaged(staged, STAGED);
    });
  }

  private async classify(imp: LeadImportEntity): Promise<void> {
    await this.ds.transaction(async (m) => {
      if (await this.steps.lockForClassifying(m, imp.id)) return;
      await this.steps.analyzeStaging(m);
      // Within the file first: a repeated row is a duplicate whatever it matches outside.
      await this.steps.markInFileDuplicates(m, imp.id, 'email');
      await this.steps.markInFileDuplicates(m, imp.id, 'phone_normalized');
      // Email is the stronger key, so every email match is taken before any phone match.
      await this.steps.matchLeads(m, imp.id, 'email');
      await this.steps.matchContacts(m, imp.id, 'email');
      await this.steps.matchLeads(m, imp.id, 'phone_normalized');
      await this.steps.matchContacts(m, imp.id, 'phone_normalized');
      await this.steps.markSameLeadTwice(m, imp.id);
      if (imp.dedupPolicy === 'skip') {
        await this.steps.markMatchedAsDuplicates(m, imp.id);
      } else {
        await this.steps.markReadonlyMatches(m, imp.id, await this.writableMatches(m, imp));
        await this.steps.markUnwritableAsDuplicates(m, imp.id);
        await this.steps.markLeadMatchesFor(m, imp.id, imp.dedupPolicy);
      }
      await this.steps.markRestToCreate(m, imp.id);
      await this.steps.markClassified(m, imp.id, CLASSIFIED);
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
    // Set when the import was started (the importer, or whom they gave the leads to).
    const ownerId = imp.ownerId;
    const teamId = ownerId ? await this.steps.teamOf(ownerId) : null;
    let last = 0;
    for (;;) {
      const done = await this.ds.transaction(async (m) => {
        const claimed = await this.steps.claimCreateChunk(m, imp.id, CHUNK, last);
        if (claimed.length === 0) return last === 0 ? null : (last = 0);
        last = Math.max(...claimed.map((r) => r.row_no));
        const rowNos = claimed.map((r) => r.row_no);
        await this.leads.insertStaged(m, imp.id, rowNos, { ownerId, teamId, createdBy: actor.userId });
        await this.steps.recordCreatedItems(m, imp.id, rowNos);
        await this.steps.auditCreates(m, imp.id, rowNos, { ownerId, actorId: actor.userId, apiKeyId: actor.apiKeyId ?? null });
        await this.steps.timelineCreates(m, imp.id, rowNos, actor.userId);
        // What other domains do with new leads, with the chunk: scoring (one read, one update, so an
        // imported lead lists with its grade whether or not it is routed) and joining the campaign it names.
        await this.createHooks.run(m, 'lead', claimed.map((r) => r.lead_id));
        if (imp.routeLeads) await this.steps.queueRouting(m, imp.id, rowNos);
        return this.steps.addApplied(m, imp.id, 'created_count', claimed.length, CLASSIFIED);
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
        const rows = await this.steps.nextRowsToPatch<LeadColumns & { row_no: number; lead_id: string }>(m, imp.id, imp.dedupPolicy, CHUNK, last);
        if (rows.length === 0) return last === 0 ? null : (last = 0);
        last = rows[rows.length - 1].row_no;
        const leads = await this.leads.lockForPatch(m, rows.map((r) => r.lead_id), { liveOnly: false });
        const byId = new Map(leads.map((l) => [l.id, l]));
        const patches = rows
          .filter((r) => byId.has(r.lead_id))
          .map((r) => ({ row: r, plan: planUpdate(byId.get(r.lead_id)!, r, imp.dedupPolicy as 'update' | 'merge', mapped) }))
          .filter((p) => Object.keys(p.plan.set).length > 0);
        if (patches.length) {
          await this.leads.patchMany(m, patches.map((p) => ({ id: p.row.lead_id, set: p.plan.set })));
          await this.steps.recordPatchedItems(m, imp.id, action, patches.map((p) => ({ id: p.row.lead_id, row_no: p.row.row_no, before: p.plan.before, after: p.plan.set })));
          const changes = patches.map((p) => ({ id: p.row.lead_id, changes: p.plan.changes }));
          const by = { actorId: actor.userId, apiKeyId: actor.apiKeyId ?? null };
          await this.imports.auditPatches(m, changes, 'update', by);
          await this.imports.timelinePatches(m, changes, { importId: imp.id }, actor.userId);
          await this.imports.queueRescores(m, changes, `import:${imp.id}`);
        }
        await this.steps.markApplied(m, imp.id, rows.map((r) => r.row_no));
        const counter: AppliedCounter = imp.dedupPolicy === 'update' ? 'updated_count' : 'merged_count';
        return this.steps.addApplied(m, imp.id, counter, rows.length, CLASSIFIED);
      });
      if (done === null) return;
      if (done > 0) await progress(done);
    }
  }

  private async finish(imp: LeadImportEntity): Promise<void> {
    await this.ds.transaction(async (m) => {
      const done = await this.steps.markDone(m, imp.id);
      if (!done) return;
      await this.steps.dropAppliedRows(m, imp.id);
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
