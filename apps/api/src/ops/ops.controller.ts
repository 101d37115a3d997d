import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, Header, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { OwnBearerToken, Public } from '@rapport/shared-auth';
import { QUEUES } from '@rapport/shared-queue';
import { registry } from './metrics';
import { MetricsAccessGuard } from './metrics-access.guard';

async function timed<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Liveness and readiness for orchestrators (open), metrics for Prometheus (token or admin). */
@ApiExcludeController()
@Public()
@Controller()
export class OpsController {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @InjectQueue(QUEUES.platform) private readonly queue: Queue,
  ) {}

  @Get('health')
  health() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res() res: Response) {
    const checks: Record<string, string> = {};
    await timed(this.ds.query('SELECT 1'), 2000).then(
      () => (checks['database'] = 'ok'),
      (e) => (checks['database'] = `down: ${e.message}`),
    );
    await timed(this.queue.getJobCounts('waiting'), 2000).then(
      () => (checks['queue'] = 'ok'),
      (e) => (checks['queue'] = `down: ${e.message}`),
    );
    const ok = Object.values(checks).every((v) => v === 'ok');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', checks });
  }

  /** For Prometheus with METRICS_TOKEN as its bearer token, or for a signed-in admin. */
  @Get('metrics')
  @OwnBearerToken()
  @UseGuards(MetricsAccessGuard)
  @Header('Content-Type', registry.contentType)
  metrics() {
    return registry.metrics();
  }
}
