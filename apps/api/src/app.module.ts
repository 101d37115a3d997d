import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { AppConfig, APP_CONFIG, ConfigModule } from '@rapport/shared-config';
import { AppValidationPipe, complexityPlugin, depthLimitRule, formatGraphQLError, ProblemDetailsFilter } from '@rapport/shared-api';
import { AuthModule } from '@rapport/shared-auth';
import { SalesModule } from '@rapport/sales-api';
import { LeadsModule } from '@rapport/leads-api';
import { RevenueModule } from '@rapport/revenue-api';
import { MailModule } from '@rapport/shared-mail';
import { DatabaseModule } from '@rapport/shared-database';
import { QueueModule } from '@rapport/shared-queue';
import { DOMAIN_ENTITIES, DOMAIN_MIGRATIONS } from '@rapport/platform-registry';
import { OpsController } from './ops/ops.controller';

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
        introspection: true,
        context: ({ req, res }: { req: Request; res: Response }) => ({ req, res }),
        formatError: formatGraphQLError,
        // Apollo pretty-prints responses by default: a 50-row page grows by a third in spaces
        // that every client downloads and the server writes.
        stringifyResult: (result) => JSON.stringify(result),
        validationRules: [depthLimitRule(config.graphqlMaxDepth)],
        plugins: [complexityPlugin(config.graphqlMaxComplexity)],
      }),
    }),
    AuthModule,
    SalesModule,
    LeadsModule,
    RevenueModule,
    MailModule,
  ],
  controllers: [OpsController],
  providers: [
    { provide: APP_PIPE, useClass: AppValidationPipe },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
})
export class AppModule {}
