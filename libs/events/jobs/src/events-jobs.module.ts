import { Module } from '@nestjs/common';
import { EventsModule } from '@rapport/events-api';
import { EventsMailProcessor } from './events.processor';

@Module({
  imports: [EventsModule],
  providers: [EventsMailProcessor],
  exports: [EventsModule],
})
export class EventsJobsModule {}
