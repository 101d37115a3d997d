import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Actor, localizedName, type NameTranslations } from '@rapport/shared-domain';
import { CurrentActor, GqlContext, Loaders, loadersIn, requestLocale } from '@rapport/shared-api';
import { Contact, Lead } from '@rapport/sales-api';
import type { ContactEntity, LeadEntity } from '@rapport/sales-data';
import type { SubscriptionTypeEntity } from '@rapport/marketing-data';
import {
  AddSuppressionsInput,
  AddSuppressionsPayload,
  Consent,
  ConsentEvent,
  SaveSubscriptionTypeInput,
  SetConsentInput,
  SetConsentPayload,
  SubscriptionType,
  SubscriptionTypePayload,
  Suppression,
  SuppressionConnection,
} from '../models/consent.model';
import { ConsentService } from '../services/consent.service';

/** The subscription type of a consent row, from one read of all types per request. */
export function typeOf(consents: ConsentService, loaders: Loaders, id: string | null): Promise<SubscriptionTypeEntity | null> | null {
  if (!id) return null;
  return loaders
    .get<SubscriptionTypeEntity | null>('subscriptionType.byId', async (ids) => {
      const all = new Map((await consents.subscriptionTypes(false)).map((t) => [t.id, t]));
      return ids.map((i) => all.get(i) ?? null);
    })
    .load(id);
}

@Resolver(() => SubscriptionType)
export class SubscriptionTypeResolver {
  constructor(private readonly consents: ConsentService) {}

  @Query(() => [SubscriptionType], { description: 'The subscription types, by name.' })
  subscriptionTypes(@Args('activeOnly', { defaultValue: false }) activeOnly: boolean) {
    return this.consents.subscriptionTypes(activeOnly);
  }

  @Mutation(() => SubscriptionTypePayload, { description: 'Creates or changes a subscription type (campaign managers).' })
  async saveSubscriptionType(@CurrentActor() actor: Actor, @Args('input') input: SaveSubscriptionTypeInput) {
    return { subscriptionType: await this.consents.saveSubscriptionType(actor, input) };
  }

  @ResolveField(() => String)
  name(t: { name: string; names?: NameTranslations | null }, _: unknown, context: GqlContext) {
    const locale = requestLocale(context.req);
    return localizedName(t.name, t.names, locale);
  }

  @ResolveField(() => String)
  canonicalName(t: { name: string }) {
    return t.name;
  }

  @ResolveField(() => GraphQLJSONObject)
  names(t: { names?: NameTranslations | null }) {
    return t.names ?? {};
  }
}

@Resolver(() => Consent)
export class ConsentResolver {
  constructor(private readonly consents: ConsentService) {}

  @Mutation(() => SetConsentPayload, { description: 'Records an answer given to staff or an integration, with its evidence. An opt-in to a double opt-in type stays pending until confirmed.' })
  async setConsent(@CurrentActor() actor: Actor, @Args('input') input: SetConsentInput) {
    const { state, event } = await this.consents.setConsent(actor, input);
    return { consent: state, event };
  }

  @ResolveField(() => SubscriptionType, { nullable: true })
  subscriptionType(c: { subscriptionTypeId: string | null }, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return typeOf(this.consents, loaders, c.subscriptionTypeId);
  }
}

@Resolver(() => ConsentEvent)
export class ConsentEventResolver {
  constructor(private readonly consents: ConsentService) {}

  @ResolveField(() => SubscriptionType, { nullable: true })
  subscriptionType(e: { subscriptionTypeId: string | null }, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return typeOf(this.consents, loaders, e.subscriptionTypeId);
  }
}

@Resolver(() => Suppression)
export class SuppressionResolver {
  constructor(private readonly consents: ConsentService) {}

  @Query(() => SuppressionConnection, { description: 'The suppression list by address (campaign managers).' })
  suppressions(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('search', { type: () => String, nullable: true, description: 'Part of an address.' }) search: string | null,
  ) {
    return this.consents.suppressions(actor, { first, after, search });
  }

  @Mutation(() => AddSuppressionsPayload, { description: 'Suppresses addresses (an imported list, or by hand); up to 10,000 per call.' })
  addSuppressions(@CurrentActor() actor: Actor, @Args('input') input: AddSuppressionsInput) {
    return this.consents.addSuppressions(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Takes an address off the suppression list; false when it was not on it.' })
  removeSuppression(@CurrentActor() actor: Actor, @Args('address') address: string) {
    return this.consents.removeSuppression(actor, address);
  }
}

const CONSENTS = 'The current answers of the person’s addresses: per subscription type, and to marketing as a whole (subscriptionType null).';
const HISTORY = 'Every answer the person’s addresses gave, newest first, with its evidence.';
const SUPPRESSED = 'The person’s addresses on the suppression list.';

@Resolver(() => Contact)
export class ContactConsentResolver {
  constructor(private readonly service: ConsentService) {}

  @ResolveField(() => [Consent], { description: CONSENTS })
  consents(c: ContactEntity) {
    return this.service.statesOf(c);
  }

  @ResolveField(() => [ConsentEvent], { description: HISTORY })
  consentHistory(c: ContactEntity) {
    return this.service.historyOf(c);
  }

  @ResolveField(() => [Suppression], { description: SUPPRESSED })
  suppressions(c: ContactEntity) {
    return this.service.suppressionsOfPerson(c);
  }
}

@Resolver(() => Lead)
export class LeadConsentResolver {
  constructor(private readonly service: ConsentService) {}

  @ResolveField(() => [Consent], { description: CONSENTS })
  consents(l: LeadEntity) {
    return this.service.statesOf(l);
  }

  @ResolveField(() => [ConsentEvent], { description: HISTORY })
  consentHistory(l: LeadEntity) {
    return this.service.historyOf(l);
  }

  @ResolveField(() => [Suppression], { description: SUPPRESSED })
  suppressions(l: LeadEntity) {
    return this.service.suppressionsOfPerson(l);
  }
}

export const CONSENT_RESOLVERS = [SubscriptionTypeResolver, ConsentResolver, ConsentEventResolver, SuppressionResolver, ContactConsentResolver, LeadConsentResolver];
