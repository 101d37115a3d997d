import { Injectable } from '@nestjs/common';
import { In, ObjectLiteral } from 'typeorm';
import { Actor, mergeableKeys } from '@rapport/shared-domain';
import { MergeHooks } from '@rapport/shared-api';
import { appendTimeline, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { ACCOUNT, CONTACT, LEAD, leadIdentity, normalizeCompanyName, normalizePersonName } from '@rapport/sales-domain';
import { AccountEntity, ContactEntity, LeadEntity, MergeableObject, MergeRepository, SALES_ALIAS, SalesRepository } from '@rapport/sales-data';

export type { MergeableObject };

/** Fields a person may pick per object (the references to re-point are MergeRepository's). */
const SPEC: Record<MergeableObject, { entity: new () => ObjectLiteral; fields: string[] }> = {
  account: {
    entity: AccountEntity,
    fields: mergeableKeys(ACCOUNT),
  },
  contact: {
    entity: ContactEntity,
    fields: mergeableKeys(CONTACT),
  },
  lead: {
    entity: LeadEntity,
    fields: mergeableKeys(LEAD),
  },
};

/**
 * Merges duplicates into one survivor in a single transaction: the chosen field values are
 * copied, every reference (contacts, deals, activities, timeline, shares…) is re-pointed, the
 * merged records are soft-deleted, and both sides are audited. Nothing is left orphaned.
 */
@Injectable()
export class MergeService {
  constructor(
    private readonly repo: SalesRepository,
    private readonly merges: MergeRepository,
    private readonly mergeHooks: MergeHooks,
  ) {}

  merge(actor: Actor, input: { objectType: MergeableObject; survivorId: string; mergedIds: string[]; fieldChoices?: { field: string; fromId: string }[] }) {
    const spec = SPEC[input.objectType];
    const mergedIds = [...new Set(input.mergedIds)].filter((id) => id !== input.survivorId);
    if (mergedIds.length === 0) throw AppError.validation([{ path: 'input.mergedIds', message: 'Choose at least one other record to merge.' }]);
    const bad = (input.fieldChoices ?? []).map((c, i) => ({ c, i })).filter(({ c }) => !spec.fields.includes(c.field) || ![input.survivorId, ...mergedIds].includes(c.fromId));
    if (bad.length) throw AppError.validation(bad.map(({ i }) => ({ path: `input.fieldChoices.${i}`, message: 'Pick a mergeable field from one of the records being merged.' })));

    return this.repo.ds.transaction(async (m) => {
      const ids = [input.survivorId, ...mergedIds];
      const rows = await this.repo.scoped(input.objectType, actor, 'write', m).andWhere(`${SALES_ALIAS[input.objectType]}.id IN (:...ids)`, { ids }).setLock('pessimistic_write').getMany();
      if (rows.length !== ids.length) throw AppError.notFound('One of the records');
      const byId = new Map(rows.map((r) => [r['id'] as string, r]));
      const survivor = byId.get(input.survivorId)!;

      const patch: Record<string, unknown> = {};
      const changes = [];
      for (const choice of input.fieldChoices ?? []) {
        const value = byId.get(choice.fromId)![choice.field];
        if (JSON.stringify(value) !== JSON.stringify(survivor[choice.field])) {
          patch[choice.field] = value;
          changes.push({ field: choice.field, from: survivor[choice.field], to: value });
        }
      }
      Object.assign(patch, derived(input.objectType, { ...survivor, ...patch }, rows));
      if (Object.keys(patch).length) await m.update(spec.entity, { id: survivor['id'] }, patch);

      await this.merges.repointReferences(m, input.objectType, survivor['id'], mergedIds);
      await this.merges.moveTimeline(m, input.objectType, survivor['id'], mergedIds);
      await this.merges.moveShares(m, input.objectType, survivor['id'], mergedIds);
      // Other domains' rows about these people (campaign memberships) follow them.
      await this.mergeHooks.run(m, input.objectType, survivor['id'], mergedIds);
      await m.softDelete(spec.entity, { id: In(mergedIds) });

      await writeAudit(m, actor, { entityType: input.objectType, entityId: survivor['id'], action: 'merge', changes: [...changes, { field: 'mergedIds', from: null, to: mergedIds }] });
      for (const id of mergedIds) await writeAudit(m, actor, { entityType: input.objectType, entityId: id, action: 'merged_into', changes: [{ field: 'survivorId', from: null, to: survivor['id'] }] });
      await appendTimeline(m, actor, { subjectType: input.objectType, subjectId: survivor['id'], eventType: 'record.merged', payload: { mergedIds, fields: changes.map((c) => c.field) } });
      return m.findOneByOrFail(spec.entity, { id: survivor['id'] });
    });
  }
}


/** Values that follow from others: normalised names, and a contact keeps every address and number. */
function derived(object: MergeableObject, merged: ObjectLiteral, all: ObjectLiteral[]): Record<string, unknown> {
  if (object === 'account') return { nameNormalized: normalizeCompanyName(merged['name']) };
  if (object === 'lead') {
    // A phone taken from a duplicate brings its folded form, which duplicate detection matches on.
    const { nameNormalized, companyNormalized, phoneNormalized } = leadIdentity(merged as Parameters<typeof leadIdentity>[0]);
    return { nameNormalized, companyNormalized, phoneNormalized };
  }
  // The survivor's own values stay first (its primary email stays primary).
  const survivorFirst = (key: string) => [...new Set([...(merged[key] as string[]), ...all.flatMap((r) => r[key] as string[])])];
  return {
    nameNormalized: normalizePersonName(merged['firstName'], merged['lastName']),
    emails: survivorFirst('emails'),
    phones: survivorFirst('phones'),
    phonesNormalized: survivorFirst('phonesNormalized'),
  };
}
