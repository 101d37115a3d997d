import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter, Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { registry } from './metrics';

/**
 * The outbox's health for Prometheus, read from the database at scrape time (the worker that does
 * the work has no HTTP server; docs/adr/0009):
 * - `rapport_outbox_reconciled_total{job,outcome}`: rows the worker's reconciler re-sent because
 *   the queue store lost their job (`redispatched`), or recorded after a lost acknowledgement
 *   (`acknowledged`, `failed`), or gave up on (`abandoned`). Alert on any increase of
 *   `redispatched` or `abandoned`: the queue store is dropping data.
 * - `rapport_outbox_unfinished{state}` and `rapport_outbox_oldest_unfinished_seconds{state}`:
 *   rows waiting for the relay (`pending`) or for their job to finish (`in_flight`).
 */
@Injectable()
export class OutboxMetrics implements OnModuleInit {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  onModuleInit() {
    // One registry per process, but a test may boot the API more than once.
    for (const name of ['rapport_outbox_reconciled_total', 'rapport_outbox_unfinished', 'rapport_outbox_oldest_unfinished_seconds']) registry.removeSingleMetric(name);
    const ds = this.ds;
    new Counter({
      name: 'rapport_outbox_reconciled_total',
      help: 'Outbox rows the reconciler acted on, by job name and outcome (redispatched, acknowledged, failed, abandoned)',
      labelNames: ['job', 'outcome'],
      registers: [registry],
      // Read from the database: every API process reads the same figure, so a cluster reports it once.
      aggregator: 'first',
      async collect() {
        const rows: { job_name: string; outcome: string; count: string }[] = await ds.query(`SELECT job_name, outcome, count FROM outbox_reconcile_total`).catch(() => []);
        this.reset();
        for (const r of rows) this.inc({ job: r.job_name, outcome: r.outcome }, Number(r.count));
      },
    });
    // The registry collects all metrics at once: the second gauge awaits the query the first one started.
    let reading: Promise<{ state: string; n: number; oldest: number | null }[]> = Promise.resolve([]);
    new Gauge({
      name: 'rapport_outbox_unfinished',
      help: 'Outbox rows not finished yet: pending (waiting for the relay) or in_flight (dispatched, job not finished)',
      labelNames: ['state'],
      registers: [registry],
      // Read from the database: every API process reads the same figure, so a cluster reports it once.
      aggregator: 'first',
      async collect() {
        // Each half is read through its own partial index; the oldest ages come with the counts.
        reading = ds
          .query(
            `SELECT 'pending' AS state, count(*)::int AS n, extract(epoch FROM now() - min(created_at))::float8 AS oldest FROM outbox WHERE dispatched_at IS NULL
             UNION ALL
             SELECT 'in_flight', count(*)::int, extract(epoch FROM now() - min(created_at))::float8 FROM outbox
              WHERE dispatched_at IS NOT NULL AND done_at IS NULL AND failed_at IS NULL`,
          )
          .catch(() => []);
        const unfinished = await reading;
        this.reset();
        for (const u of unfinished) this.set({ state: u.state }, u.n);
      },
    });
    new Gauge({
      name: 'rapport_outbox_oldest_unfinished_seconds',
      help: 'Age of the oldest unfinished outbox row, by state',
      labelNames: ['state'],
      registers: [registry],
      // Read from the database: every API process reads the same figure, so a cluster reports it once.
      aggregator: 'first',
      async collect() {
        const unfinished = await reading;
        this.reset();
        for (const u of unfinished) this.set({ state: u.state }, u.oldest ?? 0);
      },
    });
  }
}
