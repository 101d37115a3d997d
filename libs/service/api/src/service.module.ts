import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { InboundMailRouter, RecordCatalogue } from '@rapport/shared-api';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { withSystemScope } from '@rapport/shared-database';
import { MailModule } from '@rapport/shared-mail';
import { CASE } from '@rapport/service-domain';
import { AuthModule } from '@rapport/shared-auth';
import { BusinessCalendarResolver } from './resolvers/business-calendar.resolver';
import { BusinessCalendarsService } from './services/business-calendars.service';
import { SlaPolicyResolver } from './resolvers/sla-policy.resolver';
import { SlaPoliciesService } from './services/sla-policies.service';
import { AccountEntitlementsResolver, EntitlementResolver } from './resolvers/entitlement.resolver';
import { EntitlementsService } from './services/entitlements.service';
import { CaseRepository, EntitlementRepository } from '@rapport/service-data';
import { SalesModule } from '@rapport/sales-api';
import { CaseResolver } from './resolvers/case.resolver';
import { CasesService } from './services/cases.service';
import { CaseClocksService } from './services/case-clocks.service';
import { CaseThreadService } from './services/case-thread.service';
import { CaseMailService } from './services/case-mail.service';
import { CaseMailer } from './services/case-mailer.service';
import { CaseEscalationService } from './services/case-escalation.service';
import { CaseRecomputeService } from './services/case-recompute.service';
import { CaseMergeService } from './services/case-merge.service';
import { CaseTestClockController } from './rest/case-test-clock.controller';

export const SERVICE_RESOLVERS = [BusinessCalendarResolver, SlaPolicyResolver, EntitlementResolver, AccountEntitlementsResolver, CaseResolver];

/** Service (issue 18, ADR 0021/0022): the set-up — business calendars, SLA policies, the accounts' contracts — and cases with their thread and clocks. */
@Module({
  imports: [AuthModule, SalesModule, MailModule],
  providers: [BusinessCalendarsService, SlaPoliciesService, EntitlementRepository, EntitlementsService, CaseRepository, CaseClocksService, CasesService, CaseThreadService, CaseMailService, CaseMailer, CaseEscalationService, CaseRecomputeService, CaseMergeService, ...SERVICE_RESOLVERS],
  controllers: [CaseTestClockController],
  exports: [BusinessCalendarsService, SlaPoliciesService, EntitlementsService, CasesService, CaseThreadService, CaseClocksService, CaseMailService, CaseMailer, CaseEscalationService, CaseRecomputeService],
})
export class ServiceModule implements OnModuleInit {
  constructor(
    private readonly catalogue: RecordCatalogue,
    private readonly inboundMail: InboundMailRouter,
    private readonly caseMail: CaseMailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.catalogue.register(CASE);
    // Mail to the support address opens and continues cases (one receiver, routed by address).
    this.inboundMail.register({
      name: 'service',
      domains: [this.config.supportMailAddress.split('@')[1]!],
      accepts: (rcptTo) => this.caseMail.accepts(rcptTo),
      receive: (m) => withSystemScope('a customer’s mail is threaded onto their case, whoever works it', () => this.caseMail.receive(m)),
    });
  }
}
