import { Injectable } from '@nestjs/common';
import { Actor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { SALES_ALIAS, SalesObject, SalesRepository } from '@rapport/sales-data';
import { resolveOwner } from './ownership';

export type BulkObject = SalesObject;

/**
 * Bulk assign from a list view: one statement for the rows the caller may change (the same write
 * scope as single edits), a field-level audit row for each, and the ids that were skipped.
 */
@Injectable()
export class BulkService {
  constructor(private readonly repo: SalesRepository) {}

  assign(actor: Actor, input: { objectType: BulkObject; ids: string[]; ownerId: string }) {
    const ids = [...new Set(input.ids)];
    if (ids.length === 0 || ids.length > 500) throw AppError.validation([{ path: 'input.ids', message: 'Choose between 1 and 500 records.' }]);
    return this.repo.ds.transaction(async (m) => {
      const owner = await resolveOwner(m, actor, input.objectType, input.ownerId);
      const a = SALES_ALIAS[input.objectType];
      const writable = (await this.repo.scoped(input.objectType, actor, 'write', m).select(`${a}.id`, 'id').andWhere(`${a}.id IN (:...ids)`, { ids }).getRawMany<{ id: string }>()).map((r) => r.id);
      if (writable.length) {
        // Object names are also the table names.
        const table = input.objectType;
        const before: { id: string; owner_id: string | null }[] = await m.query(`SELECT id, owner_id FROM ${table} WHERE id = ANY($1::uuid[]) FOR UPDATE`, [writable]);
        await m.query(`UPDATE ${table} SET owner_id = $2, team_id = $3, updated_at = now() WHERE id = ANY($1::uuid[])`, [writable, owner.ownerId, owner.teamId]);
        await m.query(
          `INSERT INTO audit_log (entity_type, entity_id, action, changes, actor_id, api_key_id)
           SELECT $1, b.id, 'update', jsonb_build_array(jsonb_build_object('field', 'ownerId', 'from', b.owner_id, 'to', $2::text)), $3, $4
             FROM unnest($5::uuid[], $6::text[]) AS b(id, owner_id) WHERE b.owner_id IS DISTINCT FROM $2::text`,
          [input.objectType, owner.ownerId, actor.userId, actor.apiKeyId ?? null, before.map((b) => b.id), before.map((b) => b.owner_id)],
        );
      }
      return { updated: writable.length, skippedIds: ids.filter((id) => !writable.includes(id)) };
    });
  }
}
