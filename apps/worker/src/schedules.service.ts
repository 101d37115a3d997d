import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { QueueName, ScheduleKeeper } from '@rapport/shared-queue';

/**
 * Keeps the job schedulers of SCHEDULES (libs/shared/queue) in the queue store: declared at start,
 * recreated after a reconnect and whenever the periodic check (SCHEDULE_CHECK_MS) finds one gone.
 */
@Injectable()
export class SchedulesService implements OnApplicationBootstrap, OnModuleDestroy {
  private keeper?: ScheduleKeeper;

  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    const queueFor = (name: QueueName) => this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
    this.keeper = new ScheduleKeeper(queueFor, { checkEveryMs: this.config.scheduleCheckMs });
    await this.keeper.start();
  }

  // Before the queues close (their module is destroyed after this one), so no check runs on a closed queue.
  async onModuleDestroy() {
    await this.keeper?.stop();
  }
}
