import { Injectable, Logger } from '@nestjs/common';
import { PageViewRepository, VisitorRepository } from '@rapport/marketing-data';
import { expiredPartitions, partitionsAhead } from '@rapport/marketing-domain';

/**
 * The daily care of `page_view`'s monthly partitions (the `maintain-page-views` job): this month's
 * and next month's exist before anyone needs them, and the months entirely older than the
 * retention (web_visitor_settings.retention_months, default 13) are dropped whole. Idempotent:
 * running it twice, or on two workers, creates and drops nothing twice.
 */
@Injectable()
export class PageViewMaintenanceService {
  private readonly logger = new Logger(PageViewMaintenanceService.name);

  constructor(
    private readonly pageViews: PageViewRepository,
    private readonly visitors: VisitorRepository,
  ) {}

  async maintain(now: Date = new Date()): Promise<{ created: string[]; dropped: string[] }> {
    const ahead = partitionsAhead(now);
    const before = new Set(await this.pageViews.partitionNames());
    await this.pageViews.createPartitions(ahead);
    const { retentionMonths } = await this.visitors.settings();
    const dropped: string[] = [];
    for (const name of expiredPartitions([...before], now, retentionMonths)) {
      await this.pageViews.dropPartition(name);
      dropped.push(name);
    }
    if (dropped.length) this.logger.log(`dropped page_view partitions past the ${retentionMonths}-month retention: ${dropped.join(', ')}`);
    return { created: ahead.map((p) => p.name).filter((n) => !before.has(n)), dropped };
  }
}
