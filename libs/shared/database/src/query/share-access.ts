import { EntityManager } from 'typeorm';
import { Actor, ObjectName, ShareAccess } from '@rapport/shared-domain';

/**
 * The widest share of each record with the actor or the actor's own team — the same rows the
 * scope SQL (`visibility.ts`) counts — in one statement for a whole page of records, null where
 * there is none. Callers ask `shareCouldMatter` first, so rows the table alone decides cost nothing.
 */
export async function shareAccessByIds(manager: EntityManager, actor: Actor, object: ObjectName, ids: readonly string[]): Promise<(ShareAccess | null)[]> {
  const rows: { record_id: string; write: boolean }[] = await manager.query(
    `SELECT record_id, bool_or(access = 'write') AS write FROM record_share
      WHERE object_type = $1 AND record_id = ANY($2::uuid[]) AND (user_id = $3 OR ($4::uuid IS NOT NULL AND team_id = $4::uuid))
      GROUP BY record_id`,
    [object, [...ids], actor.userId, actor.teamId],
  );
  const byId = new Map(rows.map((r) => [r.record_id, r.write ? ('write' as const) : ('read' as const)]));
  return ids.map((id) => byId.get(id) ?? null);
}
