import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { dataSourceOptions } from './data-source';

/** Registers the TypeORM connection for an app; the app passes every domain's entities and migrations. */
@Module({})
export class DatabaseModule {
  static forRoot(extra: Parameters<typeof dataSourceOptions>[1] = {}): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => dataSourceOptions(config.databaseUrl, { poolSize: config.databasePoolSize, ...extra }),
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
