import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor } from '@rapport/shared-domain';
import { Page, paginate, publishToOutbox, writeAudit } from '@rapport/shared-database';
import { AppError, isMessageLocale, lookupMessage, MessageLocale, MessageParams, renderMessage, translateMessage } from '@rapport/shared-errors';
import { QUEUES } from '@rapport/shared-queue';
import { decodeCursor, encodeCursor, isUuid } from '@rapport/shared-util';
import { LeadImportColumnMapping, LeadImportEntity, LeadImportMappingEntity, LeadImportPolicy, LeadImportRepository } from '@rapport/leads-data';
import { checkMapping, mappingFits, suggestMapping } from './import-fields';
import { inspectFile } from './import-file';
import { duplicateReason } from './import-row';
import { assertMayImport, liveImportsVisibleTo, mappingsVisibleTo, resolveImportOwner } from './lead-import.access';
import { LeadImportJobService, LeadImportSummary } from './lead-import-job.service';

export interface UploadedImportFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

export interface StartImportInput {
  importId: string;
  mapping: LeadImportColumnMapping[];
  dedupPolicy: LeadImportPolicy;
  saveMappingAs?: string | null;
  routeLeads: boolean;
  ownerId?: string | null;
}

/** One line of the report: a bad row's problem (one per column) or a row skipped as a duplicate. */
export interface ImportProblem {
  row: number;
  column: string | null;
  value: string | null;
  /** In English, for integrators (and the CSV of an English reader). */
  reason: string;
  /** The reason's catalogue key and params, for readers in other languages; null when the reason has none. */
  reasonKey: string | null;
  reasonParams: MessageParams | null;
  kind: 'error' | 'duplicate';
}

/**
 * Lead import as people use it: upload a file (stored with the import row), pick a mapping,
 * start (the job goes through the outbox), follow progress, download the report. The work
 * itself is `LeadImportJobService`; undo is `LeadImportUndoService`.
 */
