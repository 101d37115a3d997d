import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { PublicLeadRateRepository } from '@rapport/leads-data';

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
    private readonly counter: PublicLeadRateRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async hit(clientAddress: string): Promise<RateVerdict> {
    const key = createHash('sha256').update(clientAddress).digest('hex');
    const blockedForMs = (this.blockedUntil.get(key) ?? 0) - Date.now();
    if (blockedForMs > 0) return { allowed: false, retryAfterSeconds: Math.ceil(blockedForMs / 1000), resetInMs: blockedForMs };
    await this.purgeNowAndThen();
    // Counted in one statement whose row lock serialises the hits of every API process; the database's clock decides windows.
    const row = await this.counter.hit(key, RATE_WINDOW_MS / 1000);
    const verdict = rateVerdict(row.hits, new Date(row.windowStart), new Date(row.now), this.config.publicLeadRateLimit);
    if (!verdict.allowed) this.blockedUntil.set(key, Date.now() + verdict.resetInMs);
    return verdict;
  }

  /** Deletes the rows of windows that have ended (a later hit would reset them anyway). */
  async purgeExpired(): Promise<number> {
    const deleted = await this.counter.deleteEnded(RATE_WINDOW_MS / 1000);
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
