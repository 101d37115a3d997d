import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { actorIn, CurrentActor, GqlContext, loadersIn } from '@rapport/shared-api';
import { Account } from '@rapport/sales-api';
import type { AccountEntity } from '@rapport/sales-data';
import { EntitlementRepository, type EntitlementEntity } from '@rapport/service-data';
import { CreateEntitlementInput, Entitlement, EntitlementPayload, UpdateEntitlementInput } from '../models/entitlement.model';
import { ServiceSlaPolicy } from '../models/sla-policy.model';
import { EntitlementsService } from '../services/entitlements.service';
import { SlaPoliciesService } from '../services/sla-policies.service';

/** Entitlements: an account's contracts, the one a case is served under, created and changed. */
@Resolver(() => Entitlement)
export class EntitlementResolver {
  constructor(
    private readonly entitlements: EntitlementsService,
    private readonly policies: SlaPoliciesService,
  ) {}

  @Query(() => Entitlement, { nullable: true, description: 'The contract a case of the account (and product) is served under on a date; null: none applies.' })
  serviceEntitlement(
    @CurrentActor() actor: Actor,
    @Args('accountId', { type: () => ID }) accountId: string,
    @Args('on', { description: 'YYYY-MM-DD.' }) on: string,
    @Args('productId', { type: () => ID, nullable: true }) productId?: string | null,
  ) {
    return this.entitlements.serveUnder(actor, accountId, productId ?? null, on);
  }

  @Mutation(() => EntitlementPayload)
  async createEntitlement(@CurrentActor() actor: Actor, @Args('input') input: CreateEntitlementInput) {
    return { entitlement: await this.entitlements.create(actor, input) };
  }

  @Mutation(() => EntitlementPayload)
  async updateEntitlement(@CurrentActor() actor: Actor, @Args('input') input: UpdateEntitlementInput) {
    return { entitlement: await this.entitlements.update(actor, input) };
  }

  @ResolveField(() => ServiceSlaPolicy, { nullable: true })
  policy(e: EntitlementEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    if (scopeFor(actor, 'serviceSetup', 'read') === RecordScope.None) return null;
    // Batched per request: an account's contracts read their policies in one query.
    return loaders.get('entitlement.policy', async (ids) => {
      const found = await this.policies.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }).load(e.policyId);
  }
}

/** `Account.entitlements`: its contracts, newest first, batched per request (the account is already visible). */
@Resolver(() => Account)
export class AccountEntitlementsResolver {
  constructor(private readonly repo: EntitlementRepository) {}

  @ResolveField(() => [Entitlement], { description: 'Its service contracts, newest start first.' })
  entitlements(a: AccountEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return loaders.get('account.entitlements', async (ids) => {
      const found = await this.repo.ofAccounts(ids);
      return ids.map((id) => found.get(id) ?? []);
    }).load(a.id);
  }
}
