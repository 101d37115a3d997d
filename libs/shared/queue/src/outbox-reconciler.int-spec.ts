import { Job, Queue, Worker } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { publishToOutbox } from '@rapport/shared-database';
import { TestContext, waitFor as pollUntil, wipeQueueStore } from '@rapport/shared-testing';
import { queueConnection, QueueBackendKind } from './backend';
import { attachOutboxAck, OUTBOX_IDS_KEY } from './outbox-ack';
import { MAX_REDISPATCHES } from './outbox-reconcile-plan';
import { OutboxReconciler } from './outbox-reconciler';
import { Coalescing, OutboxRelay, outboxJobId } from './outbox-relay';

/**
 * "Accepted means done" on both queue backends (docs/adr/0009): rows are finished by their job's
 * completion, and the reconciler re-sends exactly the work a wiped queue store lost — no more
 * (in-flight and failed jobs stay as they are), no less.
 */
const backends: QueueBackendKind[] = process.env['RAPPORT_TEST_REDIS_URL'] ? ['postgres', 'redis'] : ['postgres'];

const COALESCE: Record<string, Coalescing> = {
  'do-item': { as: 'do-items', merge: (payloads) => ({ keys: payloads.map((p) => p['key']) }) },
};

const waitFor = (check: () => Promise<boolean>, ms = 30_000) => pollUntil(check, ms, 50);

