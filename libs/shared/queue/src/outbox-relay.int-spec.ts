import { Queue, QueueEvents, Worker } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { publishToOutbox } from '@rapport/shared-database';
import { TestContext } from '@rapport/shared-testing';
import { queueConnection, QueueBackendKind } from './backend';
import { OutboxRelay, outboxJobId } from './outbox-relay';

/** The queue lib on both backends: PostgreSQL always, Redis when the test setup could start one. */
const backends: QueueBackendKind[] = process.env['RAPPORT_TEST_REDIS_URL'] ? ['postgres', 'redis'] : ['postgres'];

describe.each(backends)('outbox relay on %s', (kind) => {
  let ctx: TestContext;
  let queue: Queue;
  let connection: Record<string, unknown>;
  const name = `test-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    ctx = await TestContext.create();
    connection = queueConnection({ databaseUrl: ctx.databaseUrl, redisUrl: kind === 'redis' ? process.env['RAPPORT_TEST_REDIS_URL']! : null }).connection;
    queue = new Queue(name, { connection: connection as never });
    await queue.waitUntilReady();
  });
  afterAll(async () => {
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await ctx?.close();
  });

  const relay = () => new OutboxRelay(ctx.ds, (n) => (n === name ? queue : undefined), 2);
  const jobCount = async () => Object.values(await queue.getJobCounts('waiting', 'active', 'completed', 'delayed', 'failed')).reduce((a, b) => a + b, 0);

  it('enqueues each committed message once, even when published or relayed twice', async () => {
    await ctx.ds.transaction(async (m) => {
      for (const key of ['a', 'b', 'c', 'a']) await publishToOutbox(m, { queue: name, jobName: 'do-thing', payload: { key }, dedupKey: `${name}:${key}` });
    });
    expect(await relay().drain()).toBe(3);
    expect(await relay().drain()).toBe(0);
    expect(await jobCount()).toBe(3);
  });

  it('does not enqueue what a rolled-back transaction published', async () => {
    await expect(
      ctx.ds.transaction(async (m) => {
        await publishToOutbox(m, { queue: name, jobName: 'do-thing', payload: {}, dedupKey: `${name}:rolled-back` });
        throw new Error('request failed after publishing');
      }),
    ).rejects.toThrow('request failed');
    expect(await relay().drain()).toBe(0);
    expect(await jobCount()).toBe(3);
  });

  it('does not duplicate a job when the relay died after enqueueing but before marking', async () => {
    await ctx.ds.transaction((m) => publishToOutbox(m, { queue: name, jobName: 'do-thing', payload: { key: 'crash' }, dedupKey: `${name}:crash` }));
    const [row] = await ctx.ds.query(`SELECT id FROM outbox WHERE dedup_key = $1`, [`${name}:crash`]);
    // The crashed relay's half-done work: the job is in the queue, the row still pending.
    await queue.add('do-thing', { key: 'crash' }, { jobId: outboxJobId(row.id) });
    expect(await relay().drain()).toBe(1);
    expect(await jobCount()).toBe(4);
    const [after] = await ctx.ds.query(`SELECT dispatched_at FROM outbox WHERE id = $1`, [row.id]);
    expect(after.dispatched_at).not.toBeNull();
  });

  it('records a message for an unknown queue as failed and leaves it pending', async () => {
    await ctx.ds.transaction((m) => publishToOutbox(m, { queue: 'nowhere', jobName: 'x', payload: {}, dedupKey: `${name}:nowhere` }));
    await relay().drain();
    const [row] = await ctx.ds.query(`SELECT dispatched_at, attempts, last_error FROM outbox WHERE dedup_key = $1`, [`${name}:nowhere`]);
    expect(row).toEqual({ dispatched_at: null, attempts: 1, last_error: 'unknown queue "nowhere"' });
  });

  it('delivers the jobs to a worker', async () => {
    const seen: string[] = [];
    const events = new QueueEvents(name, { connection: connection as never });
    const worker = new Worker(
      name,
      async (job) => {
        seen.push(String(job.data.key));
      },
      { connection: connection as never },
    );
    const until = Date.now() + 20_000;
    while (seen.length < 4 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    await worker.close();
    await events.close();
    expect(seen.sort()).toEqual(['a', 'b', 'c', 'crash']);
  });
});
