import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { COALESCED_JOBS, OutboxReconciler, OutboxRelay, QUEUES, reconciliationLogLine } from '@rapport/shared-queue';

/**
 * Runs the outbox relay in a loop (drain, then wait `outboxPollMs`) and, every
 * `outboxReconcileMs`, a page of the reconciler, which makes rows whose job the queue store lost
 * pending again for the relay (docs/adr/0009). One loop, so a page and the relay take turns:
 * after a wiped queue, re-sent rows start flowing while the rest are still being checked.
 */
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
    const reconciler = new OutboxReconciler(this.ds, (name) => queues.get(name), { graceMs: this.config.outboxReconcileGraceMs });
    // First check at start: a worker that comes back after the queue store lost its data heals at once.
    let reconcileAt = 0;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        if (Date.now() >= reconcileAt) {
          reconcileAt = Date.now() + this.config.outboxReconcileMs;
          try {
            const report = await reconciler.reconcileOnce();
            const line = reconciliationLogLine(report);
            if (line) console.log(JSON.stringify({ ...line, time: new Date().toISOString(), service: 'rapport-worker' }));
            // Losses come in bulk (a flushed Redis): while pages find work, the next one follows at once.
            if (!report.wrapped && Object.keys(report.outcomes).length > 0) reconcileAt = 0;
          } catch (err) {
            this.logger.error(`outbox reconciliation failed: ${String(err)}`);
          }
        }
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
