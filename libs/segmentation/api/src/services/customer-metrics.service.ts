import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { publishToOutbox } from '@rapport/shared-database';
import { QUEUES } from '@rapport/shared-queue';
import { fitModels, holdoutCheck, type PurchaseSummary, scoreCustomers } from '@rapport/segmentation-domain';
import { ClvModelRunEntity, dayNumber, MetricsRepository, type MetricsRow, OrderRepository } from '@rapport/segmentation-data';

/** How far back the calibration ends by default: the last 26 weeks are the holdout. */
const DEFAULT_HOLDOUT_DAYS = 182;
const WRITE_CHUNK = 10_000;
/**
 * Statements writing results at once, each on its own connection: the worker only waits while
 * PostgreSQL writes, so two lanes keep both of a small machine's cores busy. One lane starts with
 * everyone without orders (one statement), then both take buyers' chunks as they come free. The two
 * sets are disjoint (a contact's first order or last cancellation landing mid-run can put one in
 * both: a rare deadlock fails the run, and the job's retry re-runs it, every write being an upsert).
 */
const WRITE_LANES = 2;

/**
 * Customer metrics runs (issue 17 items 4–8): RFM, the BG/NBD and Gamma-Gamma fits, CLV, churn
 * risk and lifecycle for every contact. A run is asked for (GraphQL or the nightly schedule), queued
 * through the outbox and executed once by the segmentation worker: summaries read in chunks along
 * the order index, models fitted in memory, results written back in chunks with progress.
 */
@Injectable()
export class CustomerMetricsService {
  private readonly logger = new Logger(CustomerMetricsService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: MetricsRepository,
    private readonly orders: OrderRepository,
  ) {}

  assertRead(actor: Actor): void {
    if (scopeFor(actor, 'customerValue', 'read') === RecordScope.None) throw AppError.forbidden();
  }

  /** Queues a run as of `asOf` (default now) with the calibration ending at `calibrationEnd` (default 26 weeks earlier). */
  async request(actor: Actor | null, input: { asOf?: Date | null; calibrationEnd?: Date | null; wonDealsAsOrders?: boolean | null }): Promise<ClvModelRunEntity> {
    if (actor && scopeFor(actor, 'customerValue', 'write') === RecordScope.None) throw AppError.forbidden();
    const asOf = input.asOf ?? new Date();
    const calibrationEnd = input.calibrationEnd ?? new Date(asOf.getTime() - DEFAULT_HOLDOUT_DAYS * 86_400_000);
    if (calibrationEnd > asOf) throw AppError.validation([{ path: 'input.calibrationEnd', message: 'The calibration must end on or before the run’s date.' }]);
    if (asOf.getTime() > Date.now() + 86_400_000) throw AppError.validation([{ path: 'input.asOf', message: 'A run cannot be as of a future date.' }]);
    return this.ds.transaction(async (m) => {
      const run = await m.save(m.create(ClvModelRunEntity, { asOf, calibrationEnd, wonDealsAsOrders: input.wonDealsAsOrders ?? true, requestedBy: actor?.userId ?? null, status: 'queued' }));
      await publishToOutbox(m, { queue: QUEUES.segmentation, jobName: 'run-customer-metrics', payload: { runId: run.id }, dedupKey: `customer-metrics:${run.id}` });
      return run;
    });
  }

  grid(actor: Actor) {
    this.assertRead(actor);
    return this.repo.rfmGrid();
  }

  topCustomers(actor: Actor, first = 20) {
    this.assertRead(actor);
    return this.repo.topByClv(actor, first);
  }

  runs(actor: Actor, first = 20): Promise<ClvModelRunEntity[]> {
    this.assertRead(actor);
    return this.repo.runs(Math.max(1, Math.min(100, first)));
  }

  /** Executes a queued run (the job). A run already taken or finished is left alone, so a redelivered job does nothing. */
  async execute(runId: string): Promise<{ customers: number; changed: number } | null> {
    if (!(await this.repo.claim(runId))) return null;
    const run = (await this.repo.run(runId))!;
    const started = performance.now();
    try {
      const asOfDay = dayNumber(run.asOf);
      const calDay = dayNumber(run.calibrationEnd);
      if (run.wonDealsAsOrders) await this.ds.transaction((m) => this.orders.syncWonOpportunities(m));
      const summaries: PurchaseSummary[] = [];
      for (let after: string | null = null; ; ) {
        const chunk = await this.repo.summaries(after, run.asOf, run.calibrationEnd);
        if (!chunk.length) break;
        summaries.push(...chunk);
        after = chunk[chunk.length - 1].contactId;
        await this.repo.update(runId, { progress: 10 });
      }
      const fitStarted = performance.now();
      const fit = fitModels(summaries, calDay);
      const fitMs = Math.round(performance.now() - fitStarted);
      const holdout = fit ? holdoutCheck(summaries, fit, calDay, asOfDay) : [];
      await this.repo.update(runId, {
        progress: 30,
        fitMs,
        customers: fit?.customers ?? 0,
        holdout: holdout as never,
        ...(fit ? { r: fit.bgnbd.r, alpha: fit.bgnbd.alpha, a: fit.bgnbd.a, b: fit.bgnbd.b, p: fit.gg.p, q: fit.gg.q, gamma: fit.gg.gamma, logLikelihood: fit.logLikelihood, spendLogLikelihood: fit.spendLogLikelihood } : {}),
      });
      const values = scoreCustomers(summaries, fit, asOfDay);
      let changed = 0;
      let next = 0;
      let written = 0;
      let failed = false;
      const buyers = async () => {
        while (next < values.length && !failed) {
          const rows: MetricsRow[] = values.slice(next, (next += WRITE_CHUNK));
          const n = await this.repo.writeMetrics(rows, run.asOf, runId);
          changed += n;
          written += rows.length;
          await this.repo.update(runId, { progress: 30 + Math.floor((60 * written) / values.length) });
        }
      };
      const everyoneElse = async () => {
        const rest = await this.repo.writeNonCustomers(run.asOf, runId);
        changed += rest.changed;
        await buyers();
      };
      // A lane that fails stops the others, and the run is marked failed only once none writes any more.
      const stopOthersOnFailure = async (lane: () => Promise<void>) => {
        try {
          await lane();
        } catch (e) {
          failed = true;
          throw e;
        }
      };
      const outcomes = await Promise.allSettled([everyoneElse, ...Array.from({ length: WRITE_LANES - 1 }, () => buyers)].map(stopOthersOnFailure));
      const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      if (rejected) throw rejected.reason;
      await this.repo.update(runId, { status: 'succeeded', progress: 100, finishedAt: new Date(), durationMs: Math.round(performance.now() - started) });
      return { customers: values.length, changed };
    } catch (e) {
      this.logger.error(`customer metrics run ${runId} failed: ${(e as Error).message}`);
      await this.repo.update(runId, { status: 'failed', error: (e as Error).message.slice(0, 500), finishedAt: new Date() });
      throw e;
    }
  }
}
