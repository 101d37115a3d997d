import { Redis, RedisOptions } from 'ioredis';
import { EvictionPolicyReading, EvictionVerdict, evictionPolicyVerdict, policyFromConfigReply, policyFromInfo } from './eviction-policy';

/** Thrown at boot when Redis could drop jobs; the message says what to change. */
export class UnsafeQueueStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeQueueStoreError';
  }
}

export interface EvictionCheckLog {
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Reads the policy with `CONFIG GET`, falling back to `INFO memory` where CONFIG is disabled or not
 * permitted (managed Redis, ACLs). A dedicated short-lived connection that never retries, so an
 * unreachable Redis costs one connect timeout at boot; BullMQ's own connections keep retrying.
 * `connection`: the ioredis options `queueConnection` returns for Redis.
 */
export async function readEvictionPolicy(connection: Record<string, unknown>): Promise<EvictionPolicyReading> {
  const client = new Redis({
    ...(connection as RedisOptions),
    lazyConnect: true,
    connectTimeout: 5_000,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
    // The ready check runs INFO, which some hosted Redis deny; this check handles that itself.
    enableReadyCheck: false,
  });
  // Failures surface through the awaited calls below; without a listener ioredis prints them again.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const problems: string[] = [];
    try {
      const policy = policyFromConfigReply(await client.config('GET', 'maxmemory-policy'));
      if (policy) return { policy, source: 'CONFIG' };
      problems.push('CONFIG GET answered without it');
    } catch (err) {
      problems.push(`CONFIG GET: ${errorText(err)}`);
    }
    try {
      const policy = policyFromInfo(await client.info('memory'));
      if (policy) return { policy, source: 'INFO' };
      problems.push('INFO memory has no maxmemory_policy');
    } catch (err) {
      problems.push(`INFO: ${errorText(err)}`);
    }
    return { policy: null, reason: problems.join('; ') };
  } catch (err) {
    return { policy: null, reason: `cannot connect: ${errorText(err)}` };
  } finally {
    client.disconnect();
  }
}

/**
 * The boot hook: runs before any queue or worker is created. Refuses (throws) when Redis can evict
 * jobs, unless `allowEviction`; warns when the policy is unreadable or eviction was allowed.
 */
export async function assertRedisKeepsJobs(connection: Record<string, unknown>, allowEviction: boolean, log: EvictionCheckLog): Promise<EvictionVerdict> {
  const server = `${String(connection['host'] ?? 'localhost')}:${String(connection['port'] ?? 6379)}`;
  const verdict = evictionPolicyVerdict(await readEvictionPolicy(connection), allowEviction, server);
  if (verdict.action === 'warn') log.warn(verdict.message);
  if (verdict.action === 'refuse') {
    log.error(verdict.message);
    throw new UnsafeQueueStoreError(verdict.message);
  }
  return verdict;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
