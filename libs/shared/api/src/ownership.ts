import { EntityManager } from 'typeorm';
import { Actor, ObjectName, RecordScope, scopeFor } from '@rapport/shared-domain';
import { UserEntity } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';

/**
 * Who may own a record someone creates or reassigns: yourself always; a member of your team
 * subtree with a team scope; anyone with an all scope. The record's team follows its owner's,
 * so team visibility keeps working after a reassignment.
 */
export async function resolveOwner(
  manager: EntityManager,
  actor: Actor,
  object: ObjectName,
  requestedOwnerId: string | null | undefined,
  path = 'input.ownerId',
): Promise<{ ownerId: string; teamId: string | null }> {
  // Not given, or null (a nullable input field), means the caller.
  const ownerId = requestedOwnerId ?? actor.userId;
  const owner = await manager.findOne(UserEntity, { where: { id: ownerId }, select: { id: true, teamId: true, active: true } });
  if (!owner || !owner.active) throw AppError.validation([{ path, message: 'This user does not exist or is inactive.' }]);
  if (ownerId !== actor.userId) {
    const scope = scopeFor(actor, object, 'write');
    const allowed = scope === RecordScope.All || (scope === RecordScope.Team && owner.teamId !== null && actor.teamIds.includes(owner.teamId));
    if (!allowed) throw AppError.validation([{ path, message: 'You can only assign records to people in your team.' }]);
  }
  return { ownerId, teamId: owner.teamId };
}

export function assertCanCreate(actor: Actor, object: ObjectName): void {
  if (scopeFor(actor, object, 'write') === RecordScope.None) throw AppError.forbidden(`You are not allowed to create ${object} records.`);
}

/** Copies only the keys present in the input (undefined = not sent, null = clear). */
export function pickDefined<T extends object, K extends keyof T>(input: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (input[k] !== undefined) out[k] = input[k];
  return out;
}
