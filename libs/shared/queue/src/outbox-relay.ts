import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { OUTBOX_IDS_KEY } from './outbox-ack';

interface OutboxRow {
  id: string;
  queue: string;
  job_name: string;
  payload: Record<string, unknown>;
  redispatches: number;
}

/**
 * How rows of one job name are handed over as a single job: `as` is the batch job's name and
 * `merge` builds its payload from the rows' payloads (in outbox order).
 */
export interface Coalescing {
  as: string;
  merge: (payloads: Record<string, unknown>[]) => Record<string, unknown>;
}

/**
 * Moves committed outbox rows into BullMQ. Rows are claimed with SKIP LOCKED so several worker
 * replicas can relay at once; the job id is derived from the outbox row, so a relay that dies
 * after enqueueing but before marking the row re-adds the same id and BullMQ ignores it.
 * Job names listed in `coalesce` go as one job per claimed batch (e.g. 200 `assign-lead` rows →
 * one `assign-leads`): a queue job costs far more than routing one lead. Such a job's id names
 * its first and last row; should a relay die before marking, the next claim may differ and the
 * rows go out twice, which is safe only because batch handlers are idempotent per item (or it may
 * keep the first and last row but not those between, and BullMQ drops it as a duplicate: the
 * reconciler re-sends a row that its job does not list).
 * Each job lists the rows it carries (`outboxIds`) and each row records its job (`job_id`): the
 * worker marks the rows done when the job completes, and the reconciler re-sends a row whose job
 * the queue store lost, as a row pending again whose next job id names the re-send (docs/adr/0009).
 */
export class OutboxRelay {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queueFor: (name: string) => Queue | undefined,
    private readonly batchSize = 200,
    private readonly coalesce: Record<string, Coalescing> = {},
  ) {}

  /** Relays one batch; returns how many rows were dispatched. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, queue, job_name, payload, redispatches FROM outbox
          WHERE dispatched_at IS NULL
          ORDER BY id
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      const done: { id: string; jobId: string }[] = [];
      const failed: { id: string; error: string }[] = [];
      for (const group of this.groups(rows)) {
        const ids = group.rows.map((r) => r.id);
        const queue = this.queueFor(group.queue);
        if (!queue) {
          failed.push(...ids.map((id) => ({ id, error: `unknown queue "${group.queue}"` })));
          continue;
        }
        try {
          await queue.add(group.name, { ...group.data, [OUTBOX_IDS_KEY]: ids }, { jobId: group.jobId });
          done.push(...ids.map((id) => ({ id, jobId: group.jobId })));
        } catch (err) {
          failed.push(...ids.map((id) => ({ id, error: String(err).slice(0, 500) })));
        }
      }
      if (done.length > 0) {
        await manager.query(
          `UPDATE outbox o SET dispatched_at = now(), attempts = attempts + 1, job_id = d.job_id
             FROM unnest($1::bigint[], $2::text[]) AS d(id, job_id) WHERE o.id = d.id`,
          [done.map((d) => d.id), done.map((d) => d.jobId)],
        );
      }
      for (const f of failed) {
        await manager.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [f.id, f.error]);
      }
      return done.length;
    });
  }

  /** One job per row, except rows of a coalesced job name, which form one job per queue. */
  private groups(rows: OutboxRow[]): { queue: string; name: string; data: Record<string, unknown>; jobId: string; rows: OutboxRow[] }[] {
    const single = [];
    const batches = new Map<string, OutboxRow[]>();
    for (const row of rows) {
      if (!this.coalesce[row.job_name]) {
        single.push({ queue: row.queue, name: row.job_name, data: row.payload, jobId: outboxJobId(row.id, row.redispatches), rows: [row] });
        continue;
      }
      const key = `${row.queue}\u0000${row.job_name}`;
      const batch = batches.get(key);
      if (batch) batch.push(row);
      else batches.set(key, [row]);
    }
    const merged = [...batches.values()].map((group) => {
      const { as, merge } = this.coalesce[group[0].job_name];
      const [first, last] = [group[0], group[group.length - 1]];
      const jobId = group.length === 1 ? outboxJobId(first.id, first.redispatches) : `outbox-${first.id}-${last.id}${generation(first.redispatches)}`;
      return { queue: group[0].queue, name: as, data: merge(group.map((r) => r.payload)), jobId, rows: group };
    });
    return [...single, ...merged];
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

/**
 * The job id of a row's dispatch: the same for every try of one dispatch (so a relay that died
 * before marking the row re-adds a job BullMQ already has, and nothing doubles), new for each
 * re-send by the reconciler (so a re-send is never mistaken for a job the store still remembers).
 */
export function outboxJobId(outboxId: string | number, redispatches = 0): string {
  return `outbox-${outboxId}${generation(redispatches)}`;
}

function generation(redispatches: number): string {
  return redispatches > 0 ? `-r${redispatches}` : '';
}