describe.each(backends)('outbox acknowledgement and reconciliation on %s', (kind) => {
  let ctx: TestContext;
  let queue: Queue;
  let connection: Record<string, unknown>;
  const name = `rec-${randomBytes(4).toString('hex')}`;
  const prefix = `rapport-test-${randomBytes(4).toString('hex')}`;
  // What the handlers did, in order; each key names one unit of work.
  const effects: string[] = [];
  let brokenAttempts = 0;
  // Running 'slow' jobs wait here until the test lets them all finish.
  const gates: (() => void)[] = [];
  const release = () => gates.splice(0).forEach((open) => open());
  const ackErrors: string[] = [];

  beforeAll(async () => {
    ctx = await TestContext.create();
    connection = queueConnection({ databaseUrl: ctx.databaseUrl, redisUrl: kind === 'redis' ? process.env['RAPPORT_TEST_REDIS_URL']! : null }).connection;
    queue = new Queue(name, { connection: connection as never, prefix, defaultJobOptions: { attempts: 2 } });
    await queue.waitUntilReady();
  });
  afterAll(async () => {
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await ctx?.close();
  });

  const relay = () => new OutboxRelay(ctx.ds, (n) => (n === name ? queue : undefined), 200, COALESCE);
  const reconciler = () => new OutboxReconciler(ctx.ds, (n) => (n === name ? queue : undefined), { graceMs: 0 });

  async function publish(jobName: string, key: string): Promise<string> {
    await ctx.ds.transaction((m) => publishToOutbox(m, { queue: name, jobName, payload: { key }, dedupKey: `${name}:${key}` }));
    const [row] = await ctx.ds.query(`SELECT id FROM outbox WHERE dedup_key = $1`, [`${name}:${key}`]);
    return row.id;
  }

  async function rows(ids: string[]) {
    return ctx.ds.query(
      `SELECT id, job_id, redispatches, dispatched_at IS NOT NULL AS dispatched, done_at IS NOT NULL AS done, failed_at IS NOT NULL AS failed, last_error
         FROM outbox WHERE id = ANY($1::bigint[]) ORDER BY id`,
      [ids],
    );
  }

  function startWorker(): Worker {
    const worker = new Worker(
      name,
      async (job: Job) => {
        if (job.name === 'do-items') effects.push(...(job.data.keys as string[]));
        else if (job.name === 'do-single') effects.push(job.data.key);
        else if (job.name === 'slow') {
          effects.push(`${job.data.key}:start`);
          await new Promise<void>((r) => gates.push(r));
          effects.push(`${job.data.key}:end`);
        } else if (job.name === 'broken') {
          brokenAttempts++;
          throw new Error('the mail server refused the message');
        }
      },
      { connection: connection as never, prefix, concurrency: 4 },
    );
    attachOutboxAck(worker, ctx.ds, (m) => ackErrors.push(m));
    return worker;
  }

  /** Runs a worker until every row of `ids` is done (or failed), then stops it. */
  async function workUntil(ids: string[], state: 'done' | 'failed') {
    const worker = startWorker();
    try {
      expect(await waitFor(async () => (await rows(ids)).every((r: Record<string, unknown>) => r[state] === true))).toBe(true);
    } finally {
      await worker.close();
    }
  }

  /** What losing the queue store's data looks like: Redis without persistence restarted (or flushed), or the backend's tables emptied. */
  async function wipeQueue() {
    const wiped = await wipeQueueStore(ctx.ds, kind === 'redis' ? process.env['RAPPORT_TEST_REDIS_URL']! : null, prefix);
    if (kind === 'redis') expect(wiped.keys).toBeGreaterThan(0);
    else expect(wiped.tables).toContain('bullmq.job');
    expect(await queue.getJobCounts('waiting', 'active', 'completed', 'delayed', 'failed', 'prioritized')).toEqual({ waiting: 0, active: 0, completed: 0, delayed: 0, failed: 0, prioritized: 0 });
  }

  it('finishes a row only when the job carrying it completes, coalesced or not', async () => {
    const ids = [await publish('do-item', 'a1'), await publish('do-item', 'a2'), await publish('do-item', 'a3'), await publish('do-single', 'a4')];
    expect(await relay().drain()).toBe(4);
    const batchJob = `outbox-${ids[0]}-${ids[2]}`;
    expect((await queue.getJob(batchJob))?.data).toEqual({ keys: ['a1', 'a2', 'a3'], [OUTBOX_IDS_KEY]: ids.slice(0, 3) });
    expect((await queue.getJob(outboxJobId(ids[3])))?.data).toEqual({ key: 'a4', [OUTBOX_IDS_KEY]: [ids[3]] });
    // Accepted by BullMQ is not done: nothing has run yet.
    expect((await rows(ids)).map((r: { job_id: string; done: boolean }) => [r.job_id, r.done])).toEqual([
      [batchJob, false],
      [batchJob, false],
      [batchJob, false],
      [outboxJobId(ids[3]), false],
    ]);

    await workUntil(ids, 'done');
    expect(effects.filter((e) => e.startsWith('a')).sort()).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(ackErrors).toEqual([]);
  });

  it('re-sends the work a wiped queue store lost, once, under new job ids', async () => {
    const ids = [await publish('do-item', 'b1'), await publish('do-item', 'b2'), await publish('do-single', 'b3')];
    expect(await relay().drain()).toBe(3);
    await wipeQueue();

    const report = await reconciler().reconcileAll();
    expect(report.outcomes).toEqual({ 'do-item': { redispatched: 2 }, 'do-single': { redispatched: 1 } });
    expect((await rows(ids)).map((r: { dispatched: boolean; redispatches: number; job_id: string | null }) => [r.dispatched, r.redispatches, r.job_id])).toEqual([
      [false, 1, null],
      [false, 1, null],
      [false, 1, null],
    ]);
    // Pending again is the relay's business; a second pass finds nothing to do.
    expect((await reconciler().reconcileAll()).outcomes).toEqual({});
    expect(await relay().drain()).toBe(3);
    expect((await rows(ids)).map((r: { job_id: string }) => r.job_id)).toEqual([`outbox-${ids[0]}-${ids[1]}-r1`, `outbox-${ids[0]}-${ids[1]}-r1`, outboxJobId(ids[2], 1)]);
    // Jobs waiting in the queue are in flight: left alone, even with no grace period.
    expect((await reconciler().reconcileAll()).outcomes).toEqual({});

    await workUntil(ids, 'done');
    expect(effects.filter((e) => e.startsWith('b')).sort()).toEqual(['b1', 'b2', 'b3']);
    const totals = await ctx.ds.query(`SELECT job_name, outcome, count::int FROM outbox_reconcile_total WHERE job_name IN ('do-item', 'do-single') ORDER BY job_name`);
    expect(totals).toEqual([
      { job_name: 'do-item', outcome: 'redispatched', count: 2 },
      { job_name: 'do-single', outcome: 'redispatched', count: 1 },
    ]);
  });

  it('leaves a long job that is still running alone, and finishes it when it completes', async () => {
    const [id] = [await publish('slow', 'c1')];
    await relay().drain();
    const worker = startWorker();
    try {
      expect(await waitFor(async () => effects.includes('c1:start'))).toBe(true);
      expect(await (await queue.getJob(outboxJobId(id)))?.getState()).toBe('active');
      expect((await reconciler().reconcileAll()).outcomes).toEqual({});
      expect(await rows([id])).toEqual([{ id, job_id: outboxJobId(id), redispatches: 0, dispatched: true, done: false, failed: false, last_error: null }]);
      release();
      expect(await waitFor(async () => (await rows([id]))[0].done)).toBe(true);
    } finally {
      release();
      await worker.close();
    }
    expect(effects.filter((e) => e.startsWith('c1'))).toEqual(['c1:start', 'c1:end']);
  });

  it('records a job that failed after all its attempts and never sends it again', async () => {
    const id = await publish('broken', 'd1');
    await relay().drain();
    await workUntil([id], 'failed');
    expect(brokenAttempts).toBe(2);
    expect((await rows([id]))[0].last_error).toBe(`job ${outboxJobId(id)} failed after 2 attempts: the mail server refused the message`);
    expect((await reconciler().reconcileAll()).outcomes).toEqual({});

    // Had the worker died before recording the failure, the reconciler records it from the queue — and still doesn't retry.
    await ctx.ds.query(`UPDATE outbox SET failed_at = NULL, last_error = NULL WHERE id = $1`, [id]);
    expect((await reconciler().reconcileAll()).outcomes).toEqual({ broken: { failed: 1 } });
    expect(await rows([id])).toEqual([
      { id, job_id: outboxJobId(id), redispatches: 0, dispatched: true, done: false, failed: true, last_error: 'job failed permanently: the mail server refused the message' },
    ]);
    expect((await reconciler().reconcileAll()).outcomes).toEqual({});
    expect(await queue.getJobCounts('waiting', 'delayed', 'failed')).toEqual({ waiting: 0, delayed: 0, failed: 1 });
    expect(brokenAttempts).toBe(2);
  });

  it('finishes a row whose job completed but whose acknowledgement was lost, without running it again', async () => {
    const id = await publish('do-single', 'e1');
    await relay().drain();
    await workUntil([id], 'done');
    await ctx.ds.query(`UPDATE outbox SET done_at = NULL WHERE id = $1`, [id]);
    expect((await reconciler().reconcileAll()).outcomes).toEqual({ 'do-single': { acknowledged: 1 } });
    expect((await rows([id]))[0]).toMatchObject({ done: true, redispatches: 0 });
    expect(effects.filter((e) => e === 'e1')).toEqual(['e1']);
  });

  it('re-sends a row that the job under its id does not carry (a relay died after enqueueing other rows)', async () => {
    const id = await publish('do-single', 'f1');
    // The half-done work of a relay that crashed: a job under the id this row will get, carrying another row.
    await queue.add('do-single', { key: 'f0', [OUTBOX_IDS_KEY]: ['0'] }, { jobId: outboxJobId(id) });
    await relay().drain();
    expect((await reconciler().reconcileAll()).outcomes).toEqual({ 'do-single': { redispatched: 1 } });
    await relay().drain();
    await workUntil([id], 'done');
    expect(effects.filter((e) => e.startsWith('f')).sort()).toEqual(['f0', 'f1']);
  });

  it(`gives up on a row after its job vanished ${MAX_REDISPATCHES + 1} times`, async () => {
    const id = await publish('do-single', 'g1');
    await ctx.ds.query(`UPDATE outbox SET redispatches = $2 WHERE id = $1`, [id, MAX_REDISPATCHES]);
    await relay().drain();
    await wipeQueue();
    expect((await reconciler().reconcileAll()).outcomes).toEqual({ 'do-single': { abandoned: 1 } });
    expect((await rows([id]))[0]).toMatchObject({ dispatched: true, failed: true, last_error: expect.stringContaining(`job lost ${MAX_REDISPATCHES + 1} times`) });
    expect(await relay().drain()).toBe(0);
    expect(effects).not.toContain('g1');
  });
});
