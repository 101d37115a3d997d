import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { actorIn, CurrentActor, GqlContext, Loaders, loadersIn, requestLocale } from '@rapport/shared-api';
import { Contact, Lead } from '@rapport/sales-api';
import { SalesRepository, type ContactEntity, type LeadEntity } from '@rapport/sales-data';
import type { PersonRef } from '@rapport/marketing-data';
import { KnownVisitorConnection, PageViewConnection, PageVisitCount, WebActivity, WebInterest, WebVisitor } from './visitors.models';
import { WebActivityService } from './web-activity.service';

/**
 * The one visibility rule for web activity: it is the person's, so it shows exactly where the
 * person does. Each panel re-reads the person through the request's `contact.visible` /
 * `lead.visible` loaders (the sales scope, batched per request), so however a Contact or Lead
 * object was reached, a reader who may not see the person sees nothing of their visits.
 */
async function visiblePerson(sales: SalesRepository, actor: Actor, loaders: Loaders, person: PersonRef): Promise<boolean> {
  const loader = loaders.get<ContactEntity | LeadEntity>(`${person.kind}.visible`, (ids) => sales.visibleByIds(person.kind, actor, ids));
  return !!(await loader.load(person.id));
}

@Resolver(() => Contact)
export class ContactWebActivityResolver {
  constructor(
    private readonly sales: SalesRepository,
    private readonly activity: WebActivityService,
  ) {}

  @ResolveField(() => WebActivity, { nullable: true, description: 'Pages this contact viewed on the website (also as the leads converted into it); null when never identified as a visitor.' })
  async webActivity(c: ContactEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    const person: PersonRef = { kind: 'contact', id: c.id };
    return (await visiblePerson(this.sales, actor, loaders, person)) ? this.activity.activity(person) : null;
  }
}

@Resolver(() => Lead)
export class LeadWebActivityResolver {
  constructor(
    private readonly sales: SalesRepository,
    private readonly activity: WebActivityService,
  ) {}

  @ResolveField(() => WebActivity, { nullable: true, description: 'Pages this lead viewed on the website, from before the lead identified itself too; null when never identified as a visitor.' })
  async webActivity(l: LeadEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    const person: PersonRef = { kind: 'lead', id: l.id };
    return (await visiblePerson(this.sales, actor, loaders, person)) ? this.activity.activity(person) : null;
  }
}

/** The parts of a person's web activity, each read only when asked for (the parent was checked above). */
@Resolver(() => WebActivity)
export class WebActivityResolver {
  constructor(private readonly activity: WebActivityService) {}

  @ResolveField(() => PageViewConnection, { description: 'Page views, newest first.' })
  pageViews(@Parent() a: WebActivity, @Args('first', { type: () => Int, nullable: true }) first: number | null, @Args('after', { type: () => String, nullable: true }) after: string | null) {
    return this.activity.pageViewPage(a.person, { first, after });
  }

  @ResolveField(() => [WebInterest], { description: 'Views per product line (the admins’ URL rules), most viewed first, over every kept view.' })
  interests(a: WebActivity, _: unknown, context: GqlContext) {
    const locale = requestLocale(context.req);
    return this.activity.interests(a.person, locale);
  }

  @ResolveField(() => [PageVisitCount], { description: 'The pages viewed in the last `days` days (default 7), most viewed first: “pricing, 3 times this week”.' })
  recentPages(
    @Parent() a: WebActivity,
    @Args('days', { type: () => Int, nullable: true, defaultValue: 7 }) days: number,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 5 }) first: number,
  ) {
    return this.activity.recentPages(a.person, Math.min(Math.max(days, 1), 366), Math.min(Math.max(first, 1), 50));
  }

  @ResolveField(() => Int, { description: 'Page views in the last 7 days.' })
  viewsThisWeek(a: WebActivity) {
    return this.activity.viewsThisWeek(a.person);
  }
}

/** Who a visitor is, when the reader may read that person (the same loaders as above). */
@Resolver(() => WebVisitor)
export class WebVisitorResolver {
  constructor(private readonly sales: SalesRepository) {}

  @ResolveField(() => Contact, { nullable: true })
  contact(v: WebVisitor, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return v.contactId ? loaders.get<ContactEntity>('contact.visible', (ids) => this.sales.visibleByIds<ContactEntity>('contact', actor, ids)).load(v.contactId) : null;
  }

  @ResolveField(() => Lead, { nullable: true })
  lead(v: WebVisitor, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return v.leadId ? loaders.get<LeadEntity>('lead.visible', (ids) => this.sales.visibleByIds<LeadEntity>('lead', actor, ids)).load(v.leadId) : null;
  }
}

@Resolver()
export class KnownVisitorsResolver {
  constructor(private readonly activity: WebActivityService) {}

  @Query(() => KnownVisitorConnection, { description: 'Identified visitors on the website today (in `timeZone`, default UTC) whose person you may see, latest first: who to call now.' })
  knownVisitorsToday(
    @CurrentActor() actor: Actor,
    @Args('timeZone', { type: () => String, nullable: true, description: 'IANA zone whose midnight starts “today”, e.g. Asia/Shanghai.' }) timeZone: string | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.activity.knownToday(actor, { timeZone, first, after });
  }
}

