import { Module, OnModuleInit } from '@nestjs/common';
import { SegmentConditions } from '@rapport/shared-api';
import { AuthModule } from '@rapport/shared-auth';
import { SalesRepository } from '@rapport/sales-data';
import { LEADS_REPOSITORIES, LEADS_SEGMENT_CONDITIONS } from '@rapport/leads-data';
import { LeadImportModule, LEAD_IMPORT_RESOLVERS } from './import/lead-import.module';
import { IntakeResolver } from './resolvers/intake.resolver';
import { LeadSetupResolver } from './resolvers/setup.resolver';
import { PublicLeadsController } from './rest/public-leads.controller';
import { TestClockController } from './rest/test-clock.controller';
import { IntakeService } from './services/intake.service';
import { PublicLeadRateLimiter } from './services/rate-limiter';
import { RoutingService } from './services/routing.service';
import { ScoringModule } from './services/scoring.module';
import { SetupService } from './services/setup.service';
import { SlaService } from './services/sla.service';
import { UnansweredService } from './services/unanswered.service';
import { WebFormsService } from './services/web-forms.service';

export const LEADS_RESOLVERS = [LeadSetupResolver, IntakeResolver, ...LEAD_IMPORT_RESOLVERS];

/** Lead intake: web-to-lead, import, routing, scoring and the speed-to-lead SLA. */
@Module({
  imports: [AuthModule, LeadImportModule, ScoringModule],
  controllers: [PublicLeadsController, TestClockController],
  providers: [SalesRepository, ...LEADS_REPOSITORIES, IntakeService, PublicLeadRateLimiter, RoutingService, SetupService, SlaService, UnansweredService, WebFormsService, LeadSetupResolver, IntakeResolver],
  exports: [LeadImportModule, RoutingService, ScoringModule, SlaService],
})
export class LeadsModule implements OnModuleInit {
  constructor(private readonly segmentConditions: SegmentConditions) {}

  onModuleInit() {
    this.segmentConditions.register(...LEADS_SEGMENT_CONDITIONS);
  }
}
