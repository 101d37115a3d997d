import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '@rapport/shared-domain';
import { writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { isUuid } from '@rapport/shared-util';
import { LeadImportEntity, LeadImportRepository, LeadWriter } from '@rapport/leads-data';
import { LeadColumns, planRestore } from './import-update';
import { assertAllowed } from '../services/access';
import { importsVisibleTo } from './lead-import.access';

const CHUNK = 2000;

export interface UndoResult {
  leadImport: LeadImportEntity;
  /** Leads the import created, now deleted (soft, like any deleted lead). */
  removed: number;
  /** Leads the import updated or merged into that got (some of) their old values back. */
  restored: number;
  /** Created leads left alone because they were converted since. */
  kept: number;
}

/**
 * Undo removes exactly what one import did, in one transaction: the leads it created that still
 * exist (soft delete; converted ones stay, since an account and contact now hang off them) and,
 * for leads it updated, the old values of each field the import wrote, unless someone changed
 * that field since. Leads the import didn't create are never deleted.
 */
@Injectable()
export class LeadImportUndoService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly imports: LeadImportRepository,
    private readonly leads: LeadWriter,
  ) {}

  async undo(actor: Actor, importId: string): Promise<UndoResult> {
    assertAllowed(actor, 'leadImport', 'write');
    return this.ds.transaction(async (m) => {
      const imp = isUuid(importId) ? await importsVisibleTo(m, actor, 'write').andWhere('i.id = :id', { id: importId }).setLock('pessimistic_write').getOne() : null;
      if (!imp) throw AppError.notFound('The import');
      if (imp.status === 'undone') throw AppError.validation([{ path: 'input.importId', message: 'This import has already been undone.' }]);
      if (imp.status !== 'done' && imp.status !== 'failed') throw AppError.validation([{ path: 'input.importId', message: 'Wait until the import has finished.' }]);

      const removed = await this.leads.softDeleteImported(m, imp.id);
      await this.imports.auditUndoDeletes(m, removed, imp.id, { actorId: actor.userId, apiKeyId: actor.apiKeyId ?? null });
      const kept = await this.imports.countConvertedCreated(m, imp.id);
      const restored = await this.restoreUpdated(m, actor, imp.id);

      await m.update(LeadImportEntity, { id: imp.id }, { status: 'undone', undoneAt: new Date(), undoneBy: actor.userId, removedCount: removed.length, restoredCount: restored });
      await writeAudit(m, actor, {
        entityType: 'lead_import',
        entityId: imp.id,
        action: 'undo',
        changes: [
          { field: 'removed', from: null, to: removed.length },
          { field: 'restored', from: null, to: restored },
        ],
      });
      return { leadImport: await m.findOneByOrFail(LeadImportEntity, { id: imp.id }), removed: removed.length, restored, kept };
    });
  }

  /** Restores updated leads chunk by chunk (keyset on the lead id), one statement per chunk. */
  private async restoreUpdated(m: EntityManager, actor: Actor, importId: string): Promise<number> {
    let restored = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const items = await this.imports.patchedItems<LeadColumns>(m, importId, after, CHUNK);
      if (items.length === 0) return restored;
      after = items[items.length - 1].lead_id;
      const leads = await this.leads.lockForPatch(m, items.map((i) => i.lead_id), { liveOnly: true });
      const byId = new Map(leads.map((l) => [l.id, l]));
      const patches = items
        .filter((i) => byId.has(i.lead_id))
        .map((i) => ({ id: i.lead_id, plan: planRestore(byId.get(i.lead_id)!, i.before ?? {}, i.after ?? {}) }))
        .filter((p) => Object.keys(p.plan.set).length > 0);
      if (patches.length === 0) continue;
      await this.leads.patchMany(m, patches.map((p) => ({ id: p.id, set: p.plan.set })));
      const changes = patches.map((p) => ({ id: p.id, changes: p.plan.changes }));
      await this.imports.auditPatches(m, changes, 'update', { actorId: actor.userId, apiKeyId: actor.apiKeyId ?? null });
      await this.imports.timelinePatches(m, changes, { undoneImportId: importId }, actor.userId);
      await this.imports.queueRescores(m, changes, `undo-import:${importId}`);
      restored += patches.length;
    }
  }
}
