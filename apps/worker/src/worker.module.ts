import { Module } from '@nestjs/common';
import { ConfigModule } from '@rapport/shared-config';
import { DatabaseModule } from '@rapport/shared-database';
import { QueueModule } from '@rapport/shared-queue';
import { DOMAIN_ENTITIES, DOMAIN_MIGRATIONS } from '@rapport/platform-registry';
import { SalesJobsModule } from '@rapport/sales-jobs';
import { LeadsJobsModule } from '@rapport/leads-jobs';
import { RevenueJobsModule } from '@rapport/revenue-jobs';
import { MailModule } from '@rapport/shared-mail';
import { OutboxRelayService } from './outbox-relay.service';
import { PlatformProcessor } from './platform.processor';
import { SchedulesService } from './schedules.service';

/** The worker: BullMQ processors, the outbox relay and job schedulers. No HTTP. */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forRoot({ entities: DOMAIN_ENTITIES, migrations: DOMAIN_MIGRATIONS, applicationName: 'rapport-worker', poolSize: 5 }),
    QueueModule.forRoot(),
    SalesJobsModule,
    LeadsJobsModule,
    RevenueJobsModule,
    MailModule,
  ],
  providers: [PlatformProcessor, OutboxRelayService, SchedulesService],
})
export class WorkerModule {}
