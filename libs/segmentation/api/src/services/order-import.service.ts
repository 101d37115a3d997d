import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { publishToOutbox, writeAudit } from '@rapport/shared-database';
import { QUEUES } from '@rapport/shared-queue';
import { isUuid } from '@rapport/shared-util';
import { detectFormat, readRows } from '@rapport/leads-api';
import { checkOrderMapping, type CheckedOrder, type OrderColumnMapping, ordersFromRows, type RowProblem, suggestOrderMapping } from '@rapport/segmentation-domain';
import { OrderImportEntity, OrderRepository } from '@rapport/segmentation-data';
import { OrdersService } from './orders.service';

/** Orders per transaction: a chunk is stored whole or not at all, and progress moves per chunk. */
const CHUNK = 1_000;
/** Problems kept for the report (the count is exact). */
const MAX_PROBLEMS = 1_000;
const PREVIEW = 10;

/**
 * Orders from a CSV or .xlsx file (issue 17 item 1), as lead imports work: upload (columns, preview,
 * suggested mapping), start with a mapping and a choice for unknown customers (create them, or
 * reject their orders), a job on the segmentation queue with progress, a report of bad rows, and
 * undo of the orders the import created. Rerunning the job is safe: orders upsert by external id.
 */
@Injectable()
export class OrderImportService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly orders: OrderRepository,
    private readonly customers: OrdersService,
  ) {}

  private assertImport(actor: Actor): void {
    if (scopeFor(actor, 'order', 'write') === RecordScope.None) throw AppError.forbidden();
  }

  async upload(actor: Actor, file: { originalname: string; buffer: Buffer; size: number } | undefined): Promise<OrderImportEntity> {
    this.assertImport(actor);
    if (!file?.buffer) throw AppError.validation([{ path: 'file', message: 'Attach a CSV or .xlsx file as the multipart field "file".' }]);
    const format = detectFormat(file.buffer, file.originalname ?? '');
    let columns: string[] = [];
    const preview: string[][] = [];
    let total = 0;
    for await (const row of readRows(file.buffer, format)) {
      if (row.rowNo === 1) columns = row.cells.map((c) => c.trim());
      else {
        total++;
        if (preview.length < PREVIEW) preview.push(row.cells);
      }
    }
    if (!columns.length) throw AppError.validation([{ path: 'file', message: 'The file is empty.' }], 'The file is empty.');
    const repo = this.ds.getRepository(OrderImportEntity);
    const row = repo.create({ fileName: (file.originalname || 'orders.csv').slice(0, 200), fileFormat: format, file: file.buffer, columns, preview, totalRows: total, suggestedMapping: suggestOrderMapping(columns), createdBy: actor.userId });
    await repo.insert(row as never);
    return repo.findOneByOrFail({ id: row.id });
  }

  async find(actor: Actor, id: string): Promise<OrderImportEntity | null> {
    if (scopeFor(actor, 'order', 'read') === RecordScope.None || !isUuid(id)) return null;
    const found = await this.ds.getRepository(OrderImportEntity).findOneBy({ id });
    // Imports are their importer's (and everyone's who may import orders for the whole company).
    return found && (found.createdBy === actor.userId || scopeFor(actor, 'order', 'write') === RecordScope.All) ? found : null;
  }

  list(actor: Actor): Promise<OrderImportEntity[]> {
    if (scopeFor(actor, 'order', 'read') === RecordScope.None) return Promise.resolve([]);
    const all = scopeFor(actor, 'order', 'write') === RecordScope.All;
    return this.ds.getRepository(OrderImportEntity).find({ where: all ? {} : { createdBy: actor.userId }, order: { createdAt: 'DESC' }, take: 50 });
  }

  async start(actor: Actor, input: { importId: string; mapping: OrderColumnMapping[]; createCustomers: boolean }): Promise<OrderImportEntity> {
    this.assertImport(actor);
    if (input.createCustomers && scopeFor(actor, 'contact', 'write') === RecordScope.None) throw AppError.validation([{ path: 'input.createCustomers', message: 'You may not create contacts: choose to reject orders of unknown customers.' }]);
    const imp = await this.find(actor, input.importId);
    if (!imp) throw AppError.notFound('The import');
    if (imp.status !== 'uploaded') throw AppError.validation([{ path: 'input.importId', message: 'This import has already been started.' }]);
    const problems = checkOrderMapping(imp.columns, input.mapping);
    if (problems.length) throw AppError.validation(problems);
    const mapping = input.mapping.map(({ column, field }) => ({ column, field }));
    const snapshot = { userId: actor.userId, role: actor.role, teamId: actor.teamId, teamIds: actor.teamIds };
    await this.ds.transaction(async (m) => {
      await m.update(OrderImportEntity, { id: imp.id }, { mapping, createCustomers: input.createCustomers, status: 'queued', actor: snapshot as never });
      await publishToOutbox(m, { queue: QUEUES.segmentation, jobName: 'import-orders', payload: { importId: imp.id }, dedupKey: `import-orders:${imp.id}` });
      await writeAudit(m, actor, { entityType: 'order_import', entityId: imp.id, action: 'start', changes: [{ field: 'mapping', from: null, to: mapping }] });
    });
    return (await this.find(actor, imp.id))!;
  }

  /** The job: reads the file, checks every order, stores the good ones chunk by chunk, reports the rest. */
  async run(importId: string): Promise<{ created: number; updated: number; badRows: number } | null> {
    const imp = await this.ds.getRepository(OrderImportEntity).createQueryBuilder('i').addSelect('i.file').where('i.id = :id', { id: importId }).getOne();
    if (!imp || !['queued', 'running'].includes(imp.status) || !imp.mapping) return null;
    await this.ds.getRepository(OrderImportEntity).update({ id: importId }, { status: 'running', progress: 0 });
    const rows: { rowNo: number; cells: string[] }[] = [];
    for await (const row of readRows(imp.file, imp.fileFormat as never)) if (row.rowNo > 1) rows.push(row);
    const { orders, problems } = ordersFromRows(imp.columns, imp.mapping as OrderColumnMapping[], rows);
    const actor = imp.actor as unknown as Actor;
    let created = 0;
    let updated = 0;
    let customersCreated = 0;
    for (let i = 0; i < orders.length; i += CHUNK) {
      const chunk = orders.slice(i, i + CHUNK);
      const result = await this.ds.transaction(async (m) => {
        const { withCustomer, created: made } = await this.customers.withCustomers(m, actor, chunk, imp.createCustomers);
        const ready: (CheckedOrder & { contactId: string })[] = [];
        withCustomer.forEach((o, i) => {
          if (o.contactId) ready.push(o as CheckedOrder & { contactId: string });
          else if (chunk[i].contactId) problems.push({ row: o.row, column: column(imp, 'contactId'), message: 'is not a contact' });
          else problems.push({ row: o.row, column: column(imp, 'email'), message: 'no contact has this address' });
        });
        const counts = ready.length ? await this.orders.upsert(m, ready, 'import', importId) : { created: 0, updated: 0 };
        return { ...counts, customers: made };
      });
      created += result.created;
      updated += result.updated;
      customersCreated += result.customers;
      await this.ds.getRepository(OrderImportEntity).update({ id: importId }, { progress: Math.floor((100 * Math.min(orders.length, i + CHUNK)) / Math.max(1, orders.length)) });
    }
    const badRows = new Set(problems.map((p) => p.row)).size;
    await this.ds.getRepository(OrderImportEntity).update(
      { id: importId },
      { status: 'succeeded', progress: 100, created, updated, customersCreated, badRows, problems: sortProblems(problems).slice(0, MAX_PROBLEMS) as never, finishedAt: new Date() },
    );
    return { created, updated, badRows };
  }

  async fail(importId: string, error: unknown): Promise<void> {
    const message = error instanceof AppError ? error.message : 'The import failed; the file may be damaged.';
    await this.ds.getRepository(OrderImportEntity).update({ id: importId }, { status: 'failed', error: message, finishedAt: new Date() });
  }

  /** Removes the orders this import created; orders it updated keep their new values (the report says how many). */
  async undo(actor: Actor, id: string): Promise<OrderImportEntity> {
    this.assertImport(actor);
    const imp = await this.find(actor, id);
    if (!imp) throw AppError.notFound('The import');
    if (imp.status !== 'succeeded') throw AppError.validation([{ path: 'input.id', message: 'Only a finished import can be undone.' }]);
    await this.ds.transaction(async (m) => {
      const removed = await this.orders.deleteImported(m, id);
      await m.update(OrderImportEntity, { id }, { status: 'undone', undoneAt: new Date() });
      await writeAudit(m, actor, { entityType: 'order_import', entityId: id, action: 'undo', changes: [{ field: 'ordersRemoved', from: null, to: removed }] });
    });
    return (await this.find(actor, id))!;
  }
}

function column(imp: OrderImportEntity, field: string): string | null {
  return imp.mapping?.find((m) => m.field === field)?.column ?? null;
}

function sortProblems(problems: RowProblem[]): RowProblem[] {
  return [...problems].sort((a, b) => a.row - b.row);
}
