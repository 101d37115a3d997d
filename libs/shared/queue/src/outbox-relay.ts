import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

interface OutboxRow {
  id: string;
  queue: string;
  job_name: string;
  payload: Record<string, unknown>;
}

/**
 * Moves committed outbox rows into BullMQ. Rows are claimed with SKIP LOCKED so several worker
 * replicas can relay at once; the job id is derived from the outbox row, so a relay that dies
 * after enqueueing but before marking the row re-adds the same id and BullMQ ignores it.
 */
export class OutboxRelay {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queueFor: (name: string) => Queue | undefined,
    private readonly batchSize = 200,
  ) {}

  /** Relays one batch; returns how many rows were dispatched. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, queue, job_name, payload FROM outbox
          WHERE dispatched_at IS NULL
          ORDER BY id
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      const done: string[] = [];
      const failed: { id: string; error: string }[] = [];
      for (const row of rows) {
        const queue = this.queueFor(row.queue);
        if (!queue) {
          failed.push({ id: row.id, error: `unknown queue "${row.queue}"` });
          continue;
        }
        try {
          await queue.add(row.job_name, row.payload, { jobId: outboxJobId(row.id) });
          done.push(row.id);
        } catch (err) {
          failed.push({ id: row.id, error: String(err).slice(0, 500) });
        }
      }
      if (done.length > 0) {
        await manager.query(`UPDATE outbox SET dispatched_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [done]);
      }
      for (const f of failed) {
        await manager.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [f.id, f.error]);
      }
      return done.length;
    });
  }

  /** Relays until the outbox is empty (bulk hand-offs arrive in bursts). */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.relayOnce();
      total += n;
      if (n < this.batchSize) return total;
    }
  }
}

export function outboxJobId(outboxId: string | number): string {
  return `outbox-${outboxId}`;
}
