import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { queueConnection } from './backend';
import { QueueErrorLog } from './queue-error-log';
import { DEFAULT_JOB_OPTIONS, QUEUES } from './queues';
import { assertRedisKeepsJobs } from './redis-eviction-check';

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
          useFactory: async (config: AppConfig) => {
            const { kind, connection } = queueConnection(config);
            // Before any queue or worker exists: an evicting Redis would lose accepted work silently.
            if (kind === 'redis') await assertRedisKeepsJobs(connection, config.redisAllowEviction, bootLog);
            return { connection: connection as never, prefix: config.queuePrefix, defaultJobOptions: DEFAULT_JOB_OPTIONS };
          },
        }),
        ...queues,
      ],
      providers: [QueueErrorLog],
      exports: [BullModule],
    };
  }
}

const logger = new Logger('QueueStore');
const bootLog = {
  warn: (message: string) => logger.warn(message),
  // A JSON line like the apps' other logs, written at once: the refusal ends the process right after.
  error: (message: string) => console.error(JSON.stringify({ level: 'fatal', context: 'QueueStore', msg: message })),
};
