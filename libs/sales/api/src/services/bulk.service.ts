import { Injectable } from '@nestjs/common';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { SalesRepository } from '@rapport/sales-data';
import { resolveOwner } from './ownership';

export type BulkObject = 'account' | 'contact' | 'lead' | 'opportunity' | 'activity';
const TABLE: Record<BulkObject, string> = { account: 'account', contact: 'contact', lead: 'lead', opportunity: 'opportunity', activity: 'activity' };

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
      const writable = (await this.scoped(actor, input.objectType, m).select('id').andWhere('id IN (:...ids)', { ids }).getRawMany<{ id: string }>()).map((r) => r.id);
      if (writable.length) {
        const table = TABLE[input.objectType];
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

  private scoped(actor: Actor, object: BulkObject, m: typeof this.repo.ds.manager): SelectQueryBuilder<ObjectLiteral> {
    const map = {
      account: () => this.repo.accounts(actor, 'write', m),
      contact: () => this.repo.contacts(actor, 'write', m),
      lead: () => this.repo.leads(actor, 'write', m),
      opportunity: () => this.repo.opportunities(actor, 'write', m),
      activity: () => this.repo.activities(actor, 'write', m),
    };
    return map[object]() as SelectQueryBuilder<ObjectLiteral>;
  }
}
