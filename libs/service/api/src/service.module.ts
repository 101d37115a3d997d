import { Module } from '@nestjs/common';
import { AuthModule } from '@rapport/shared-auth';
import { BusinessCalendarResolver } from './resolvers/business-calendar.resolver';
import { BusinessCalendarsService } from './services/business-calendars.service';

export const SERVICE_RESOLVERS = [BusinessCalendarResolver];

/** Service (issue 18, ADR 0021): so far the business calendars SLA clocks count in. */
@Module({
  imports: [AuthModule],
  providers: [BusinessCalendarsService, ...SERVICE_RESOLVERS],
  exports: [BusinessCalendarsService],
})
export class ServiceModule {}