@Injectable()
export class LeadImportService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly job: LeadImportJobService,
    private readonly repo: LeadImportRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The job body (processor job `import-leads`): idempotent and restartable, see `LeadImportJobService`. */
  run(importId: string, progress: (percent: number) => Promise<unknown>): Promise<LeadImportSummary | null> {
    return this.job.run(importId, progress);
  }

  /**
   * Marks an import failed once the job's retries are used up. The importer reads the reason: an
   * AppError says what was wrong with their file; anything else is ours to fix, and its details
   * stay with the job (BullMQ's failedReason and the worker's log), not on the person's screen.
   */
  fail(importId: string, error: unknown): Promise<void> {
    return this.job.fail(importId, error instanceof AppError ? error.message : renderMessage('leads.importFailed'));
  }

  async upload(actor: Actor, file: UploadedImportFile | undefined): Promise<LeadImportEntity> {
    assertMayImport(actor);
    if (!file?.buffer) throw AppError.validation([{ path: 'file', message: 'Attach a CSV or .xlsx file as the multipart field "file".' }]);
    const inspected = await inspectFile(file.buffer, file.originalname ?? '');
    // A saved mapping that fits this file's columns beats guessing from the headers.
    const saved = await mappingsVisibleTo(this.ds.manager, actor, 'read').orderBy('mp.updated_at', 'DESC').take(50).getMany();
    const fitting = saved.find((s) => mappingFits(s.mapping, inspected.columns));
    const repo = this.ds.getRepository(LeadImportEntity);
    const row = repo.create({
      fileName: cleanFileName(file.originalname),
      fileFormat: inspected.format,
      fileSize: file.size,
      file: file.buffer,
      columns: inspected.columns,
      preview: inspected.preview,
      suggestedMapping: fitting?.mapping ?? suggestMapping(inspected.columns),
      totalRows: inspected.totalRows,
      createdBy: actor.userId,
    });
    await repo.insert(row);
    return repo.findOneByOrFail({ id: row.id });
  }

  async start(actor: Actor, input: StartImportInput): Promise<LeadImportEntity> {
    assertMayImport(actor);
    const id = await this.ds.transaction(async (m) => {
      const imp = isUuid(input.importId) ? await this.visible(m, actor, 'write').andWhere('i.id = :id', { id: input.importId }).setLock('pessimistic_write').getOne() : null;
      if (!imp) throw AppError.notFound('The import');
      if (imp.status !== 'uploaded') throw AppError.validation([{ path: 'input.importId', message: 'This import has already been started.' }]);
      const problems = checkMapping(imp.columns, input.mapping);
      if (problems.length) throw AppError.validation(problems);
      const ownerId = await resolveImportOwner(m, actor, input.ownerId, 'input.ownerId');
      const mapping = input.mapping.map(({ column, field }) => ({ column, field }));
      const name = input.saveMappingAs?.trim();
      if (name) await this.repo.saveMapping(m, name, mapping, actor.userId);
      // The job runs later in the worker with the permissions the importer has now.
      const snapshot: Actor = { userId: actor.userId, role: actor.role, teamId: actor.teamId, teamIds: actor.teamIds, apiKeyScopes: actor.apiKeyScopes, apiKeyId: actor.apiKeyId };
      await m.update(LeadImportEntity, { id: imp.id }, { mapping, dedupPolicy: input.dedupPolicy, routeLeads: input.routeLeads, ownerId, actor: snapshot as never, status: 'queued' });
      await publishToOutbox(m, { queue: QUEUES.leads, jobName: 'import-leads', payload: { importId: imp.id }, dedupKey: `import-leads:${imp.id}` });
      await writeAudit(m, actor, {
        entityType: 'lead_import',
        entityId: imp.id,
        action: 'start',
        changes: [
          { field: 'mapping', from: null, to: mapping },
          { field: 'dedupPolicy', from: null, to: input.dedupPolicy },
          { field: 'ownerId', from: null, to: ownerId },
        ],
      });
      return imp.id;
    });
    return this.ds.getRepository(LeadImportEntity).findOneByOrFail({ id });
  }

  list(actor: Actor, args: { first?: number | null; after?: string | null }): Promise<Page<LeadImportEntity>> {
    return paginate(
      this.visible(this.ds.manager, actor, 'read'),
      [
        { column: 'i.created_at', cast: 'timestamptz', direction: 'DESC', read: (i) => i.createdAt },
        { column: 'i.id', cast: 'uuid', direction: 'DESC', read: (i) => i.id },
      ],
      args,
      this.config.pageSizeMax,
    );
  }

  find(actor: Actor, id: string, action: 'read' | 'write' = 'read'): Promise<LeadImportEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.visible(this.ds.manager, actor, action).andWhere('i.id = :id', { id }).getOne();
  }

  /**
   * Deletes the abandoned uploads (never started within LEAD_IMPORT_UPLOAD_TTL_HOURS), stored file
   * and all, in one statement: part of the nightly purge. Returns how many were deleted.
   */
  expireUploads(): Promise<number> {
    return this.repo.deleteExpiredUploads(this.config.leadImportUploadTtlHours);
  }

  /** The imports `actor` may see, without abandoned uploads. */
  private visible(m: EntityManager, actor: Actor, action: 'read' | 'write') {
    return liveImportsVisibleTo(m, actor, action, this.config.leadImportUploadTtlHours);
  }

  mappings(actor: Actor): Promise<LeadImportMappingEntity[]> {
    return mappingsVisibleTo(this.ds.manager, actor, 'read').orderBy('mp.name').addOrderBy('mp.id').getMany();
  }

  async deleteMapping(actor: Actor, id: string): Promise<string> {
    const found = isUuid(id) ? await mappingsVisibleTo(this.ds.manager, actor, 'write').andWhere('mp.id = :id', { id }).getOne() : null;
    if (!found) throw AppError.notFound('The saved mapping');
    await this.ds.getRepository(LeadImportMappingEntity).delete({ id });
    return id;
  }

  /**
   * The report, keyset-paged by (row, position in the row). Bad rows give one line per problem;
   * duplicates one line naming what they matched (never the id: the matched lead may be invisible).
   */
  async problems(imp: LeadImportEntity, args: { first?: number | null; after?: string | null }): Promise<Page<ImportProblem>> {
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 0 || first > this.config.pageSizeMax) {
      throw AppError.validation([{ path: 'first', message: `must be between 0 and ${this.config.pageSizeMax}` }]);
    }
    const cursor = args.after ? decodeCursor(args.after, 2) : [0, 0];
    if (!cursor || typeof cursor[0] !== 'number' || typeof cursor[1] !== 'number') throw AppError.validation([{ path: 'after', message: 'is not a valid cursor' }]);
    const rows = await this.problemRows(imp, cursor as [number, number], first + 1);
    const edges = rows.slice(0, first).map((r) => ({ node: r.problem, cursor: encodeCursor([r.problem.row, r.ord]) }));
    let total: Promise<number> | undefined;
    const repo = this.repo;
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: Boolean(args.after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      // Lazy like every connection's count: the query runs only when `totalCount` is selected.
      get totalCount() {
        return (total ??= repo.problemCount(imp.id));
      },
    };
  }

  /**
   * The language of the CSV report's reasons: the one asked for with `?lang=` (the SPA sends its
   * own: a download link carries the browser's Accept-Language, not the app's choice), else the
   * request's language as for configured names (`requestLocale`: Accept-Language, else the
   * signed-in person's saved language, nothing for an API key), else English.
   */
  reportLocale(requested: string | undefined, requestLanguage: string | null): MessageLocale {
    if (requested === undefined) return isMessageLocale(requestLanguage) ? requestLanguage : 'en';
    if (!isMessageLocale(requested)) throw AppError.validation([{ path: 'lang', message: 'must be one of: en, zh-CN, zh-TW' }]);
    return requested;
  }

  /** Every problem, in pages, for the CSV download (reasons in `locale`): memory stays flat whatever the report's size. */
  async *reportLines(imp: LeadImportEntity, locale: MessageLocale = 'en'): AsyncGenerator<ImportProblem> {
    let cursor: [number, number] = [0, 0];
    for (;;) {
      const rows = await this.problemRows(imp, cursor, 5000);
      for (const { problem: p } of rows) yield { ...p, reason: translateMessage(locale, p.reasonKey, p.reasonParams, p.reason) };
      if (rows.length < 5000) return;
      const last = rows[rows.length - 1];
      cursor = [last.problem.row, last.ord];
    }
  }

  private async problemRows(imp: LeadImportEntity, after: [number, number], limit: number): Promise<{ ord: number; problem: ImportProblem }[]> {
    const rows = await this.repo.problemRows(imp.id, after, limit);
    const columnOf = (field: string | null) => imp.mapping.find((x) => x.field === (field === 'phone' ? 'phone' : 'email'))?.column ?? null;
    return rows.map((r) => {
      if (r.kind === 'duplicate') {
        const why = duplicateReason(r.match_kind, r.match_on, r.match_row);
        const problem: ImportProblem = { row: r.row_no, column: r.match_on ? columnOf(r.match_on) : null, value: r.match_on ? r.value : null, ...reasonMembers(why.message, why.messageKey, why.params), kind: 'duplicate' };
        return { ord: r.ord, problem };
      }
      // Rows staged before reasons carried keys: the catalogue still knows their English.
      const known = r.reason_key ? null : lookupMessage(r.reason ?? '');
      const problem: ImportProblem = {
        row: r.row_no,
        column: r.col,
        value: r.value,
        ...reasonMembers(r.reason ?? '', r.reason_key ?? known?.messageKey, r.reason_key ? r.reason_params : known?.params),
        kind: 'error',
      };
      return { ord: r.ord, problem };
    });
  }
}

function reasonMembers(reason: string, key: string | null | undefined, params: MessageParams | null | undefined): Pick<ImportProblem, 'reason' | 'reasonKey' | 'reasonParams'> {
  return { reason, reasonKey: key ?? null, reasonParams: key && params && Object.keys(params).length ? params : null };
}

/** A display name only: no path, no control characters, a sane length. */
function cleanFileName(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || 'upload').slice(0, 200);
}
