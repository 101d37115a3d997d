import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QUEUES } from '@rapport/shared-queue';

/** Registers recurring jobs as BullMQ job schedulers (idempotent upserts, visible in Bull Board). */
@Injectable()
export class SchedulesService implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUES.platform) private readonly platform: Queue) {}

  async onApplicationBootstrap() {
    await this.platform.upsertJobScheduler('purge-sessions-nightly', { pattern: '0 3 * * *' }, { name: 'purge-sessions', data: { olderThanDays: 30 } });
  }
}
