import { Injectable } from '@nestjs/common';
import { Actor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { SALES_ALIAS, SalesObject, SalesRepository } from '@rapport/sales-data';
import { resolveOwner } from '@rapport/shared-api';

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
        const before = await this.repo.lockOwners(m, input.objectType, writable);
        await this.repo.setOwner(m, input.objectType, writable, owner);
        await this.repo.auditOwnerChanges(m, input.objectType, actor, owner.ownerId, before);
      }
      return { updated: writable.length, skippedIds: ids.filter((id) => !writable.includes(id)) };
    });
  }
}
