import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, apiKeyScopes, permissionMatrix } from '@rapport/shared-domain';
import { CurrentActor, GqlContext, listComplexity, loadersIn, SearchRegistry } from '@rapport/shared-api';
import { ApiKeyEntity } from '@rapport/shared-database';
import { ApiKey, ApiKeyConnection, CreateApiKeyInput, CreateApiKeyPayload, RevokeApiKeyInput, RevokeApiKeyPayload, RoleInfo, SearchHit } from '../models/api-key.model';
import { UserRef } from '../models/user.model';
import { ApiKeysService } from '../services/api-keys.service';
import { DirectoryService } from '../services/directory.service';

@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly directory: DirectoryService,
  ) {}

  @Query(() => ApiKeyConnection, { name: 'apiKeys', complexity: listComplexity })
  listApiKeys(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.keys.list(actor, { first, after });
  }

  @Query(() => [String], { description: 'Every scope an API key can be granted.' })
  apiKeyScopes(): string[] {
    return apiKeyScopes();
  }

  @Mutation(() => CreateApiKeyPayload)
  createApiKey(@CurrentActor() actor: Actor, @Args('input') input: CreateApiKeyInput) {
    return this.keys.create(actor, input);
  }

  @Mutation(() => RevokeApiKeyPayload)
  async revokeApiKey(@CurrentActor() actor: Actor, @Args('input') input: RevokeApiKeyInput) {
    return { apiKey: await this.keys.revoke(actor, input.id) };
  }

  @ResolveField(() => UserRef)
  actsAs(key: ApiKeyEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return this.directory.ref(loaders, key.actsAsUserId);
  }

  @ResolveField(() => UserRef, { name: 'createdBy' })
  creator(key: ApiKeyEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return this.directory.ref(loaders, key.createdBy);
  }
}

@Resolver()
export class PlatformResolver {
  constructor(private readonly searchRegistry: SearchRegistry) {}

  @Query(() => [RoleInfo], { description: 'The permission matrix: what each role may read and write.' })
  roles() {
    return permissionMatrix();
  }

  @Query(() => [SearchHit], { description: 'Global search across everything the caller can see.' })
  search(
    @CurrentActor() actor: Actor,
    @Args('query') query: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first: number,
  ) {
    return this.searchRegistry.search(actor, query.slice(0, 200), Math.min(Math.max(first, 1), 50));
  }
}
