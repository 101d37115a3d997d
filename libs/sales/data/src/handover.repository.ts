import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { HandoverObject } from './entities/handover.entity';

/** What moves, per object: the open part of a book (closed deals and done tasks keep their history). */
const MOVES: Record<HandoverObject, { table: string; open: string }> = {
  leads: { table: 'lead', open: `status NOT IN ('converted', 'unqualified')` },
  opportunities: { table: 'opportunity', open: 'closed_at IS NULL' },
  accounts: { table: 'account', open: 'TRUE' },
  contacts: { table: 'contact', open: 'TRUE' },
  tasks: { table: 'activity', open: 'done = false' },
};

/** The objects a handover moves, in the order it moves them. */
export const HANDOVER_OBJECTS = Object.keys(MOVES) as HandoverObject[];

/** A digest row as the notification payload carries it (column names are the payload's keys). */
type DigestRow = Record<string, unknown>;

/**
 * The SQL of a book handover (HandoverService keeps the rules, the chunking and the digest). Every
 * method runs on the caller's transaction; none applies a visibility scope: the job works for the
 * system on a handover a manager was allowed to start.
 */
@Injectable()
export class HandoverRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  /**
   * Moves up to `limit` open records of one object from `fromUserId` to `toUserId` (and the new
   * owner's team); returns the ids moved. Rows another transaction holds are skipped, not waited
   * for, and only rows still owned by the old owner move, so a re-run is safe.
   */
  async moveChunk(m: EntityManager, object: HandoverObject, fromUserId: string, toUserId: string, limit: number): Promise<string[]> {
    const { table, open } = MOVES[object];
    const result = await m.query(
      `UPDATE ${table} t SET owner_id = $2, team_id = (SELECT team_id FROM app_user WHERE id = $2), updated_at = now()
        WHERE t.id IN (SELECT id FROM ${table} WHERE owner_id = $1 AND deleted_at IS NULL AND ${open} LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING t.id`,
      [fromUserId, toUserId, limit],
    );
    // TypeORM returns [rows, affectedCount] for UPDATE … RETURNING on PostgreSQL.
    const rows: { id: string }[] = Array.isArray(result[0]) ? result[0] : result;
    return rows.map((r) => r.id);
  }

  /** One `transfer` audit row per moved record, in one statement (a chunk is up to thousands of rows). */
  async auditTransfers(m: EntityManager, object: HandoverObject, ids: string[], t: { fromUserId: string; toUserId: string; actorId: string }) {
    await m.query(
      `INSERT INTO audit_log (entity_type, entity_id, action, changes, actor_id)
       SELECT $1, id, 'transfer', jsonb_build_array(jsonb_build_object('field', 'ownerId', 'from', $2::text, 'to', $3::text)), $4 FROM unnest($5::uuid[]) AS id`,
      [MOVES[object].table, t.fromUserId, t.toUserId, t.actorId, ids],
    );
  }

  async addMoved(m: EntityManager, handoverId: string, count: number) {
    await m.query(`UPDATE handover SET moved = moved + $2 WHERE id = $1`, [handoverId, count]);
  }

  async markDone(m: EntityManager, handoverId: string) {
    await m.query(`UPDATE handover SET status = 'done', finished_at = now() WHERE id = $1`, [handoverId]);
  }

  async deactivateUser(m: EntityManager, userId: string) {
    await m.query(`UPDATE app_user SET active = false, updated_at = now() WHERE id = $1`, [userId]);
  }

  async revokeSessions(m: EntityManager, userId: string) {
    await m.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }

  /** What a person still owns that a handover would move, per object. */
  async ownedCounts(m: EntityManager, userId: string): Promise<Record<HandoverObject, number>> {
    const counts = {} as Record<HandoverObject, number>;
    for (const object of HANDOVER_OBJECTS) {
      const { table, open } = MOVES[object];
      const [row] = await m.query(`SELECT count(*)::int AS n FROM ${table} WHERE owner_id = $1 AND deleted_at IS NULL AND ${open}`, [userId]);
      counts[object] = row.n;
    }
    return counts;
  }

  async userName(m: EntityManager, userId: string): Promise<string | null> {
    const [row] = await m.query(`SELECT name FROM app_user WHERE id = $1`, [userId]);
    return row?.name ?? null;
  }

  // The digest reads what the audit rows say was transferred from `fromUserId` to `toUserId`.

  /** Deals handed from one person to another, soonest close first (at most 50). */
  transferredDeals(m: EntityManager, fromUserId: string, toUserId: string): Promise<DigestRow[]> {
    return m.query(
      `SELECT o.id, o.name, o.amount, o.currency, o.next_step AS "nextStep", o.close_date AS "closeDate", s.name AS stage
         FROM audit_log a JOIN opportunity o ON o.id = a.entity_id JOIN stage s ON s.id = o.stage_id
        WHERE a.entity_type = 'opportunity' AND a.action = 'transfer' AND a.changes->0->>'to' = $1 AND a.changes->0->>'from' = $2
        ORDER BY o.close_date NULLS LAST LIMIT 50`,
      [toUserId, fromUserId],
    );
  }

  /** Open tasks handed over that the new owner still owns, soonest due first (at most 50). */
  transferredOpenTasks(m: EntityManager, fromUserId: string, toUserId: string): Promise<DigestRow[]> {
    return m.query(
      `SELECT id, subject, due_at AS "dueAt" FROM activity WHERE owner_id = $1 AND done = false AND type = 'task' AND id IN
         (SELECT entity_id FROM audit_log WHERE entity_type = 'activity' AND action = 'transfer' AND changes->0->>'from' = $2)
        ORDER BY due_at NULLS LAST LIMIT 50`,
      [toUserId, fromUserId],
    );
  }

  /** The last 30 days of activity on the accounts a person owns, newest first (at most 20). */
  recentAccountActivity(m: EntityManager, ownerId: string): Promise<DigestRow[]> {
    return m.query(
      `SELECT a.id, a.type, a.subject, a.occurred_at AS "occurredAt" FROM activity a
        WHERE a.account_id IN (SELECT id FROM account WHERE owner_id = $1) AND a.occurred_at > now() - interval '30 days'
        ORDER BY a.occurred_at DESC LIMIT 20`,
      [ownerId],
    );
  }
}
