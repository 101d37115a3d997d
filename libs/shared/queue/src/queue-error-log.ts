import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { QUEUES } from './queues';

/**
 * A queue whose store goes away (Redis restarted, PostgreSQL restarted under the PostgreSQL
 * backend) emits `error` on every pooled connection it loses, and BullMQ reconnects by itself.
 * Without a listener Node reports each one as an unhandled `error` event with a full stack (~200
 * lines per restart in the fault suite), which buries the one line that matters. This logs one
 * warning per queue per outage instead; the errors of a single outage arrive within a few
 * seconds, so a quiet window separates outages.
 */
export class ErrorBurstFilter {
  private lastAt = new Map<string, number>();

  constructor(private readonly quietMs = 30_000) {}

  /** True for the first error of a burst on this queue; later ones within the quiet window are counted, not logged. */
  shouldLog(queue: string, now: number): boolean {
    const last = this.lastAt.get(queue);
    this.lastAt.set(queue, now);
    return last === undefined || now - last > this.quietMs;
  }
}

@Injectable()
export class QueueErrorLog implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('QueueStore');
  private readonly filter = new ErrorBurstFilter();
  private readonly detach: (() => void)[] = [];

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of Object.values(QUEUES)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      const onError = (err: Error) => {
        if (this.filter.shouldLog(name, Date.now())) this.logger.warn(`queue ${name}: store unreachable, reconnecting (${err.message})`);
      };
      queue.on('error', onError);
      this.detach.push(() => queue.off('error', onError));
    }
  }

  onApplicationShutdown(): void {
    for (const d of this.detach.splice(0)) d();
  }
}
