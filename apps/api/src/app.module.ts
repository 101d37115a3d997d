import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { AppConfig, APP_CONFIG, ConfigModule } from '@rapport/shared-config';
import { AppValidationPipe, complexityPlugin, depthLimitRule, formatGraphQLError, inputHygienePlugin, ProblemDetailsFilter, requestErrorStatusPlugin } from '@rapport/shared-api';
import { AuthModule } from '@rapport/shared-auth';
import { SalesModule } from '@rapport/sales-api';
import { LeadsModule } from '@rapport/leads-api';
import { RevenueModule } from '@rapport/revenue-api';
import { MarketingModule } from '@rapport/marketing-api';
import { EventsModule } from '@rapport/events-api';
import { SegmentationModule } from '@rapport/segmentation-api';
import { ServiceModule } from '@rapport/service-api';
import { MailModule } from '@rapport/shared-mail';
import { DatabaseModule } from '@rapport/shared-database';
import { QueueModule } from '@rapport/shared-queue';
import { DOMAIN_ENTITIES, DOMAIN_MIGRATIONS } from '@rapport/platform-registry';
import { OpsController } from './ops/ops.controller';
import { OutboxMetrics } from './ops/outbox-metrics';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forRoot({ entities: DOMAIN_ENTITIES, migrations: DOMAIN_MIGRATIONS, applicationName: 'rapport-api' }),
    QueueModule.forRoot(),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // Built in memory; `npm run schema:print` writes the committed schema.gql from the same resolvers.
        autoSchemaFile: true,
        sortSchema: true,
        path: '/graphql',
        playground: false,
        // Off in production unless GRAPHQL_INTROSPECTION=true: the SPA and codegen use the committed schema.gql.
        introspection: config.graphqlIntrospection,
        context: ({ req, res }: { req: Request; res: Response }) => ({ req, res }),
        formatError: formatGraphQLError,
        // Apollo pretty-prints responses by default: a 50-row page grows by a third in spaces
        // that every client downloads and the server writes.
        stringifyResult: (result) => JSON.stringify(result),
        validationRules: [depthLimitRule(config.graphqlMaxDepth)],
        // Hygiene first, so a bad variable is reported as such before the complexity check coerces it.
        // Apollo's cache-control plugin (on unless disabled) wraps every field's resolver to collect
        // cache hints; nothing here sets one (answers are per user, never cached), so it was pure cost.
        plugins: [inputHygienePlugin(), complexityPlugin(config.graphqlMaxComplexity), requestErrorStatusPlugin(), ApolloServerPluginCacheControlDisabled()],
      }),
    }),
    AuthModule,
    SalesModule,
    LeadsModule,
    RevenueModule,
    MarketingModule,
    EventsModule,
    SegmentationModule,
    ServiceModule,
    MailModule,
  ],
  controllers: [OpsController],
  providers: [
    OutboxMetrics,
    { provide: APP_PIPE, useClass: AppValidationPipe },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
})
export class AppModule {}
