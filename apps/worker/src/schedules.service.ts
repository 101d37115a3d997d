import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QUEUES } from '@rapport/shared-queue';

/** Registers recurring jobs as BullMQ job schedulers (idempotent upserts, visible in Bull Board). */
@Injectable()
export class SchedulesService implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUES.platform) private readonly platform: Queue,
    @InjectQueue(QUEUES.leads) private readonly leads: Queue,
    @InjectQueue(QUEUES.revenue) private readonly revenue: Queue,
  ) {}

  async onApplicationBootstrap() {
    await this.platform.upsertJobScheduler('purge-sessions-nightly', { pattern: '0 3 * * *' }, { name: 'purge-sessions', data: { olderThanDays: 30 } });
    // Speed-to-lead: escalations land within a minute of coming due.
    await this.leads.upsertJobScheduler('check-sla-every-minute', { every: 60_000 }, { name: 'check-sla', data: {} });
    await this.revenue.upsertJobScheduler('snapshot-forecast-weekly', { pattern: '0 6 * * 1' }, { name: 'snapshot-forecast', data: {} });
    await this.revenue.upsertJobScheduler('remind-commitments-hourly', { pattern: '5 * * * *' }, { name: 'remind-commitments', data: {} });
  }
}
