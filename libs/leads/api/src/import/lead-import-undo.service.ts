import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '@rapport/shared-domain';
import { writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { isUuid } from '@rapport/shared-util';
import { LeadImportEntity } from '@rapport/leads-data';
import { LEAD_UPDATE_COLUMNS, LeadColumns, planRestore } from './import-update';
import { assertAllowed } from '../services/access';
import { importsVisibleTo } from './lead-import.access';
import * as sql from './lead-import.sql';

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
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async undo(actor: Actor, importId: string): Promise<UndoResult> {
    assertAllowed(actor, 'leadImport', 'write');
    return this.ds.transaction(async (m) => {
      const imp = isUuid(importId) ? await importsVisibleTo(m, actor, 'write').andWhere('i.id = :id', { id: importId }).setLock('pessimistic_write').getOne() : null;
      if (!imp) throw AppError.notFound('The import');
      if (imp.status === 'undone') throw AppError.validation([{ path: 'input.importId', message: 'This import has already been undone.' }]);
      if (imp.status !== 'done' && imp.status !== 'failed') throw AppError.validation([{ path: 'input.importId', message: 'Wait until the import has finished.' }]);

      const removed = sql.rowsOf<{ id: string }>(
        await m.query(
          `UPDATE lead l SET deleted_at = now(), updated_at = now() FROM lead_import_item i
            WHERE i.import_id = $1 AND i.action = 'created' AND l.id = i.lead_id AND l.deleted_at IS NULL AND l.status <> 'converted'
           RETURNING l.id`,
          [imp.id],
        ),
      ).map((r) => r.id);
      await m.query(
        `INSERT INTO audit_log (entity_type, entity_id, action, changes, actor_id, api_key_id)
         SELECT 'lead', id, 'delete', jsonb_build_array(jsonb_build_object('field', 'importId', 'from', $2::text, 'to', NULL)), $3, $4 FROM unnest($1::uuid[]) AS id`,
        [removed, imp.id, actor.userId, actor.apiKeyId ?? null],
      );
      const [{ kept }] = await m.query(
        `SELECT count(*)::int AS kept FROM lead_import_item i JOIN lead l ON l.id = i.lead_id
          WHERE i.import_id = $1 AND i.action = 'created' AND l.deleted_at IS NULL AND l.status = 'converted'`,
        [imp.id],
      );
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
      const items: { lead_id: string; before: LeadColumns; after: LeadColumns }[] = await m.query(
        `SELECT lead_id, before, after FROM lead_import_item WHERE import_id = $1 AND action IN ('updated', 'merged') AND lead_id > $2 ORDER BY lead_id LIMIT $3`,
        [importId, after, CHUNK],
      );
      if (items.length === 0) return restored;
      after = items[items.length - 1].lead_id;
      const leads: (LeadColumns & { id: string })[] = await m.query(
        `SELECT id, ${LEAD_UPDATE_COLUMNS.join(', ')} FROM lead WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL ORDER BY id FOR UPDATE`,
        [items.map((i) => i.lead_id)],
      );
      const byId = new Map(leads.map((l) => [l.id, l]));
      const patches = items
        .filter((i) => byId.has(i.lead_id))
        .map((i) => ({ id: i.lead_id, plan: planRestore(byId.get(i.lead_id)!, i.before ?? {}, i.after ?? {}) }))
        .filter((p) => Object.keys(p.plan.set).length > 0);
      if (patches.length === 0) continue;
      await m.query(sql.PATCH_LEADS, [JSON.stringify(patches.map((p) => ({ id: p.id, s: p.plan.set })))]);
      const changes = JSON.stringify(patches.map((p) => ({ id: p.id, changes: p.plan.changes })));
      await m.query(sql.AUDIT_PATCHES, [changes, 'update', actor.userId, actor.apiKeyId ?? null]);
      await m.query(sql.TIMELINE_PATCHES, [changes, JSON.stringify({ undoneImportId: importId }), actor.userId]);
      await m.query(sql.RESCORE_PATCHED, [changes, `undo-import:${importId}`]);
      restored += patches.length;
    }
  }
}
