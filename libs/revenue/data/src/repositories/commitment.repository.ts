import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** An open promise coming due, as the reminder job reads it. */
export interface DueCommitmentRow {
  id: string;
  ownerId: string;
  description: string;
  dueAt: Date;
}

/**
 * The SQL behind the commitment ledger's system work: handovers and reminders. Reads for people go
 * through RevenueRepository.commitments (the scope). Every method runs in the caller's transaction.
 */
@Injectable()
export class CommitmentRepository {
  /** Re-owns the open commitments of `fromUserId` (team follows the new owner); how many moved. Idempotent. */
  async reassignOpen(fromUserId: string, toUserId: string, m: EntityManager): Promise<number> {
    const rows: unknown[] = await m.query(
      `UPDATE commitment SET owner_id = $2, team_id = (SELECT team_id FROM app_user WHERE id = $2), updated_at = now()
        WHERE owner_id = $1 AND status = 'open' AND deleted_at IS NULL RETURNING id`,
      [fromUserId, toUserId],
    );
    // The pg driver answers an UPDATE … RETURNING with [rows, count].
    return (Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows).length;
  }

  /** The owner's open commitments for a handover digest: soonest due first, at most 50. */
  openDigest(ownerId: string, m: EntityManager): Promise<Record<string, unknown>[]> {
    return m.query(
      `SELECT c.id, c.kind, c.description, c.due_at AS "dueAt", a.name AS account FROM commitment c LEFT JOIN account a ON a.id = c.account_id
        WHERE c.owner_id = $1 AND c.status = 'open' AND c.deleted_at IS NULL ORDER BY c.due_at NULLS LAST LIMIT 50`,
      [ownerId],
    );
  }

  /**
   * Open, not yet reminded promises due by a day after `now` (overdue included), locked for this
   * transaction; rows another reminder run holds are skipped, so two runs never remind twice.
   */
  async dueForReminder(now: Date, m: EntityManager): Promise<DueCommitmentRow[]> {
    const rows: { id: string; owner_id: string; description: string; due_at: Date }[] = await m.query(
      `SELECT id, owner_id, description, due_at FROM commitment
        WHERE status = 'open' AND deleted_at IS NULL AND reminded_at IS NULL AND due_at IS NOT NULL AND due_at <= $1::timestamptz + interval '1 day'
        FOR UPDATE SKIP LOCKED`,
      [now],
    );
    return rows.map((r) => ({ id: r.id, ownerId: r.owner_id, description: r.description, dueAt: r.due_at }));
  }

  /** Marks these commitments reminded, so the next run leaves them alone. */
  async markReminded(ids: readonly string[], now: Date, m: EntityManager): Promise<void> {
    await m.query(`UPDATE commitment SET reminded_at = $2 WHERE id = ANY($1::uuid[])`, [[...ids], now]);
  }
}
