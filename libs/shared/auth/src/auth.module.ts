import { CustomerIdentities } from './services/customer-identities';
import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { CallLines, ContactSets, CreateHooks, DeactivationGuards, EngagementFacts, ExportRegistry, HandoverExtensions, InboundMailRouter, MergeHooks, PreferenceLinks, RecordCatalogue, SearchRegistry, SegmentConditions } from '@rapport/shared-api';
import { AuthGuard } from './auth.guard';
import { ApiKeysResolver, PlatformResolver } from './resolvers/admin.resolver';
import { AuthResolver } from './resolvers/auth.resolver';
import { TeamsResolver } from './resolvers/teams.resolver';
import { UsersResolver } from './resolvers/users.resolver';
import { NotificationsResolver } from './resolvers/notifications.resolver';
import { CustomFieldsResolver } from './resolvers/custom-fields.resolver';
import { SavedViewsResolver } from './resolvers/saved-views.resolver';
import { RecordTypesResolver } from './resolvers/record-types.resolver';
import { PicklistsResolver } from './resolvers/picklists.resolver';
import { PicklistsService } from './services/picklists.service';
import { RecordTypesService } from './services/record-types.service';
import { CustomFieldsService } from './services/custom-fields.service';
import { SavedViewsService } from './services/saved-views.service';
import { UsersController } from './rest/users.controller';
import { ApiKeysService } from './services/api-keys.service';
import { AuthService } from './services/auth.service';
import { DirectoryService } from './services/directory.service';
import { NotificationsService } from './services/notifications.service';
import { ApiKeysRepository, LoginAttemptsRepository, SessionsRepository, TeamsRepository, UsersRepository } from './services/repositories';
import { TeamsService } from './services/teams.service';
import { UsersService } from './services/users.service';

/** Every resolver of this lib, for printing the schema without booting the app. */
export const AUTH_RESOLVERS = [AuthResolver, UsersResolver, TeamsResolver, ApiKeysResolver, PlatformResolver, NotificationsResolver, CustomFieldsResolver, SavedViewsResolver, RecordTypesResolver, PicklistsResolver];

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // A key object made once: given a string, jsonwebtoken first tries (and fails) to read it
        // as a public key on every verify, about a millisecond per request.
        const key = createSecretKey(Buffer.from(config.sessionSecret, 'utf8'));
        return { secretOrKeyProvider: () => key };
      },
    }),
  ],
  controllers: [UsersController],
  providers: [
    AuthService,
    UsersService,
    TeamsService,
    ApiKeysService,
    DirectoryService,
    NotificationsService,
    UsersRepository,
    TeamsRepository,
    ApiKeysRepository,
    SessionsRepository,
    LoginAttemptsRepository,
    ...AUTH_RESOLVERS,
    SearchRegistry,
    DeactivationGuards,
    HandoverExtensions,
    CreateHooks,
    EngagementFacts,
    SegmentConditions,
    ContactSets,
    MergeHooks,
    ExportRegistry,
    CustomFieldsService,
    SavedViewsService,
    RecordCatalogue,
    InboundMailRouter,
    CallLines,
    PreferenceLinks,
    CustomerIdentities,
    RecordTypesService,
    PicklistsService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, UsersService, DirectoryService, SearchRegistry, DeactivationGuards, HandoverExtensions, CreateHooks, EngagementFacts, SegmentConditions, ContactSets, MergeHooks, ExportRegistry, CustomFieldsService, PicklistsService, RecordCatalogue, InboundMailRouter, CallLines, PreferenceLinks, CustomerIdentities],
})
export class AuthModule {}
