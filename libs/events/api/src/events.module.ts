import { Module, OnModuleInit } from '@nestjs/common';
import { EngagementFacts, SegmentConditions } from '@rapport/shared-api';
import { AuthModule } from '@rapport/shared-auth';
import { MailModule } from '@rapport/shared-mail';
import { PublicLeadRateLimiter, ScoringModule } from '@rapport/leads-api';
import { PublicLeadRateRepository } from '@rapport/leads-data';
import { ConsentConfirmationRepository, ConsentRepository, VisitorRepository } from '@rapport/marketing-data';
import { ConsentRecorder } from '@rapport/marketing-api';
import { EVENTS_SEGMENT_CONDITIONS, EventMailRepository, EventRepository, RegistrationRepository } from '@rapport/events-data';
import { EventResolver } from './resolvers/event.resolver';
import { PublicEventsController } from './rest/public-events.controller';
import { EventMailer } from './services/event-mailer.service';
import { EventRegistrationsService } from './services/event-registrations.service';
import { EventRemindersService } from './services/event-reminders.service';
import { EventsService } from './services/events.service';
import { CheckInService } from './services/check-in.service';
import { RegistrationService } from './services/registration.service';
import { RegistrationPagesService } from './services/registration-pages.service';

/** The resolvers the schema is built from (apps/api/src/schema.ts). */
export const EVENTS_RESOLVERS = [EventResolver];

/** Events, registration, their mail and reminders (issue 16, docs/adr/0019). */
@Module({
  imports: [AuthModule, MailModule, ScoringModule],
  controllers: [PublicEventsController],
  // Registration shares web-to-lead's per-client limit (its counter lives in PostgreSQL).
  providers: [PublicLeadRateLimiter, PublicLeadRateRepository, VisitorRepository, ConsentRepository, ConsentConfirmationRepository, ConsentRecorder, EventRepository, RegistrationRepository, EventMailRepository, EventsService, EventRegistrationsService, RegistrationService, RegistrationPagesService, CheckInService, EventMailer, EventRemindersService, EventResolver],
  exports: [EventMailer, EventRemindersService, RegistrationService],
})
export class EventsModule implements OnModuleInit {
  constructor(
    private readonly engagement: EngagementFacts,
    private readonly registrations: RegistrationRepository,
    private readonly segmentConditions: SegmentConditions,
  ) {}

  onModuleInit() {
    this.segmentConditions.register(...EVENTS_SEGMENT_CONDITIONS);
    // Lead scoring reads the events a lead registered for and attended (a rule such as eventsAttended ≥ 1).
    this.engagement.register(async (m, leadIds) => {
      const found = await this.registrations.engagementOfLeads(m, leadIds);
      return new Map(leadIds.map((id) => [id, found.get(id) ?? { eventsRegistered: 0, eventsAttended: 0 }]));
    });
  }
}
