import { Args, ArgsType, Field, ID, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, localizedName } from '@rapport/shared-domain';
import { actorIn, CountSelected, CurrentActor, GqlContext, ListArgs, loadersIn, viewerFacts } from '@rapport/shared-api';
import { DirectoryService, UserRef } from '@rapport/shared-auth';
import { Account, AccountsService, Contact, ContactsService, Opportunity } from '@rapport/sales-api';
import { SalesRepository, type OpportunityEntity } from '@rapport/sales-data';
import { Order, OrdersService } from '@rapport/segmentation-api';
import { caseActions, type MilestoneClock } from '@rapport/service-domain';
import { CaseRepository, type CaseEntity } from '@rapport/service-data';
import {
  AddCaseNoteInput,
  Case,
  CaseConnection,
  CaseFilter,
  CaseHistoryEntry,
  CaseMessage,
  CaseMessagePayload,
  CaseOrderBy,
  CasePayload,
  CaseSla,
  CaseStatus,
  CreateCaseInput,
  LogCaseCallInput,
  MergeCasesInput,
  ReplyToCaseInput,
  SetCasePriorityInput,
  SetCaseStatusInput,
  SplitCaseInput,
  UpdateCaseInput,
} from '../models/case.model';
import { CaseClocksService } from '../services/case-clocks.service';
import { CaseThreadService } from '../services/case-thread.service';
import { CasesService } from '../services/cases.service';
import { CaseMergeService } from '../services/case-merge.service';
import { CaseSplitService } from '../services/case-split.service';
import { CaseHistoryService } from '../services/case-history.service';

@ArgsType()
class CasesArgs extends ListArgs(CaseFilter, CaseOrderBy) {}

@ObjectType()
class CaseViewerCan {
  @Field() update: boolean;
  @Field() reply: boolean;
  @Field() addNote: boolean;
}

const MINUTE = 60_000;
const milestoneView = (c: MilestoneClock) => ({ ...c, spentMinutes: Math.floor(c.spentMs / MINUTE) });

/** Cases: the list, one case with its thread and clocks, and what agents do with them (issue 18). */
@Resolver(() => Case)
export class CaseResolver {
  constructor(
    private readonly service: CasesService,
    private readonly thread: CaseThreadService,
    private readonly clocks: CaseClocksService,
    private readonly repo: CaseRepository,
    private readonly accounts: AccountsService,
    private readonly contacts: ContactsService,
    private readonly directory: DirectoryService,
    private readonly merging: CaseMergeService,
    private readonly splitting: CaseSplitService,
    private readonly orders: OrdersService,
    private readonly sales: SalesRepository,
    private readonly caseHistory: CaseHistoryService,
  ) {}

  @Query(() => CaseConnection, { description: 'Cases you may see: your own and your team’s, and those of the accounts you may read.' })
  cases(@CurrentActor() actor: Actor, @Args() args: CasesArgs, @CountSelected() count: boolean) {
    return this.service.list(actor, { ...args, count });
  }

  @Query(() => Case, { nullable: true })
  case(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.findVisible(actor, id);
  }

  @Query(() => [CaseStatus], { description: 'The configured case statuses, in order.' })
  async caseStatuses(@Args('language', { nullable: true, description: 'en, zh-CN or zh-TW; names fall back to English.' }) language?: string) {
    const rows = await this.repo.statuses();
    return rows.filter((s) => s.active).map((s) => ({ ...s, name: localizedName(s.names.en || s.key, s.names, language) }));
  }

  @Mutation(() => CasePayload)
  async createCase(@CurrentActor() actor: Actor, @Args('input') input: CreateCaseInput) {
    return { case: await this.service.create(actor, input) };
  }

  @Mutation(() => CasePayload)
  async updateCase(@CurrentActor() actor: Actor, @Args('input') input: UpdateCaseInput) {
    return { case: await this.service.update(actor, input) };
  }

  @Mutation(() => CasePayload, { description: 'Moves a case to another status (resolving, reopening or pausing its clocks as the status says).' })
  async setCaseStatus(@CurrentActor() actor: Actor, @Args('input') input: SetCaseStatusInput) {
    return { case: await this.service.setStatus(actor, input) };
  }

  @Mutation(() => CasePayload, { description: 'A new priority; the SLA targets follow, time already spent kept.' })
  async setCasePriority(@CurrentActor() actor: Actor, @Args('input') input: SetCasePriorityInput) {
    return { case: await this.service.setPriority(actor, input) };
  }

