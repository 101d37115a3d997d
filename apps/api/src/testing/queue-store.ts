import { ChildProcess, spawn } from 'node:child_process';
import net, { AddressInfo } from 'node:net';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { missingSchedules, queueConnection, QueueBackendKind, QueueName, QUEUES } from '@rapport/shared-queue';

/** A TCP port nobody listens on right now (for a server the test starts itself). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/**
 * A redis-server of the test's own (no persistence, like the fault runs): the run's shared
 * test Redis serves test files running in parallel, so a real FLUSHALL there would wipe theirs.
 */
export class DedicatedRedis {
  private constructor(
    private readonly proc: ChildProcess,
    readonly url: string,
  ) {}

  static async start(): Promise<DedicatedRedis> {
    const port = await freePort();
    const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const ready = await new Promise<boolean>((resolve) => {
      proc.stdout?.on('data', (chunk) => {
        out += chunk;
        if (out.includes('Ready to accept connections')) resolve(true);
      });
      proc.once('exit', () => resolve(false));
    });
    if (!ready) throw new Error(`redis-server did not start on port ${port}: ${out.slice(-1000)}`);
    return new DedicatedRedis(proc, `redis://127.0.0.1:${port}`);
  }

  async flushAll(): Promise<void> {
    const redis = new Redis(this.url);
    try {
      await redis.flushall();
    } finally {
      redis.disconnect();
    }
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    const exited = new Promise((r) => this.proc.once('exit', r));
    this.proc.kill('SIGTERM');
    await exited;
  }
}

/**
 * The queue store a worker under test uses, seen from the test: what a fault does to it (wipe
 * everything) and whether the job schedulers are in it.
 */
export class FaultQueueStore {
  private constructor(
    readonly kind: QueueBackendKind,
    private readonly databaseUrl: string,
    private readonly redis: DedicatedRedis | null,
    private readonly queues: Map<QueueName, Queue>,
  ) {}

  /**
   * BullMQ's backend choice is process-wide and read when a Queue is built: the queues are built
   * on this store, then the choice goes back to the in-process API's (PostgreSQL, no REDIS_URL).
   */
  static open(kind: QueueBackendKind, databaseUrl: string, redis: DedicatedRedis | null, prefix: string): FaultQueueStore {
    const { connection } = queueConnection({ databaseUrl, redisUrl: kind === 'redis' ? redis!.url : null });
    const queues = new Map<QueueName, Queue>(Object.values(QUEUES).map((name) => [name, new Queue(name, { connection: connection as never, prefix })]));
    queueConnection({ databaseUrl, redisUrl: null });
    // The store going away is the test's own doing; these queues only look. (BullMQ prints an
    // "Unhandled error" for each connection error a Queue without an `error` listener sees.)
    for (const q of queues.values()) q.on('error', () => undefined);
    return new FaultQueueStore(kind, databaseUrl, redis, queues);
  }

  get redisUrl(): string | null {
    return this.redis?.url ?? null;
  }

  /** The job schedulers missing from the store, as `queue/id` (empty when all are there). */
  async missingSchedulers(): Promise<string[]> {
    return (await missingSchedules((name) => this.queues.get(name)!)).map((s) => `${s.queue}/${s.id}`);
  }

  /**
   * The store loses everything: Redis FLUSHALL, or every table of the PostgreSQL backend emptied
   * (its migration bookkeeping aside). Jobs waiting, in progress and done, and the schedulers.
   */
  async wipe(): Promise<void> {
    if (this.redis) return this.redis.flushAll();
    const pg = new Client({ connectionString: this.databaseUrl });
    await pg.connect();
    try {
      const tables: { t: string }[] = (await pg.query(`SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_tables WHERE schemaname = 'bullmq' AND tablename <> 'migration'`)).rows;
      for (let attempt = 1; ; attempt++) {
        try {
          // Takes every table's lock at once while the worker keeps using them: a deadlock is possible, and retried.
          await pg.query(`TRUNCATE ${tables.map((t) => t.t).join(', ')} CASCADE`);
          return;
        } catch (err) {
          if ((err as { code?: string }).code !== '40P01' || attempt === 5) throw err;
        }
      }
    } finally {
      await pg.end();
    }
  }

  async close(): Promise<void> {
    for (const q of this.queues.values()) await q.close();
  }
}
