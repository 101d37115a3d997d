import type { DataSource } from 'typeorm';
import { Actor, ObjectName, RecordFacts, shareCouldMatter, ShareAccess } from '@rapport/shared-domain';
import { shareAccessByIds } from '@rapport/shared-database';
import type { Loaders } from './request-context';

/**
 * The facts `viewerCan` fields decide from: the row's owner and team as loaded, plus its share
 * with the viewer only when a share could change a write decision — batched per request, so a
 * list page costs at most one share query per type, and none for an admin or a row one owns.
 */
export async function viewerFacts(
  loaders: Loaders,
  ds: DataSource,
  actor: Actor,
  object: ObjectName,
  row: { id: string; ownerId: string | null; teamId: string | null },
): Promise<RecordFacts> {
  const facts = { ownerId: row.ownerId, teamId: row.teamId };
  if (!shareCouldMatter(actor, object, 'write', facts)) return facts;
  const sharedAccess = await loaders.get<ShareAccess>(`share.${object}`, (ids) => shareAccessByIds(ds.manager, actor, object, ids)).load(row.id);
  return { ...facts, sharedAccess };
}
