import { Args, GraphQLISODateTime, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { actorIn, CurrentActor, GqlContext, loadersIn } from '@rapport/shared-api';
import { localizedName } from '@rapport/shared-domain';
import { DirectoryService, UserRef } from '@rapport/shared-auth';
import { nextStatuses, visitsLeft, type WorkOrderStatus } from '@rapport/service-domain';
import { WorkOrderRepository, type CaseEntity, type ServiceSkillEntity, type WorkOrderEntity } from '@rapport/service-data';
import { Case } from '../models/case.model';
import {
  AssignTechnicianInput,
  CreateWorkOrderInput,
  UpdateWorkOrderInput,
  MoveWorkOrderInput,
  ProposeVisitSlotsInput,
  RecordVisitReportInput,
  SaveServiceSkillInput,
  ServiceSkill,
  SetUserSkillsInput,
  TechnicianSuggestion,
  UserSkill,
  VisitSlot,
  WorkOrder,
  WorkOrderAddress,
  WorkOrderPayload,
  WorkOrderStatusEnum,
} from '../models/work-order.model';
import { dispatches, WorkOrdersService } from '../services/work-orders.service';
import { WorkOrderVisitsService } from '../services/work-order-visits.service';
import { ServiceSkillsService } from '../services/service-skills.service';

const skillView = (s: ServiceSkillEntity, language?: string) => ({
  ...s,
  // Own keys only: a language such as "toString" must not find the object's prototype.
  name: localizedName(s.names['en'] || s.key, s.names, language),
  nameEn: s.names['en'] ?? null,
  nameZhCn: s.names['zh-CN'] ?? null,
  nameZhTw: s.names['zh-TW'] ?? null,
});

/** Work orders: on-site visits for cases (issue 18 item 7), the technician's calendar, and skills. */
@Resolver(() => WorkOrder)
export class WorkOrderResolver {
  constructor(
    private readonly service: WorkOrdersService,
    private readonly visits: WorkOrderVisitsService,
    private readonly skills: ServiceSkillsService,
    private readonly repo: WorkOrderRepository,
    private readonly directory: DirectoryService,
  ) {}

  @Query(() => WorkOrder, { nullable: true })
  workOrder(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.findVisible(actor, id);
  }

  @Query(() => [WorkOrder], { description: 'Visits with a time in the range (at most 62 days), earliest first: a technician’s calendar when technicianId is given.' })
  workOrders(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => GraphQLISODateTime }) from: Date,
    @Args('to', { type: () => GraphQLISODateTime }) to: Date,
    @Args('technicianId', { type: () => ID, nullable: true }) technicianId?: string | null,
  ) {
    return this.service.calendar(actor, { technicianId, from, to });
  }

  @Query(() => [TechnicianSuggestion], { description: 'Who should we send? Technicians with the skill at the level, least busy that day first, then those who know the customer, each with why.' })
  suggestTechnicians(@CurrentActor() actor: Actor, @Args('workOrderId', { type: () => ID }) workOrderId: string) {
    return this.visits.suggest(actor, workOrderId).then((list) => list.map((s) => ({ ...s, reasons: s.reasons.map((r) => ({ code: r.code, text: r.text, ...r.params })) })));
  }

  @Query(() => [ServiceSkill], { description: 'Skills of service staff, by key.' })
  async serviceSkills(@Args('language', { nullable: true, description: 'en, zh-CN or zh-TW; names fall back to English.' }) language?: string) {
    return (await this.skills.list()).map((s) => skillView(s, language));
  }

  @Query(() => [UserRef], { description: 'People with a service skill whose visits you may see, by name: whose calendar to open.' })
  serviceTechnicians(@CurrentActor() actor: Actor) {
    return this.skills.technicians(actor);
  }

  @Query(() => [UserSkill], { description: 'A person’s skills and levels.' })
  async userSkills(@Args('userId', { type: () => ID }) userId: string) {
    return (await this.skills.userSkills([userId])).get(userId) ?? [];
  }

  @Mutation(() => ServiceSkill, { description: 'Adds or renames a skill (service managers and admins).' })
  async saveServiceSkill(@CurrentActor() actor: Actor, @Args('input') input: SaveServiceSkillInput) {
    return skillView(await this.skills.save(actor, input));
  }

  @Mutation(() => [UserSkill], { description: 'Replaces a person’s skills (service managers and admins).' })
  setUserSkills(@CurrentActor() actor: Actor, @Args('input') input: SetUserSkillsInput) {
    return this.skills.setUserSkills(actor, input);
  }

  @Mutation(() => WorkOrderPayload, { description: 'Plans an on-site visit for a case (dispatchers).' })
  createWorkOrder(@CurrentActor() actor: Actor, @Args('input') input: CreateWorkOrderInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => WorkOrderPayload, { description: 'Changes a planned visit’s description, address or required skill (dispatchers).' })
  updateWorkOrder(@CurrentActor() actor: Actor, @Args('input') input: UpdateWorkOrderInput) {
    return this.service.update(actor, input);
  }

  @Mutation(() => WorkOrderPayload, { description: 'Offers the customer times for the visit by email, one confirmation link per time.' })
  proposeVisitSlots(@CurrentActor() actor: Actor, @Args('input') input: ProposeVisitSlotsInput) {
    return this.service.proposeSlots(actor, input);
  }

  @Mutation(() => WorkOrderPayload)
  assignTechnician(@CurrentActor() actor: Actor, @Args('input') input: AssignTechnicianInput) {
    return this.service.assignTechnician(actor, input);
  }

  @Mutation(() => WorkOrderPayload, { description: 'The visit’s progress: scheduled → en route → on site → done, or cancelled. Done counts it against the contract, once.' })
  moveWorkOrder(@CurrentActor() actor: Actor, @Args('input') input: MoveWorkOrderInput) {
    return this.service.move(actor, input);
  }

  @Mutation(() => WorkOrderPayload, { description: 'The visit report: work done, parts, the customer’s signature (PNG).' })
  recordVisitReport(@CurrentActor() actor: Actor, @Args('input') input: RecordVisitReportInput) {
    return this.service.recordReport(actor, input);
  }

  @ResolveField(() => String, { description: 'The case number and the visit’s: CS-2026-000123-V1.' })
  async number(w: WorkOrderEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    const n = await loaders.get<string | null>('workOrder.caseNumber', async (ids) => {
      const found = await this.repo.caseNumbers(ids);
      return ids.map((id) => found.get(id) ?? null);
    }).load(w.caseId);
    return `${n ?? ''}-V${w.sequence}`;
  }

  @ResolveField(() => WorkOrderAddress)
  address(w: WorkOrderEntity) {
    return { street: w.street, city: w.city, postalCode: w.postalCode, region: w.region, country: w.country };
  }

  @ResolveField(() => [VisitSlot])
  proposedSlots(w: WorkOrderEntity) {
    return w.proposedSlots.map((s) => ({ start: new Date(s.start), end: new Date(s.end) }));
  }

  @ResolveField(() => UserRef, { nullable: true })
  technician(w: WorkOrderEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return this.directory.ref(loaders, w.technicianId);
  }

  @ResolveField(() => Boolean)
  hasSignature(w: WorkOrderEntity) {
    return w.signatureSize !== null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The signature as a data: URL (PNG), for the visit report.' })
  async signatureDataUrl(w: WorkOrderEntity) {
    if (w.signatureSize === null) return null;
    const png = await this.repo.signature(w.id);
    return png ? `data:image/png;base64,${png.toString('base64')}` : null;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Visits left on the contract it counts against (negative: beyond them); null when not counted.' })
  async visitsLeft(w: WorkOrderEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    if (!w.entitlementId) return null;
    const e = await loaders.get<{ visitsTotal: number | null; visitsUsed: number } | null>('workOrder.entitlement', async (ids) => {
      const found = await this.repo.entitlementVisits(ids);
      return ids.map((id) => found.get(id) ?? null);
    }).load(w.entitlementId);
    return visitsLeft(e);
  }

  @ResolveField(() => [WorkOrderStatusEnum], { description: 'The statuses you may move the visit to now.' })
  nextStatuses(w: WorkOrderEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const mover = { isTechnician: w.technicianId === actor.userId, dispatches: dispatches(actor) };
    return nextStatuses({ status: w.status as WorkOrderStatus, hasTechnician: w.technicianId !== null, hasReport: !!w.workDone }, mover).filter((s) => s !== w.status);
  }
}

/** `Case.workOrders`: the case's visits, read through the case (its readers read them). */
@Resolver(() => Case)
export class CaseWorkOrdersResolver {
  constructor(private readonly service: WorkOrdersService) {}

  @ResolveField(() => [WorkOrder], { description: 'On-site visits for the case, in order.' })
  workOrders(k: CaseEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return loaders.get<WorkOrderEntity[]>('case.workOrders', async (ids) => {
      const found = await this.service.ofCases(actor, ids);
      return ids.map((id) => found.get(id) ?? []);
    }).load(k.id);
  }
}
