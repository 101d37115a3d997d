import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { actorIn, CurrentActor, GqlContext, loadersIn, RequestLoaders, type Loaders } from '@rapport/shared-api';
import { Account, Contact } from '@rapport/sales-api';
import type { AccountEntity, ContactEntity } from '@rapport/sales-data';
import { MetricsRepository } from '@rapport/segmentation-data';
import { AccountValue, ClvModelRun, CustomerMetrics, Order, RfmGridCell, RunCustomerMetricsInput, TopCustomer } from '../models/customer-value.model';
import { OrdersService } from '../services/orders.service';
import { CustomerMetricsService } from '../services/customer-metrics.service';

/** Customer value analytics: metrics runs with their fitted models, and the RFM grid. */
@Resolver(() => ClvModelRun)
export class CustomerValueResolver {
  constructor(private readonly metrics: CustomerMetricsService) {}

  @Query(() => [ClvModelRun], { description: 'Metrics runs, newest first.' })
  clvModelRuns(@CurrentActor() actor: Actor, @Args('first', { type: () => Int, nullable: true }) first?: number) {
    return this.metrics.runs(actor, first ?? 20);
  }

  @Query(() => [RfmGridCell], { description: 'Customers and revenue per RFM cell, from the last run.' })
  rfmGrid(@CurrentActor() actor: Actor) {
    return this.metrics.grid(actor);
  }

  @Query(() => [TopCustomer], { description: 'The customers you may see with the highest lifetime value.' })
  topCustomersByClv(@CurrentActor() actor: Actor, @Args('first', { type: () => Int, nullable: true }) first?: number) {
    return this.metrics.topCustomers(actor, first ?? 20);
  }

  @Mutation(() => ClvModelRun, { description: 'Queues a metrics run (RFM, CLV fit and scoring, churn, lifecycle) for every contact.' })
  runCustomerMetrics(@CurrentActor() actor: Actor, @Args('input', { nullable: true }) input?: RunCustomerMetricsInput) {
    return this.metrics.request(actor, input ?? {});
  }
}

/** `Contact.metrics` (the value panel's numbers, batched per request) and `Contact.orders`. */
@Resolver(() => Contact)
export class ContactMetricsResolver {
  constructor(
    private readonly repo: MetricsRepository,
    private readonly orderService: OrdersService,
  ) {}

  @ResolveField(() => [Order], { description: 'The customer’s latest orders (empty without order access).' })
  orders(@Parent() c: ContactEntity, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders, @Args('first', { type: () => Int, nullable: true }) first?: number) {
    const n = first ?? 20;
    return loaders.get(`contact.orders:${n}`, async (ids) => {
      const found = await this.orderService.ofContacts(actor, ids, n);
      return ids.map((id) => found.get(id) ?? []);
    }).load(c.id);
  }

  @ResolveField(() => CustomerMetrics, { nullable: true, description: 'RFM, CLV, churn risk and lifecycle stage as of the last metrics run; null before the first run or without customer value access.' })
  metrics(c: ContactEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    if (scopeFor(actor, 'customerValue', 'read') === RecordScope.None) return null;
    return loaders.get('contact.metrics', async (ids) => {
      const found = await this.repo.ofContacts(ids);
      return ids.map((id) => found.get(id) ?? null);
    }).load(c.id);
  }
}

/** `Account.customerValue`: the account's contacts' value summed, batched per request. */
@Resolver(() => Account)
export class AccountValueResolver {
  constructor(private readonly repo: MetricsRepository) {}

  @ResolveField(() => AccountValue, { nullable: true, description: 'Its contacts’ value summed as of the last metrics run; null before one or without customer value access.' })
  customerValue(a: AccountEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    if (scopeFor(actor, 'customerValue', 'read') === RecordScope.None) return null;
    return loaders.get('account.customerValue', async (ids) => {
      const found = await this.repo.ofAccounts(ids);
      return ids.map((id) => found.get(id) ?? null);
    }).load(a.id);
  }
}
