import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Action, Actor, reachesUser, RecordScope, scopeFor } from '@rapport/shared-domain';
import { applyScope, UserEntity } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { EXPIRED_UPLOAD, LeadImportEntity, LeadImportMappingEntity } from '@rapport/leads-data';
import { assertAllowed } from '../services/access';

/**
 * Imports belong to whoever uploaded them: `leadImport` scope Own sees and undoes only one's own
 * imports, All sees every import. The same scope SQL as every other record (`applyScope`), with
 * the uploader as the owner.
 */
export function importsVisibleTo(m: EntityManager, actor: Actor, action: Action): SelectQueryBuilder<LeadImportEntity> {
  return applyScope(m.getRepository(LeadImportEntity).createQueryBuilder('i'), actor, 'leadImport', action, { owner: 'i.created_by', team: null });
}

/**
 * Without abandoned uploads (`EXPIRED_UPLOAD`, leads-data: never started within
 * `LEAD_IMPORT_UPLOAD_TTL_HOURS`), which are neither listed, nor found, nor startable, whether or
 * not the nightly purge has deleted them yet.
 */
export function liveImportsVisibleTo(m: EntityManager, actor: Actor, action: Action, uploadTtlHours: number): SelectQueryBuilder<LeadImportEntity> {
  return importsVisibleTo(m, actor, action).andWhere(`NOT (${EXPIRED_UPLOAD})`, { uploadTtlHours });
}

export function mappingsVisibleTo(m: EntityManager, actor: Actor, action: Action): SelectQueryBuilder<LeadImportMappingEntity> {
  return applyScope(m.getRepository(LeadImportMappingEntity).createQueryBuilder('mp'), actor, 'leadImport', action, { owner: 'mp.created_by', team: null });
}

/** Importing creates leads: the importer needs both the import permission and lead write access. */
export function assertMayImport(actor: Actor): void {
  assertAllowed(actor, 'leadImport', 'write');
  if (scopeFor(actor, 'lead', 'write') === RecordScope.None) throw AppError.forbidden('You are not allowed to create leads.');
}

/**
 * Who may own the imported leads: oneself; a member of one's team subtree with a team lead scope;
 * anyone with an all scope (the rule `createLead` applies to `ownerId`).
 */
export async function resolveImportOwner(m: EntityManager, actor: Actor, requested: string | undefined | null, path: string): Promise<string> {
  const ownerId = requested ?? actor.userId;
  const owner = await m.findOne(UserEntity, { where: { id: ownerId }, select: { id: true, teamId: true, active: true } });
  if (!owner || !owner.active) throw AppError.validation([{ path, message: 'This user does not exist or is inactive.' }]);
  if (!reachesUser(actor, 'lead', 'write', owner)) {
    throw AppError.validation([{ path, message: 'You can only give imported leads to people in your team.' }]);
  }
  return ownerId;
}
