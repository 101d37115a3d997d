import { Module } from '@nestjs/common';
import { AuthModule } from '@rapport/shared-auth';
import { BusinessCalendarResolver } from './resolvers/business-calendar.resolver';
import { BusinessCalendarsService } from './services/business-calendars.service';
import { SlaPolicyResolver } from './resolvers/sla-policy.resolver';
import { SlaPoliciesService } from './services/sla-policies.service';

export const SERVICE_RESOLVERS = [BusinessCalendarResolver, SlaPolicyResolver];

/** Service (issue 18, ADR 0021): so far the set-up — business calendars and the SLA policies counted in them. */
@Module({
  imports: [AuthModule],
  providers: [BusinessCalendarsService, SlaPoliciesService, ...SERVICE_RESOLVERS],
  exports: [BusinessCalendarsService, SlaPoliciesService],
})
export class ServiceModule {}
