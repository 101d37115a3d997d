import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { queueConnection } from './backend';
import { DEFAULT_JOB_OPTIONS, QUEUES } from './queues';

/** BullMQ for an app (API produces, worker consumes), on Redis or PostgreSQL per the config. */
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    const queues = Object.values(QUEUES).map((name) => BullModule.registerQueue({ name }));
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            connection: queueConnection(config).connection as never,
            prefix: config.queuePrefix,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        }),
        ...queues,
      ],
      exports: [BullModule],
    };
  }
}
