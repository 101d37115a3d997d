import { Module, OnModuleInit } from '@nestjs/common';
import { RecordCatalogue } from '@rapport/shared-api';
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

export const SERVICE_RESOLVERS = [BusinessCalendarResolver, SlaPolicyResolver, EntitlementResolver, AccountEntitlementsResolver, CaseResolver];

/** Service (issue 18, ADR 0021/0022): the set-up — business calendars, SLA policies, the accounts' contracts — and cases with their thread and clocks. */
@Module({
  imports: [AuthModule, SalesModule],
  providers: [BusinessCalendarsService, SlaPoliciesService, EntitlementRepository, EntitlementsService, CaseRepository, CaseClocksService, CasesService, CaseThreadService, ...SERVICE_RESOLVERS],
  exports: [BusinessCalendarsService, SlaPoliciesService, EntitlementsService, CasesService, CaseThreadService, CaseClocksService],
})
export class ServiceModule implements OnModuleInit {
  constructor(private readonly catalogue: RecordCatalogue) {}

  onModuleInit() {
    this.catalogue.register(CASE);
  }
}
