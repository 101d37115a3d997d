import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { COALESCED_JOBS, OutboxRelay, QUEUES } from '@rapport/shared-queue';

/** Runs the outbox relay in a loop: drains, then waits `outboxPollMs`. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private running = false;
  private loop?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap() {
    const queues = new Map<string, Queue>(
      Object.values(QUEUES).map((name) => [name, this.moduleRef.get<Queue>(getQueueToken(name), { strict: false })]),
    );
    const relay = new OutboxRelay(this.ds, (name) => queues.get(name), 200, COALESCED_JOBS);
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        try {
          await relay.drain();
        } catch (err) {
          this.logger.error(`outbox relay failed: ${String(err)}`);
        }
        await new Promise((r) => setTimeout(r, this.config.outboxPollMs));
      }
    })();
  }

  async onApplicationShutdown() {
    this.running = false;
    await this.loop;
  }
}
