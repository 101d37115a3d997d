import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { CurrentActor } from '@rapport/shared-api';
import { Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { SlaService } from '../services/sla.service';

export class CheckSlaAtInput {
  @IsISO8601({ strict: true }, { message: 'at must be an ISO 8601 date-time' }) at: string;
}

/**
 * The injectable clock for tests: runs the SLA check as if it were `at`. Exists only when
 * TEST_CLOCK=1 outside production (the config refuses it in production) and only for admins.
 */
@ApiExcludeController()
@Controller('testing')
export class TestClockController {
  constructor(
    private readonly sla: SlaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('check-sla')
  @HttpCode(200)
  checkSla(@CurrentActor() actor: Actor, @Body() body: CheckSlaAtInput) {
    if (!this.config.testClockEnabled) throw AppError.notFound('This endpoint');
    // Those who administer every user (administrators) may move the clock.
    if (scopeFor(actor, 'user', 'write') !== RecordScope.All) throw AppError.forbidden();
    return this.sla.check(new Date(body.at));
  }
}
