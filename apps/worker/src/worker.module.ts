import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ConfigModule } from '@rapport/shared-config';
import { DatabaseModule } from '@rapport/shared-database';
import { QueueModule } from '@rapport/shared-queue';
import { DOMAIN_ENTITIES, DOMAIN_MIGRATIONS } from '@rapport/platform-registry';
import { SalesJobsModule } from '@rapport/sales-jobs';
import { LeadsJobsModule } from '@rapport/leads-jobs';
import { LeadsModule } from '@rapport/leads-api';
import { RevenueJobsModule } from '@rapport/revenue-jobs';
import { RevenueModule } from '@rapport/revenue-api';
import { MarketingHooksModule } from '@rapport/marketing-api';
import { MarketingJobsModule } from '@rapport/marketing-jobs';
import { EventsJobsModule } from '@rapport/events-jobs';
import { ServiceJobsModule } from '@rapport/service-jobs';
import { SegmentationJobsModule } from '@rapport/segmentation-jobs';
import { MailModule } from '@rapport/shared-mail';
import { MaintenanceProcessor } from './maintenance.processor';
import { OutboxAckService } from './outbox-ack.service';
import { OutboxRelayService } from './outbox-relay.service';
import { PlatformProcessor } from './platform.processor';
import { SchedulesService } from './schedules.service';

/** The worker: BullMQ processors, the outbox relay and job schedulers. No HTTP. */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forRoot({ entities: DOMAIN_ENTITIES, migrations: DOMAIN_MIGRATIONS, applicationName: 'rapport-worker', poolSize: 10 }),
    QueueModule.forRoot(),
    SalesJobsModule,
    LeadsJobsModule,
    RevenueJobsModule,
    MarketingJobsModule,
    EventsJobsModule,
    ServiceJobsModule,
    SegmentationJobsModule,
    MailModule,
    // The services the maintenance queue's handlers call (the same module instances the jobs modules use).
    LeadsModule,
    RevenueModule,
    // Marketing's part of lead imports (a new lead naming a campaign joins it).
    MarketingHooksModule,
    DiscoveryModule,
  ],
  providers: [PlatformProcessor, MaintenanceProcessor, OutboxRelayService, OutboxAckService, SchedulesService],
})
export class WorkerModule {}
