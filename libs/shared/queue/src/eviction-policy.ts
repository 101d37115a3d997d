/**
 * Whether a Redis server is safe to keep BullMQ's jobs in. With any maxmemory-policy but
 * `noeviction`, Redis deletes keys when memory fills: waiting jobs, their locks (another worker
 * then runs them twice) and job schedulers vanish without an error anywhere. `noeviction` makes
 * writes fail loudly instead. Pure, so the boot hook (redis-eviction-check.ts) stays a few lines.
 */

/** The one policy under which Redis never drops a key on its own. */
export const SAFE_EVICTION_POLICY = 'noeviction';

/** What the boot check learned: the policy and where it read it, or why it could not. */
export type EvictionPolicyReading = { policy: string; source: 'CONFIG' | 'INFO' } | { policy: null; reason: string };

export interface EvictionVerdict {
  /** ok: start; warn: start, but log `message` as a warning; refuse: do not start. */
  action: 'ok' | 'warn' | 'refuse';
  message: string;
}

const HOW_TO_FIX =
  'Set `maxmemory-policy noeviction` (redis-server --maxmemory-policy noeviction, CONFIG SET maxmemory-policy noeviction, or the parameter group of a managed Redis)';

/**
 * Refuses an evicting Redis unless the operator explicitly accepted it (REDIS_ALLOW_EVICTION=true).
 * When the policy cannot be read (managed Redis often disables CONFIG and may hide INFO), it warns
 * and lets the app start: refusing there would make such services unusable.
 */
export function evictionPolicyVerdict(reading: EvictionPolicyReading, allowEviction: boolean, server: string): EvictionVerdict {
  if (reading.policy === null) {
    return {
      action: 'warn',
      message: `Could not read the maxmemory-policy of Redis at ${server} (${reading.reason}). Make sure it is "${SAFE_EVICTION_POLICY}": any other policy lets Redis drop queued jobs, locks and schedulers when memory fills.`,
    };
  }
  if (reading.policy === SAFE_EVICTION_POLICY) return { action: 'ok', message: `Redis at ${server}: maxmemory-policy is ${SAFE_EVICTION_POLICY}.` };
  const danger = `Redis at ${server} has maxmemory-policy "${reading.policy}": when its memory fills it silently deletes queued jobs, job locks and job schedulers.`;
  if (allowEviction) return { action: 'warn', message: `${danger} Starting anyway because REDIS_ALLOW_EVICTION=true. ${HOW_TO_FIX}.` };
  return { action: 'refuse', message: `Refusing to start: ${danger} ${HOW_TO_FIX}, or set REDIS_ALLOW_EVICTION=true to start anyway.` };
}

/** The policy from a `CONFIG GET maxmemory-policy` reply (`['maxmemory-policy', 'noeviction']`). */
export function policyFromConfigReply(reply: unknown): string | null {
  if (!Array.isArray(reply)) return null;
  const at = reply.findIndex((v) => typeof v === 'string' && v.toLowerCase() === 'maxmemory-policy');
  const value = at >= 0 ? reply[at + 1] : undefined;
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The policy from `INFO memory` (`maxmemory_policy:noeviction`), which managed Redis usually still allows. */
export function policyFromInfo(info: string): string | null {
  const line = info.split(/\r?\n/).find((l) => l.startsWith('maxmemory_policy:'));
  const value = line?.slice('maxmemory_policy:'.length).trim();
  return value ? value : null;
}
