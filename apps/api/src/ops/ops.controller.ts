import { getQueueToken, InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, Header, Res, UseGuards } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { OwnBearerToken, Public } from '@rapport/shared-auth';
import { missingSchedules, QueueName, QUEUES } from '@rapport/shared-queue';
import { withTimeout } from '@rapport/shared-util';
import { metricsText, registry } from './metrics';
import { MetricsAccessGuard } from './metrics-access.guard';

/** Liveness and readiness for orchestrators (open), metrics for Prometheus (token or admin). */
@ApiExcludeController()
@Public()
@Controller()
export class OpsController {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @InjectQueue(QUEUES.platform) private readonly queue: Queue,
    private readonly moduleRef: ModuleRef,
  ) {}

  @Get('health')
  health() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res() res: Response) {
    const checks: Record<string, string> = {};
    await withTimeout(this.ds.query('SELECT 1'), 2000).then(
      () => (checks['database'] = 'ok'),
      (e) => (checks['database'] = `down: ${e.message}`),
    );
    await withTimeout(this.queue.getJobCounts('waiting'), 2000).then(
      () => (checks['queue'] = 'ok'),
      (e) => (checks['queue'] = `down: ${e.message}`),
    );
    const ok = Object.values(checks).every((v) => v === 'ok');
    // Only asked of a queue store that answered: otherwise it would just wait out another timeout.
    const schedulers = checks['queue'] === 'ok' ? await this.schedulers() : { status: 'unknown', missing: [] };
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', checks, schedulers });
  }

  /**
   * Which job schedulers are missing from the queue store (the worker recreates them within
   * SCHEDULE_CHECK_MS; if this stays non-empty, the worker is not running). Reported, but it does
   * not fail readiness: this API can serve requests all the same, and a load balancer taking every
   * API out of service because of the worker's schedules would turn a late SLA check into an outage.
   */
  private async schedulers(): Promise<{ status: string; missing: string[]; error?: string }> {
    const queueFor = (name: QueueName) => this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
    try {
      const missing = (await withTimeout(missingSchedules(queueFor), 2000)).map((s) => `${s.queue}/${s.id}`);
      return { status: missing.length ? 'missing' : 'ok', missing };
    } catch (e) {
      return { status: 'unknown', missing: [], error: (e as Error).message };
    }
  }

  /** For Prometheus with METRICS_TOKEN as its bearer token, or for a signed-in admin. */
  @Get('metrics')
  @OwnBearerToken()
  @UseGuards(MetricsAccessGuard)
  @Header('Content-Type', registry.contentType)
  metrics() {
    return metricsText();
  }
}
