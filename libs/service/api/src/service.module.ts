import { Module } from '@nestjs/common';
import { AuthModule } from '@rapport/shared-auth';
import { BusinessCalendarResolver } from './resolvers/business-calendar.resolver';
import { BusinessCalendarsService } from './services/business-calendars.service';
import { SlaPolicyResolver } from './resolvers/sla-policy.resolver';
import { SlaPoliciesService } from './services/sla-policies.service';
import { AccountEntitlementsResolver, EntitlementResolver } from './resolvers/entitlement.resolver';
import { EntitlementsService } from './services/entitlements.service';
import { EntitlementRepository } from '@rapport/service-data';

export const SERVICE_RESOLVERS = [BusinessCalendarResolver, SlaPolicyResolver, EntitlementResolver, AccountEntitlementsResolver];

/** Service (issue 18, ADR 0021): so far the set-up — business calendars, the SLA policies counted in them, and the accounts' contracts that select a policy. */
@Module({
  imports: [AuthModule],
  providers: [BusinessCalendarsService, SlaPoliciesService, EntitlementRepository, EntitlementsService, ...SERVICE_RESOLVERS],
  exports: [BusinessCalendarsService, SlaPoliciesService, EntitlementsService],
})
export class ServiceModule {}
