import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { AppError, ErrorCode, msg } from '@rapport/shared-errors';
import { PageViewRepository, VisitorRepository } from '@rapport/marketing-data';
import { checkPageViewBatch, isBotUserAgent, partitionsAhead, verifyVisitorIdentity } from '@rapport/marketing-domain';
import { VisitorSettingsService } from './visitor-settings.service';

const RATE_WINDOW_SECONDS = 60;
/** PostgreSQL's "no partition of relation … found for row" (check_violation). */
const NO_PARTITION = /no partition of relation/i;

export interface IngestResult {
  /** Views stored (0 for a bot's batch). */
  stored: number;
}

/** What this process refused or dropped since it started, for logs and metrics. */
export interface IngestStats {
  batches: number;
  views: number;
  botBatches: number;
  botViews: number;
  rateLimited: number;
  invalid: number;
  identified: number;
}

/**
 * Page views from the tracking script (issue 16 item 6): validated (4xx with every field's problem,
 * never a 500), bots answered but not stored, rate-limited per client address, and stored before
 * the answer (PageViewRepository.ingest: counter, visitor and views in one statement). A batch
 * carrying a genuine identity token from an email link makes its visitor known as that person.
 *
 * The rate is counted in PostgreSQL, in the same statement as the views, so every API process
 * enforces the one limit without a round trip of its own; once a client is over it, this process
 * refuses it from memory until its window ends (a flood costs one statement per process and window).
 */
@Injectable()
export class PageViewIngestService {
  private readonly logger = new Logger(PageViewIngestService.name);
  private readonly blockedUntil = new Map<string, number>();
  private nextPurgeAt = 0;
  readonly stats: IngestStats = { batches: 0, views: 0, botBatches: 0, botViews: 0, rateLimited: 0, invalid: 0, identified: 0 };

  constructor(
    private readonly pageViews: PageViewRepository,
    private readonly visitors: VisitorRepository,
    private readonly settings: VisitorSettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ingest(body: unknown, client: { address: string; userAgent: string | null }): Promise<IngestResult> {
    const checked = checkPageViewBatch(body);
    if (!checked.ok) {
      this.stats.invalid++;
      throw AppError.validation(checked.problems);
    }
    const { batch } = checked;
    if (isBotUserAgent(client.userAgent)) {
      // Answered like anyone (a refused bot retries), counted, never stored.
      this.stats.botBatches++;
      this.stats.botViews += batch.views.length;
      return { stored: 0 };
    }
    const key = createHash('sha256').update(client.address).digest('hex');
    const blockedForMs = (this.blockedUntil.get(key) ?? 0) - Date.now();
    if (blockedForMs > 0) this.refuse(Math.ceil(blockedForMs / 1000));
    await this.purgeNowAndThen();
    const { rateLimitPerMinute } = await this.settings.current();
    const outcome = await this.storeCreatingPartitions(() => this.pageViews.ingest(batch, key, rateLimitPerMinute, RATE_WINDOW_SECONDS));
    if (outcome.hits > rateLimitPerMinute) {
      const resetInMs = Math.max(0, new Date(outcome.windowStart).getTime() + RATE_WINDOW_SECONDS * 1000 - new Date(outcome.now).getTime());
      this.blockedUntil.set(key, Date.now() + resetInMs);
      this.refuse(Math.max(1, Math.ceil(resetInMs / 1000)));
    }
    this.stats.batches++;
    this.stats.views += outcome.stored;
    if (batch.identity) await this.identify(batch.visitorId, batch.identity);
    return { stored: outcome.stored };
  }

  /**
   * The maintenance job keeps a month of partitions ahead; should it not have run (a worker down
   * for weeks), the first batch of a month finds no partition. It is made then and the batch
   * retried once, rather than losing views or answering 500.
   */
  private async storeCreatingPartitions<T>(store: () => Promise<T>): Promise<T> {
    try {
      return await store();
    } catch (err) {
      if (!(err instanceof Error) || !NO_PARTITION.test(err.message)) throw err;
      this.logger.warn('page_view had no partition for this month: creating it now (is the maintain-page-views job running?)');
      await this.pageViews.createPartitions(partitionsAhead(new Date()));
      return store();
    }
  }

  /** Links the visitor to the person a fresh, genuine token names; anything else is ignored (the views are stored anyway). */
  private async identify(visitorId: string, token: string): Promise<void> {
    const person = verifyVisitorIdentity(token, this.config.sessionSecret);
    if (!person) return;
    await this.visitors.identify(this.visitors.ds.manager, visitorId, person, 'email');
    this.stats.identified++;
  }

  private refuse(retryAfterSeconds: number): never {
    this.stats.rateLimited++;
    throw new AppError(ErrorCode.RateLimited, msg('marketing.visitorRateLimited'), [], retryAfterSeconds);
  }

  // At most once a window per process, on the request path so no timer outlives the app.
  private async purgeNowAndThen(): Promise<void> {
    if (Date.now() < this.nextPurgeAt) return;
    this.nextPurgeAt = Date.now() + RATE_WINDOW_SECONDS * 1000;
    const now = Date.now();
    for (const [k, until] of this.blockedUntil) if (until <= now) this.blockedUntil.delete(k);
    try {
      await this.pageViews.purgeRateWindows(RATE_WINDOW_SECONDS);
    } catch (err) {
      this.logger.warn(`purging page_view_rate failed: ${String(err)}`);
    }
  }
}
