import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { attachOutboxAck } from '@rapport/shared-queue';

/**
 * Acknowledges outbox rows for every processor of the worker, present and future, in one place:
 * each BullMQ worker gets the hooks that mark a job's rows done when it completes and failed when
 * its last attempt fails (docs/adr/0009). Processors need not know the outbox exists.
 */
@Injectable()
export class OutboxAckService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(OutboxAckService.name);
  private readonly attached = new Set<Worker>();

  constructor(
    private readonly discovery: DiscoveryService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  // BullMQ's registrar (an imported module) creates the workers in its onModuleInit, which runs
  // before this module's: attaching here misses no completion. Bootstrap catches any latecomer.
  onModuleInit() {
    this.attachAll();
  }

  onApplicationBootstrap() {
    this.attachAll();
  }

  private attachAll() {
    for (const wrapper of this.discovery.getProviders()) {
      const host: unknown = wrapper.instance;
      if (!(host instanceof WorkerHost)) continue;
      let worker: Worker;
      try {
        worker = host.worker;
      } catch {
        continue; // not created yet: the next call attaches it
      }
      if (this.attached.has(worker)) continue;
      attachOutboxAck(worker, this.ds, (message) => this.logger.warn(`${message}; the reconciler will record it`));
      this.attached.add(worker);
    }
  }
}