  @Mutation(() => CaseMessagePayload, { description: 'An agent’s reply to the customer (an agent response for the SLA).' })
  replyToCase(@CurrentActor() actor: Actor, @Args('input') input: ReplyToCaseInput) {
    return this.thread.reply(actor, input);
  }

  @Mutation(() => CaseMessagePayload, { description: 'An internal note: never shown to the customer, nor to staff outside service.' })
  addCaseNote(@CurrentActor() actor: Actor, @Args('input') input: AddCaseNoteInput) {
    return this.thread.addNote(actor, input);
  }

  @Mutation(() => CaseMessagePayload, { description: 'A phone call with the customer, logged on the case (an agent response for the SLA).' })
  logCaseCall(@CurrentActor() actor: Actor, @Args('input') input: LogCaseCallInput) {
    return this.thread.logCall(actor, input);
  }

  @Mutation(() => CasePayload, { description: 'Merges duplicates into one case: it takes their messages; they are closed and point at it.' })
  async mergeCases(@CurrentActor() actor: Actor, @Args('input') input: MergeCasesInput) {
    return { case: await this.merging.merge(actor, input) };
  }

  @Mutation(() => CasePayload, { description: 'Splits part of a thread off into a new case (same customer, owner and priority) pointing back at this one; returns the new case.' })
  async splitCase(@CurrentActor() actor: Actor, @Args('input') input: SplitCaseInput) {
    return { case: await this.splitting.split(actor, input) };
  }

  @ResolveField(() => [CaseMessage], { description: 'The thread, oldest first (internal notes only for service staff).' })
  messages(k: CaseEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    return this.thread.messages(actor, k.id);
  }

  @ResolveField(() => CaseSla)
  async sla(k: CaseEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    const now = new Date();
    const clocks = await loaders.get<MilestoneClock[]>('case.clocks', async (ids) => {
      const found = await this.clocks.clocksOf(ids, now);
      return ids.map((id) => found.get(id) ?? []);
    }).load(k.id);
    return { policyId: k.slaPolicyId, entitlementId: k.entitlementId, milestones: (clocks ?? []).map(milestoneView) };
  }

  @ResolveField(() => [CaseHistoryEntry], { description: 'What happened to the case, newest first (up to 200 entries).' })
  history(k: CaseEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    return this.caseHistory.history(actor, k.id, 200);
  }

  @ResolveField(() => CaseViewerCan)
  async viewerCan(k: CaseEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return caseActions(actor, { ...(await viewerFacts(loaders, this.repo.ds, actor, 'case', k)), closed: k.closedAt !== null });
  }

  @ResolveField(() => Account, { nullable: true, description: 'The customer’s account (if you may see it).' })
  account(k: CaseEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return k.accountId ? loaders.get('account.visible', (ids) => this.accounts.visibleByIds(actor, ids)).load(k.accountId as string) : null;
  }

  @ResolveField(() => Contact, { nullable: true, description: 'The person who asked (if you may see them).' })
  contact(k: CaseEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return k.contactId ? loaders.get('contact.visible', (ids) => this.contacts.visibleByIds(actor, ids)).load(k.contactId as string) : null;
  }

  @ResolveField(() => Opportunity, { nullable: true, description: 'The deal the case is about (if you may read it).' })
  opportunity(k: CaseEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return k.opportunityId ? loaders.get('opportunity.visible', (ids) => this.sales.visibleByIds<OpportunityEntity>('opportunity', actor, ids)).load(k.opportunityId as string) : null;
  }

  @ResolveField(() => Order, { nullable: true, description: 'The order the problem is about (if you may read it).' })
  order(k: CaseEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    if (!k.orderId) return null;
    return loaders
      .get('order.readable', async (ids) => {
        const found = await this.orders.readable(actor, ids);
        return ids.map((id) => found.get(id) ?? null);
      })
      .load(k.orderId as string);
  }

  @ResolveField(() => Boolean, { description: 'Neither resolved nor closed.' })
  isOpen(k: CaseEntity) {
    return k.resolvedAt === null && k.closedAt === null;
  }

  @ResolveField(() => UserRef, { nullable: true })
  owner(k: CaseEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return this.directory.ref(loaders, k.ownerId);
  }
}
