import type { EventEmitter } from 'node:events';
import { declareSchedule, declareSchedules, missingSchedules, QueueLookup, SCHEDULES } from './schedules';

export type ScheduleCheckReason = 'start' | 'periodic' | 'reconnect';

export interface ScheduleKeeperOptions {
  /** How often every scheduler is checked; a missing one is recreated. */
  checkEveryMs: number;
  /** After a queue connection error or a failed check, how often to try again until a check succeeds. */
  retryEveryMs?: number;
  /** A check that has not finished by then counts as failed, so one hung query cannot stop every later check. */
  checkTimeoutMs?: number;
  /** One JSON-serialisable object per event; the worker writes each as one JSON line. */
  log?: (entry: Record<string, unknown>) => void;
}

const jsonLine = (entry: Record<string, unknown>) => console.log(JSON.stringify({ service: 'rapport-worker', ...entry }));

/**
 * Keeps the job schedulers of SCHEDULES in the queue store. A scheduler lives only there: when
 * Redis loses its data (restart without persistence, FLUSHALL) or the PostgreSQL backend's tables
 * are emptied, the recurring jobs stop for good unless someone declares them again. So:
 * - `start()` declares them all (and removes the retired ones);
 * - on each queue connection's `ready` (ioredis fires it again after every reconnect), and after a
 *   connection error until a check succeeds (PostgreSQL's pool reconnects silently, per query, so
 *   an error is the only sign of a lost connection there), the missing ones are recreated;
 * - every `checkEveryMs` the same check runs anyway, which also covers a store that was emptied
 *   without the connection dropping, and a PostgreSQL connection dropped while a query held it
 *   (pg reports that to the query, not to the pool, so the keeper never hears of it).
 * Each recreated scheduler is logged as one JSON line. Checks never overlap: a request for one
 * while another runs is folded into a single follow-up check. A check that hangs (a pooled
 * connection the server dropped without a word, a connect that never answers) is given up after
 * `checkTimeoutMs` and retried: without that, "never overlap" would mean "never again".
 */
export class ScheduleKeeper {
  private readonly log: (entry: Record<string, unknown>) => void;
  private readonly detach: (() => void)[] = [];
  private timer?: NodeJS.Timeout;
  private retryTimer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private queued: ScheduleCheckReason | null = null;
  private declared = false;
  private failing = false;
  private stopped = false;

  constructor(
    private readonly queueFor: QueueLookup,
    private readonly options: ScheduleKeeperOptions,
  ) {
    this.log = options.log ?? jsonLine;
  }

  /** Declares the schedules and starts watching. Never throws: an unreachable store is retried. */
  async start(): Promise<void> {
    for (const queue of new Set(SCHEDULES.map((s) => this.queueFor(s.queue)))) {
      const onReady = () => void this.check('reconnect');
      const onError = (err: unknown) => {
        // Once per outage, so a missed reconnect can be told from a connection that never dropped.
        if (!this.retryTimer && !this.stopped) this.log({ level: 'warn', msg: 'queue connection error; checking job schedulers until a check succeeds', queue: queue.name, error: String(err) });
        this.retrySoon();
      };
      // The backend owns the connection and re-emits its `ready`; the Queue itself does not.
      const backend = queue.getBackend() as unknown as EventEmitter;
      backend.on('ready', onReady);
      queue.on('error', onError);
      this.detach.push(() => {
        backend.off('ready', onReady);
        queue.off('error', onError);
      });
    }
    this.timer = setInterval(() => void this.check('periodic'), this.options.checkEveryMs);
    await this.check('start');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearInterval(this.retryTimer);
    this.retryTimer = undefined;
    for (const d of this.detach.splice(0)) d();
    await this.running;
  }

  /** Runs a check now (or after the one in flight); resolves when it is done. */
  check(reason: ScheduleCheckReason): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.queued ??= reason;
      return this.running;
    }
    this.running = (async () => {
      for (let next: ScheduleCheckReason | null = reason; next && !this.stopped; next = this.queued) {
        this.queued = null;
        await this.passWithin(next);
      }
    })().finally(() => (this.running = null));
    return this.running;
  }

  private async passWithin(reason: ScheduleCheckReason): Promise<void> {
    const ms = this.options.checkTimeoutMs ?? 15_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
    const outcome = await Promise.race([this.pass(reason), timedOut]).finally(() => clearTimeout(timer));
    if (outcome !== 'timeout') return;
    // The hung pass may still finish later; declaring is an idempotent upsert, so an overlap is harmless.
    if (!this.failing) this.log({ level: 'error', msg: 'job scheduler check did not finish in time; retrying', reason, timeoutMs: ms });
    this.failing = true;
    this.retrySoon();
  }

  private async pass(reason: ScheduleCheckReason): Promise<void> {
    try {
      if (!this.declared) {
        await declareSchedules(this.queueFor);
        this.declared = true;
        this.log({ level: 'info', msg: 'job schedulers declared', reason, schedulers: SCHEDULES.map((s) => `${s.queue}/${s.id}`) });
      } else {
        for (const s of await missingSchedules(this.queueFor)) {
          await declareSchedule(this.queueFor, s);
          this.log({ level: 'warn', msg: 'job scheduler was missing; recreated', reason, queue: s.queue, scheduler: s.id, job: s.job.name });
        }
      }
      if (this.failing) this.log({ level: 'info', msg: 'job scheduler check succeeded again', reason });
      this.failing = false;
      clearInterval(this.retryTimer);
      this.retryTimer = undefined;
    } catch (err) {
      // Logged once per outage, not once per retry.
      if (!this.failing) this.log({ level: 'error', msg: 'job scheduler check failed; retrying', reason, error: String(err) });
      this.failing = true;
      this.retrySoon();
    }
  }

  private retrySoon(): void {
    if (this.stopped || this.retryTimer) return;
    this.retryTimer = setInterval(() => void this.check('reconnect'), this.options.retryEveryMs ?? 2000);
  }
}
