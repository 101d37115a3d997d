import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { CustomFieldsService } from '@rapport/shared-auth';
import { assertCanCreate, pickDefined, resolveOwner } from '@rapport/shared-api';
import { Actor, editableKeys, fieldKeys, isAudited, toStoredValues } from '@rapport/shared-domain';
import { appendTimeline, assertReferencesVisible, diffFields, listPage, mentionsCustomFields, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { CASE, caseNumber, caseYear, entitlementFor, localDateIn, isDone, statusChangeEvents, statusChangeProblem, targetsFor, type CasePriority, type CaseStatusDef, type StatusCategory } from '@rapport/service-domain';
import { CASE_FIELDS, CaseEntity, CaseRepository, EntitlementRepository, ServiceSlaPolicyEntity, type CaseStatusEntity } from '@rapport/service-data';
import type { CaseFilter, CaseOrderBy, CreateCaseInput, SetCasePriorityInput, SetCaseStatusInput, UpdateCaseInput } from '../models/case.model';
import { OrdersService } from '@rapport/segmentation-api';
import { CaseClocksService } from './case-clocks.service';
import { RoutingService } from './routing.service';
import { CsatService } from './csat.service';

const AUDITED = ['customFields', ...fieldKeys(CASE, isAudited)] as (keyof CaseEntity)[];
const ON_CREATE = editableKeys(CASE).filter((k) => k !== 'ownerId');
const ON_UPDATE = editableKeys(CASE, 'update').filter((k) => k !== 'ownerId');

export const statusDef = (s: CaseStatusEntity): CaseStatusDef => ({ key: s.key, category: s.category as StatusCategory, clockRuns: s.clockRuns });

/**
 * Cases (issue 18): list, read, open, change, and move through statuses and priorities. Every
 * change that matters to the SLA clocks is appended to the case's event log in the transaction
 * that makes it, and the clocks' summary on the row is refreshed there too.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly repo: CaseRepository,
    private readonly entitlements: EntitlementRepository,
    private readonly clocks: CaseClocksService,
    private readonly csat: CsatService,
    private readonly customFields: CustomFieldsService,
    private readonly orders: OrdersService,
    private readonly routing: RoutingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(actor: Actor, args: { first?: number | null; after?: string | null; count?: boolean; filter?: CaseFilter | null; orderBy?: CaseOrderBy[] | null }) {
    const sorting = await this.customFields.sorting<CaseEntity>('case', 'k', args.orderBy, {
      // Cases with no clock running sort after every due one; the cursor compares the same expression.
      slaDueAt: { column: `COALESCE(k.sla_due_at, 'infinity'::timestamptz)`, cast: 'timestamptz', read: (k: CaseEntity) => (k.slaDueAt as Date | null) ?? 'infinity' },
      number: { column: 'k.number' },
      subject: { column: 'k.subject' },
      priority: { column: `array_position(ARRAY['low','normal','high','urgent'], k.priority)`, cast: 'int', read: (k: CaseEntity) => ['low', 'normal', 'high', 'urgent'].indexOf(k.priority as string) + 1 },
      resolvedAt: { column: `COALESCE(k.resolved_at, 'infinity'::timestamptz)`, cast: 'timestamptz', read: (k: CaseEntity) => (k.resolvedAt as Date | null) ?? 'infinity' },
      createdAt: { column: 'k.created_at', cast: 'timestamptz' },
      updatedAt: { column: 'k.updated_at', cast: 'timestamptz' },
    });
    return listPage(
      this.repo.cases(actor, 'read'),
      'k',
      mentionsCustomFields(args.filter) ? { ...CASE_FIELDS, ...(await this.customFields.filterFields('case', 'k')) } : CASE_FIELDS,
      { ...args, orderBy: sorting.orderBy },
      sorting.sortable,
      { field: 'createdAt', direction: 'DESC' },
      this.config.pageSizeMax,
    );
  }

  findVisible(actor: Actor, id: string): Promise<CaseEntity | null> {
    return this.repo.cases(actor, 'read').andWhere('k.id = :id', { id }).getOne();
  }

  async create(actor: Actor, input: CreateCaseInput, now = new Date()): Promise<CaseEntity> {
    assertCanCreate(actor, 'case');
    return this.repo.ds.transaction(async (m) => {
      const owner = await resolveOwner(m, actor, 'case', input.ownerId);
      await assertReferencesVisible(m, actor, [
        { path: 'input.accountId', object: 'account', id: input.accountId },
        { path: 'input.contactId', object: 'contact', id: input.contactId },
        { path: 'input.opportunityId', object: 'opportunity', id: input.opportunityId },
      ]);
      const productId = (input.productId as string | null | undefined) ?? null;
      if (productId && !(await this.repo.productExists(m, productId))) throw AppError.validation([{ path: 'input.productId', message: 'This product does not exist.' }]);
      const accountId = (input.accountId as string | null | undefined) ?? (input.contactId ? await this.repo.accountOfContact(m, input.contactId as string) : null);
      await this.assertOrderOfCustomer(actor, input.orderId as string | null | undefined, (input.contactId as string | null | undefined) ?? null, accountId);
      const k = await this.openIn(
        m,
        {
          ...(toStoredValues(CASE, pickDefined(input, ON_CREATE)) as Partial<CaseEntity>),
          subject: String(input.subject).trim(),
          accountId,
          priority: ((input.priority as CasePriority | undefined) ?? 'normal') as CasePriority,
          ...owner,
          customFields: await this.customFields.validate(m, 'case', input.customFields, false),
        },
        actor.userId,
        now,
      );
      await writeAudit(m, actor, { entityType: 'case', entityId: k.id, action: 'create', changes: diffFields(null, k, AUDITED) });
      if (accountId) await appendTimeline(m, actor, opened(k));
      if (input.route) await this.routing.enqueue(m, [k.id], now);
      return k;
    });
  }

  /**
   * Opens a case inside a caller's transaction (an agent's createCase, or a customer's mail): the
   * starting status, the contract and policy it is served under, its number, the `created` event
   * with the priority's targets, and the clocks' summary on the row. Returns the stored case.
   * `clockFrom` backdates the `created` event: a case split off another counts from its earliest
   * moved customer message, and `replay` are its moved messages' clock events (appended before the refresh).
   */
  async openIn(
    m: EntityManager,
    values: Partial<CaseEntity> & { subject: string; priority: CasePriority },
    createdBy: string | null,
    now: Date,
    opts: { clockFrom?: Date; replay?: readonly { kind: string; at: Date; data?: Record<string, unknown> }[] } = {},
  ): Promise<CaseEntity> {
    const start = (await this.repo.statuses(m)).find((s) => s.category === 'new' && s.active);
    if (!start) throw AppError.validation([], 'No case status is set up to start in; ask an administrator.');
    const defaultZone = await this.repo.calendarZone(m, null);
    const served = await this.servedUnder(m, (values.accountId as string | null | undefined) ?? null, (values.productId as string | null | undefined) ?? null, values.priority, now, defaultZone);
    // Numbered in the year of the calendar the case counts in (the default one without a contract).
    const year = caseYear(now, served.timeZone ?? defaultZone ?? 'UTC');
    const number = caseNumber(year, await this.repo.nextNumber(m, year));
    const k = await m.save(m.create(CaseEntity, { ...values, status: start.key, number, entitlementId: served.entitlementId, slaPolicyId: served.policyId, createdBy } as Partial<CaseEntity>));
    await this.repo.appendEvents(m, k.id, createdBy, [
      { kind: 'created', at: opts.clockFrom ?? now, data: { targets: served.targets, clockRuns: start.clockRuns, policyId: served.policyId, priority: values.priority } },
      ...(opts.replay ?? []),
    ]);
    await this.clocks.refresh(m, k.id, now);
    return m.findOneByOrFail(CaseEntity, { id: k.id });
  }

  /**
   * A case opened for a customer by a channel (a call, a chat): on the contact's account, audited and
   * told on the account's timeline. `owner` is the resolved owner and team.
   */
  async openForContact(
    m: EntityManager,
    actor: Actor,
    c: { subject: string; description: string; channel: CaseEntity['channel']; priority: CasePriority; contactId: string; owner: { ownerId: string | null; teamId: string | null } },
    now: Date,
    opts: { clockFrom?: Date; replay?: readonly { kind: string; at: Date; data?: Record<string, unknown> }[] } = {},
  ): Promise<CaseEntity> {
    const values = { subject: c.subject, description: c.description, channel: c.channel, priority: c.priority, contactId: c.contactId, accountId: await this.repo.accountOfContact(m, c.contactId), ...c.owner };
    const k = await this.openIn(m, values as Partial<CaseEntity> & { subject: string; priority: CasePriority }, actor.userId, now, opts);
    await writeAudit(m, actor, { entityType: 'case', entityId: k.id, action: 'create', changes: diffFields(null, k, ['subject', 'priority', 'channel', 'contactId', 'accountId'] as (keyof CaseEntity)[]) });
    if (k.accountId) await appendTimeline(m, actor, opened(k));
    return k;
  }

  async update(actor: Actor, input: UpdateCaseInput): Promise<CaseEntity> {
    return this.repo.ds.transaction(async (m) => {
      const before = await this.lockForWrite(m, actor, input.id);
      await assertReferencesVisible(m, actor, [
        ...(input.accountId !== undefined && input.accountId !== before.accountId ? [{ path: 'input.accountId', object: 'account' as const, id: input.accountId as string | null }] : []),
        ...(input.contactId !== undefined && input.contactId !== before.contactId ? [{ path: 'input.contactId', object: 'contact' as const, id: input.contactId as string | null }] : []),
        ...(input.opportunityId !== undefined && input.opportunityId !== before.opportunityId ? [{ path: 'input.opportunityId', object: 'opportunity' as const, id: input.opportunityId as string | null }] : []),
      ]);
      if (input.productId && input.productId !== before.productId && !(await this.repo.productExists(m, input.productId as string))) {
        throw AppError.validation([{ path: 'input.productId', message: 'This product does not exist.' }]);
      }
      const patch = toStoredValues(CASE, pickDefined(input, ON_UPDATE)) as Partial<CaseEntity>;
      const after = { ...before, ...patch };
      if (after.orderId !== before.orderId || after.contactId !== before.contactId || after.accountId !== before.accountId) {
        await this.assertOrderOfCustomer(actor, after.orderId as string | null, after.contactId as string | null, after.accountId as string | null);
      }
      if (typeof patch.subject === 'string') patch.subject = patch.subject.trim();
      if (input.ownerId !== undefined) Object.assign(patch, await resolveOwner(m, actor, 'case', input.ownerId));
      if (input.customFields !== undefined) patch.customFields = await this.customFields.validate(m, 'case', input.customFields, true, before.customFields);
      const changes = diffFields(before, { ...before, ...patch }, AUDITED);
      await m.update(CaseEntity, { id: before.id }, patch as never);
      if (changes.length) {
        await writeAudit(m, actor, { entityType: 'case', entityId: before.id, action: 'update', changes });
        if (patch.ownerId !== undefined && patch.ownerId !== before.ownerId) {
          await this.repo.appendEvents(m, before.id, actor.userId, [{ kind: 'assigned', at: new Date(), data: { ownerId: patch.ownerId } }]);
          // Given to someone by hand: it leaves its queue, and the previous holder's slot frees.
          await this.routing.leftByHand(m, before.id, new Date());
        }
      }
      return m.findOneByOrFail(CaseEntity, { id: before.id });
    });
  }

  /** A case's order is one the reader may read, of its contact or its account: not a stranger's order named by id. */
  private async assertOrderOfCustomer(actor: Actor, orderId: string | null | undefined, contactId: string | null, accountId: string | null): Promise<void> {
    if (!orderId) return;
    const order = (await this.orders.readable(actor, [orderId])).get(orderId);
    if (!order) throw AppError.validation([{ path: 'input.orderId', message: 'This order does not exist.' }]);
    if (order.contactId !== contactId && (!accountId || order.accountId !== accountId)) {
      throw AppError.validation([{ path: 'input.orderId', message: 'This order is not one of the case’s customer’s orders.' }]);
    }
  }

  /** Moves a case to another status: resolving, reopening and pausing the clocks as the statuses say. */
  async setStatus(actor: Actor, input: SetCaseStatusInput, now = new Date()): Promise<CaseEntity> {
    return this.repo.ds.transaction(async (m) => {
      const before = await this.lockForWrite(m, actor, input.id);
      await this.moveTo(m, actor, before, input.status, now);
      return m.findOneByOrFail(CaseEntity, { id: before.id });
    });
  }

  /**
   * The status change itself, inside a caller's transaction (a reply can move the case too). A
   * resolution offers the customer a survey (CSAT) in the same transaction, unless `survey` is false
   * (a duplicate closed by a merge: the customer is asked about the case that stays).
   */
  async moveTo(m: EntityManager, actor: Actor | null, before: CaseEntity, key: string, now: Date, path = 'input.status', opts: { survey?: boolean } = {}): Promise<void> {
    const statuses = await this.repo.statuses(m);
    const from = statuses.find((s) => s.key === before.status);
    const to = statuses.find((s) => s.key === key && s.active);
    if (!to) throw AppError.validation([{ path, message: 'This case status does not exist.' }]);
    if (!from || from.key === to.key) return;
    const problem = statusChangeProblem(statusDef(from), statusDef(to));
    if (problem) throw AppError.validation([{ path, message: problem }]);
    const events = statusChangeEvents(statusDef(from), statusDef(to), now);
    const done = isDone(to.category as StatusCategory);
    await m.update(CaseEntity, { id: before.id }, {
      status: to.key,
      resolvedAt: done ? ((before.resolvedAt as Date | null) ?? now) : null,
      closedAt: to.category === 'closed' ? now : null,
    } as never);
    await this.repo.appendEvents(m, before.id, actor?.userId ?? null, [
      { kind: 'status_changed', at: now, data: { from: from.key, to: to.key } },
      ...events.map((e) => ({ kind: e.kind, at: e.at, data: e.kind === 'status' ? { clockRuns: e.clockRuns } : {} })),
    ]);
    await this.clocks.refresh(m, before.id, now);
    // A resolved case frees its agent's slot: the next waiting case that fits them is theirs within seconds.
    if (done && !before.resolvedAt) await this.routing.requestRound(m, `freed:${before.id}`);
    if (opts.survey !== false && events.some((e) => e.kind === 'resolved')) await this.csat.onResolved(m, before.id, now);
    if (actor) await writeAudit(m, actor, { entityType: 'case', entityId: before.id, action: 'update', changes: [{ field: 'status', from: from.key, to: to.key }] });
  }

  /** A case still in a new status moves to the first open one when an agent first answers it. */
  async startWork(m: EntityManager, actor: Actor, k: CaseEntity, now: Date): Promise<void> {
    const statuses = await this.repo.statuses(m);
    const open = statuses.find((s) => s.category === 'open' && s.active);
    if (open && statuses.find((s) => s.key === k.status)?.category === 'new') await this.moveTo(m, actor, k, open.key, now);
  }

  /** A new priority: the policy's targets for it replace the old ones, the time already spent kept. */
  async setPriority(actor: Actor, input: SetCasePriorityInput, now = new Date()): Promise<CaseEntity> {
    return this.repo.ds.transaction(async (m) => {
      const before = await this.lockForWrite(m, actor, input.id);
      const priority = input.priority as CasePriority;
      if (priority === before.priority) return before;
      const policy = before.slaPolicyId ? await m.findOneBy(ServiceSlaPolicyEntity, { id: before.slaPolicyId as string }) : null;
      await m.update(CaseEntity, { id: before.id }, { priority } as never);
      await this.repo.appendEvents(m, before.id, actor.userId, [
        { kind: 'priority_changed', at: now, data: { from: before.priority, to: priority } },
        ...(policy ? [{ kind: 'targets', at: now, data: { targets: targetsFor({ targets: policy.targets, warnAtPercent: policy.warnAtPercent }, priority) } }] : []),
      ]);
      await this.clocks.refresh(m, before.id, now);
      await writeAudit(m, actor, { entityType: 'case', entityId: before.id, action: 'update', changes: [{ field: 'priority', from: before.priority, to: priority }] });
      return m.findOneByOrFail(CaseEntity, { id: before.id });
    });
  }

  async lockForWrite(m: EntityManager, actor: Actor, id: string): Promise<CaseEntity> {
    const k = await this.repo.cases(actor, 'write', m).andWhere('k.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (k) return k;
    // Readable but not writable is a refusal, not a missing case.
    if (await this.repo.cases(actor, 'read', m).andWhere('k.id = :id', { id }).getExists()) throw AppError.forbidden();
    throw AppError.notFound('The case');
  }

  /** The contract and policy a new case is served under (the default policy without a contract), the targets for its priority and the calendar's zone. */
  private async servedUnder(m: EntityManager, accountId: string | null, productId: string | null, priority: CasePriority, now: Date, defaultZone: string | null) {
    const contracts = accountId ? ((await this.entitlements.ofAccounts([accountId], m)).get(accountId) ?? []) : [];
    // A contract is in force on the customer's date, which is the default calendar's (the contracts' policies may count in others).
    const contract = contracts.length ? entitlementFor(contracts, localDateIn(now, defaultZone ?? 'UTC'), productId) : null;
    // Without a contract in force, the default policy (if one is set up) serves the customer.
    const policy = contract ? await m.findOneBy(ServiceSlaPolicyEntity, { id: contract.policyId }) : await m.findOneBy(ServiceSlaPolicyEntity, { isDefault: true, active: true });
    const entitlementId = contract?.id ?? null;
    if (!policy?.active) return { entitlementId, policyId: null, targets: {}, timeZone: null as string | null };
    const timeZone = policy.calendarId ? await this.repo.calendarZone(m, policy.calendarId) : defaultZone;
    return { entitlementId, policyId: policy.id, targets: targetsFor({ targets: policy.targets, warnAtPercent: policy.warnAtPercent }, priority), timeZone };
  }
}

/** The account timeline's entry for a new case. */
export const opened = (k: CaseEntity) => ({ subjectType: 'account', subjectId: k.accountId as string, eventType: 'case.opened', payload: { caseId: k.id, number: k.number, subject: k.subject, priority: k.priority } });

