import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { CurrentActor } from '@rapport/shared-api';
import { withSystemScope } from '@rapport/shared-database';
import { Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { CaseEscalationService } from '../services/case-escalation.service';

export class EscalateAtInput {
  @IsISO8601({ strict: true }, { message: 'at must be an ISO 8601 date-time' }) at: string;
}

/**
 * The injectable clock for tests of SLA escalation: runs the `escalate-cases` job as if it were `at`.
 * Exists only when TEST_CLOCK=1 outside production and only for administrators (as check-sla).
 */
@ApiExcludeController()
@Controller('testing')
export class CaseTestClockController {
  constructor(
    private readonly escalation: CaseEscalationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('escalate-cases')
  @HttpCode(200)
  escalate(@CurrentActor() actor: Actor, @Body() body: EscalateAtInput) {
    if (!this.config.testClockEnabled) throw AppError.notFound('This endpoint');
    if (scopeFor(actor, 'user', 'write') !== RecordScope.All) throw AppError.forbidden();
    return withSystemScope('test clock: SLA escalation as the job would run it', () => this.escalation.run(new Date(body.at)));
  }
}
