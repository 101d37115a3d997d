import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export type MergeableObject = 'account' | 'contact' | 'lead';

/** Every column elsewhere that points at a record of the object (a new reference belongs here). */
const REFERENCES: Record<MergeableObject, [table: string, column: string][]> = {
  account: [['contact', 'account_id'], ['opportunity', 'account_id'], ['activity', 'account_id'], ['account', 'parent_account_id'], ['lead', 'converted_account_id']],
  contact: [['activity', 'contact_id'], ['opportunity', 'primary_contact_id'], ['lead', 'converted_contact_id']],
  lead: [['activity', 'lead_id']],
};

/**
 * The SQL of a merge (MergeService keeps the field choices, audit and timeline). Every method runs
 * on the merge's transaction, after the service has locked the records through the write scope.
 */
@Injectable()
export class MergeRepository {
  /** Points every reference to a merged record at the survivor instead. */
  async repointReferences(m: EntityManager, object: MergeableObject, survivorId: string, mergedIds: string[]) {
    for (const [table, column] of REFERENCES[object]) {
      await m.query(`UPDATE ${table} SET ${column} = $1 WHERE ${column} = ANY($2::uuid[])`, [survivorId, mergedIds]);
    }
  }

  /** The merged records' timeline events become the survivor's. */
  async moveTimeline(m: EntityManager, object: MergeableObject, survivorId: string, mergedIds: string[]) {
    await m.query(`UPDATE timeline_event SET subject_id = $1 WHERE subject_type = $2 AND subject_id = ANY($3::uuid[])`, [survivorId, object, mergedIds]);
  }

  /** Shares move over unless the survivor already has the same one; those left behind are dropped. */
  async moveShares(m: EntityManager, object: MergeableObject, survivorId: string, mergedIds: string[]) {
    await m.query(
      `UPDATE record_share s SET record_id = $1 WHERE object_type = $2 AND record_id = ANY($3::uuid[])
         AND NOT EXISTS (SELECT 1 FROM record_share t WHERE t.object_type = s.object_type AND t.record_id = $1
                          AND t.user_id IS NOT DISTINCT FROM s.user_id AND t.team_id IS NOT DISTINCT FROM s.team_id)`,
      [survivorId, object, mergedIds],
    );
    await m.query(`DELETE FROM record_share WHERE object_type = $1 AND record_id = ANY($2::uuid[])`, [object, mergedIds]);
  }
}
