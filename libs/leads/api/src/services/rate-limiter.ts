import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';

export const RATE_WINDOW_MS = 60_000;

export interface RateVerdict {
  allowed: boolean;
  /** Until the client's window ends, rounded up: what Retry-After says when refused. */
  retryAfterSeconds: number;
  /** Milliseconds until the client's window ends. */
  resetInMs: number;
}

/**
 * The answer for one hit, from the shared counter as the hit left it. The window starts at the
 * client's first hit (not on the clock's minute), so a burst is never split across two windows.
 */
export function rateVerdict(hits: number, windowStart: Date, now: Date, max: number, windowMs = RATE_WINDOW_MS): RateVerdict {
  const resetInMs = Math.max(0, windowStart.getTime() + windowMs - now.getTime());
  return { allowed: hits <= max, retryAfterSeconds: Math.max(1, Math.ceil(resetInMs / 1000)), resetInMs };
}

// One statement counts the hit and, when the client's window has passed, starts a new one. The
// row lock of ON CONFLICT DO UPDATE serialises concurrent hits from every API process, so each one
// sees a distinct count. The database's clock decides windows: the API hosts' clocks may differ.
const HIT_SQL = `
  INSERT INTO public_lead_rate AS r (client_hash, window_start, hits) VALUES ($1, now(), 1)
  ON CONFLICT (client_hash) DO UPDATE SET
    window_start = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN now() ELSE r.window_start END,
    hits = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE r.hits + 1 END
  RETURNING hits, window_start AS "windowStart", now() AS now`;

/**
 * Web-to-lead submissions per client address per minute, counted in PostgreSQL so that every API
 * process enforces the one PUBLIC_LEAD_RATE_LIMIT (issue 11). It works on both queue backends.
 * Once a client is over the limit, this process refuses it from memory until its window ends: a
 * flood costs one statement per process and window, not one per request.
 */
@Injectable()
export class PublicLeadRateLimiter {
  private readonly logger = new Logger(PublicLeadRateLimiter.name);
  private readonly blockedUntil = new Map<string, number>();
  private nextPurgeAt = 0;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async hit(clientAddress: string): Promise<RateVerdict> {
    const key = createHash('sha256').update(clientAddress).digest('hex');
    const blockedForMs = (this.blockedUntil.get(key) ?? 0) - Date.now();
    if (blockedForMs > 0) return { allowed: false, retryAfterSeconds: Math.ceil(blockedForMs / 1000), resetInMs: blockedForMs };
    await this.purgeNowAndThen();
    const [row] = (await this.ds.query(HIT_SQL, [key, RATE_WINDOW_MS / 1000])) as { hits: number; windowStart: Date; now: Date }[];
    const verdict = rateVerdict(row.hits, new Date(row.windowStart), new Date(row.now), this.config.publicLeadRateLimit);
    if (!verdict.allowed) this.blockedUntil.set(key, Date.now() + verdict.resetInMs);
    return verdict;
  }

  /** Deletes the rows of windows that have ended (a later hit would reset them anyway). */
  async purgeExpired(): Promise<number> {
    const [, deleted] = (await this.ds.query(`DELETE FROM public_lead_rate WHERE window_start <= now() - make_interval(secs => $1)`, [RATE_WINDOW_MS / 1000])) as [unknown, number];
    const now = Date.now();
    for (const [key, until] of this.blockedUntil) if (until <= now) this.blockedUntil.delete(key);
    return deleted;
  }

  // At most once a window per process, on the request path so no timer outlives the app.
  private async purgeNowAndThen(): Promise<void> {
    if (Date.now() < this.nextPurgeAt) return;
    this.nextPurgeAt = Date.now() + RATE_WINDOW_MS;
    try {
      await this.purgeExpired();
    } catch (err) {
      // Only housekeeping: the hit itself is still counted.
      this.logger.warn(`purging public_lead_rate failed: ${String(err)}`);
    }
  }
}
