import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';

export interface QueueStoreWipe {
  /** Redis: the keys deleted. */
  keys: number;
  /** PostgreSQL backend: the tables emptied. */
  tables: string[];
}

/**
 * What losing the queue store's data looks like: Redis without persistence restarted, or the
 * PostgreSQL backend's tables emptied (its migration bookkeeping aside). On Redis only the keys of
 * `prefix` go: a real FLUSHALL would also wipe the test files running beside this one on the
 * shared test Redis. Returns what it removed, so the test can check there was something to lose.
 */
export async function wipeQueueStore(ds: DataSource, redisUrl: string | null, prefix: string): Promise<QueueStoreWipe> {
  if (redisUrl) {
    const redis = new Redis(redisUrl);
    try {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      return { keys: keys.length, tables: [] };
    } finally {
      redis.disconnect();
    }
  }
  const tables: { t: string }[] = await ds.query(`SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_tables WHERE schemaname = 'bullmq' AND tablename <> 'migration'`);
  await ds.query(`TRUNCATE ${tables.map((t) => t.t).join(', ')} CASCADE`);
  return { keys: 0, tables: tables.map((t) => t.t) };
}
