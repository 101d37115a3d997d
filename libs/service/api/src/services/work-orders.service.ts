import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor, grantFor, RecordScope, Role, scopeFor } from '@rapport/shared-domain';
import { publishToOutbox } from '@rapport/shared-database';
import { QUEUES } from '@rapport/shared-queue';
import { AppError } from '@rapport/shared-errors';
import { mailLocale } from '@rapport/shared-mail';
import { countsVisit, isFinal, moveProblem, newProposalNonce, partsProblems, signaturePng, slotProblems, visitsLeft, VISITS_USED_UP, type Problem, type VisitWarning, type WorkOrderStatus } from '@rapport/service-domain';
import { CaseEntity, CaseMessageEntity, CaseRepository, WorkOrderEntity, WorkOrderRepository } from '@rapport/service-data';
import type { AssignTechnicianInput, CreateWorkOrderInput, MoveWorkOrderInput, ProposeVisitSlotsInput, RecordVisitReportInput, UpdateWorkOrderInput, WorkOrderAddressInput } from '../models/work-order.model';
import { CasesService } from './cases.service';
import { visitMailText } from './work-order-mail';

/** Dispatching: writing every work order (service staff, admins, integrations), not only one's own visits. */
export const dispatches = (actor: Actor) => scopeFor(actor, 'workOrder', 'write') === RecordScope.All;

const invalid = (problems: Problem[]) => {
  if (problems.length) throw AppError.validation(problems);
};

/**
 * Work orders (issue 18 item 7, ADR 0023): planning a visit on a case, proposing times to the
 * customer (a mail through the outbox, kept in the case's thread), sending a technician, the visit's
 * progress and report, and counting it against the contract. Every change is on the case's event log.
 */
@Injectable()
export class WorkOrdersService {
  constructor(
    private readonly repo: WorkOrderRepository,
    private readonly caseRepo: CaseRepository,
    private readonly cases: CasesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  findVisible(actor: Actor, id: string): Promise<WorkOrderEntity | null> {
    return this.repo.workOrders(actor, 'read').andWhere('w.id = :id', { id }).getOne();
  }

  /** The visits of some cases the reader was shown, by case id, in order. */
  async ofCases(actor: Actor, caseIds: readonly string[]): Promise<Map<string, WorkOrderEntity[]>> {
    const rows = await this.repo.workOrders(actor, 'read').andWhere('w.case_id = ANY(:caseIds)', { caseIds: [...caseIds] }).orderBy('w.sequence', 'ASC').getMany();
    const out = new Map<string, WorkOrderEntity[]>(caseIds.map((id) => [id, []]));
    for (const w of rows) out.get(w.caseId)?.push(w);
    return out;
  }

  /** A technician's calendar: their visits with a time in the range (at most 62 days), earliest first. */
  calendar(actor: Actor, args: { technicianId?: string | null; from: Date; to: Date }): Promise<WorkOrderEntity[]> {
    const span = args.to.getTime() - args.from.getTime();
    if (!(span > 0) || span > 62 * 86_400_000) throw AppError.validation([{ path: 'to', message: 'The range must end after it starts and span at most 62 days.' }]);
    const qb = this.repo.workOrders(actor, 'read').andWhere('w.slot_start < :to AND w.slot_end > :from', { from: args.from, to: args.to });
    if (args.technicianId) qb.andWhere('w.technician_id = :t', { t: args.technicianId });
    return qb.orderBy('w.slot_start', 'ASC').addOrderBy('w.id', 'ASC').limit(500).getMany();
  }

  async create(actor: Actor, input: CreateWorkOrderInput, now = new Date()): Promise<{ workOrder: WorkOrderEntity; warnings: VisitWarning[] }> {
    if (!dispatches(actor)) throw AppError.forbidden('Only a dispatcher may plan visits.');
    return this.repo.ds.transaction(async (m) => {
      // The case row's lock also serialises the visits' numbers within it.
      const k = await this.cases.lockForWrite(m, actor, input.caseId);
      if (k.closedAt) throw AppError.validation([], 'A closed case takes no more visits; open a new case linked to it.');
      const skill = await this.skillOf(m, input.requiredSkill);
      const address = addressOf(input.address);
      const w = await m.save(
        m.create(WorkOrderEntity, {
          caseId: k.id,
          sequence: await this.repo.nextSequence(m, k.id),
          description: input.description?.trim() ?? '',
          ...address,
          requiredSkill: skill,
          requiredLevel: input.requiredLevel ?? 1,
          status: 'scheduled',
          entitlementId: (k.entitlementId as string | null) ?? null,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.caseRepo.appendEvents(m, k.id, actor.userId, [{ kind: 'work_order_created', at: now, data: { workOrderId: w.id, sequence: w.sequence } }]);
      return { workOrder: await m.findOneByOrFail(WorkOrderEntity, { id: w.id }), warnings: await this.warnings(m, w) };
    });
  }

  /**
   * Offers the customer times for the visit: a mail (through the outbox, kept in the case's thread
   * so their answer threads onto the case) with a link per time. New times draw a new nonce, so the
   * links of an earlier proposal stop working, and undo an earlier confirmation.
   */
  /** Changes a planned visit's description, address or skill (dispatchers), recorded on the case. */
  async update(actor: Actor, input: UpdateWorkOrderInput, now = new Date()): Promise<{ workOrder: WorkOrderEntity; warnings: VisitWarning[] }> {
    return this.repo.ds.transaction(async (m) => {
      const w = await this.lockForWrite(m, actor, input.workOrderId);
      if (!dispatches(actor)) throw AppError.forbidden('Only a dispatcher may plan visits.');
      if (isFinal(w.status as WorkOrderStatus)) throw AppError.validation([], 'This visit is no longer planned.');
      const patch: Partial<Pick<WorkOrderEntity, 'description' | 'street' | 'city' | 'postalCode' | 'region' | 'country' | 'requiredSkill' | 'requiredLevel'>> = {};
      if (input.description !== undefined) patch.description = input.description?.trim() ?? '';
      if (input.address) Object.assign(patch, addressOf(input.address));
      if (input.requiredSkill !== undefined) patch.requiredSkill = await this.skillOf(m, input.requiredSkill);
      if (input.requiredLevel != null) patch.requiredLevel = input.requiredLevel;
      const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter((key) => patch[key] !== w[key]);
      if (changed.length) {
        await m.update(WorkOrderEntity, { id: w.id }, { ...patch, updatedAt: now });
        await this.caseRepo.appendEvents(m, w.caseId, actor.userId, [{ kind: 'work_order_changed', at: now, data: { workOrderId: w.id, fields: changed } }]);
      }
      const updated = await m.findOneByOrFail(WorkOrderEntity, { id: w.id });
      return { workOrder: updated, warnings: await this.warnings(m, updated) };
    });
  }

  private async skillOf(m: EntityManager, key: string | null | undefined): Promise<string | null> {
    const skill = key?.trim() || null;
    if (skill && !(await this.repo.skillExists(m, skill))) throw AppError.validation([{ path: 'input.requiredSkill', message: 'This skill does not exist.' }]);
    return skill;
  }

  async proposeSlots(actor: Actor, input: ProposeVisitSlotsInput, now = new Date()): Promise<{ workOrder: WorkOrderEntity; warnings: VisitWarning[] }> {
    return this.repo.ds.transaction(async (m) => {
      const w = await this.lockForWrite(m, actor, input.workOrderId);
      if (!dispatches(actor)) throw AppError.forbidden('Only a dispatcher may plan visits.');
      if (w.status !== 'scheduled') throw AppError.validation([], 'This visit is no longer planned.');
      const slots = input.slots.map((s) => ({ start: new Date(s.start), end: new Date(s.end) }));
      invalid(slotProblems(slots, now, 'input.slots'));
      const k = await m.findOneByOrFail(CaseEntity, { id: w.caseId });
      const contact = k.contactId ? await this.repo.contactForMail(m, k.contactId as string) : null;
      if (!contact?.email) throw AppError.validation([{ path: 'input.workOrderId', message: 'The case’s contact has no email address to send the times to.' }]);
      await m.update(WorkOrderEntity, { id: w.id }, {
        proposedSlots: slots.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() })),
        proposedAt: now,
        confirmationNonce: newProposalNonce(),
        confirmedAt: null,
        slotStart: null,
        slotEnd: null,
        updatedAt: now,
      });
      const updated = await m.findOneByOrFail(WorkOrderEntity, { id: w.id });
      await this.mailCustomer(m, actor.userId, updated, k, contact, 'proposal', now);
      await this.caseRepo.appendEvents(m, k.id, actor.userId, [{ kind: 'visit_proposed', at: now, data: { workOrderId: w.id, slots: updated.proposedSlots } }]);
      return { workOrder: updated, warnings: await this.warnings(m, updated) };
    });
  }

  async assignTechnician(actor: Actor, input: AssignTechnicianInput, now = new Date()): Promise<{ workOrder: WorkOrderEntity; warnings: VisitWarning[] }> {
    return this.repo.ds.transaction(async (m) => {
      const w = await this.lockForWrite(m, actor, input.workOrderId);
      if (!dispatches(actor)) throw AppError.forbidden('Only a dispatcher may plan visits.');
      if (isFinal(w.status as WorkOrderStatus)) throw AppError.validation([], 'This visit is no longer planned.');
      const technicianId = input.technicianId ?? null;
      if (technicianId) {
        const u = await this.repo.userForAssignment(m, technicianId);
        // Whoever is sent must be able to see and record the visit (their role's work order grant).
        if (!u?.active || grantFor(u.role as Role, 'workOrder').write === RecordScope.None) {
          throw AppError.validation([{ path: 'input.technicianId', message: 'This person cannot be sent on visits.' }]);
        }
      }
      if (technicianId !== w.technicianId) {
        await m.update(WorkOrderEntity, { id: w.id }, { technicianId, updatedAt: now });
        await this.caseRepo.appendEvents(m, w.caseId, actor.userId, [{ kind: 'technician_assigned', at: now, data: { workOrderId: w.id, technicianId } }]);
      }
      return { workOrder: await m.findOneByOrFail(WorkOrderEntity, { id: w.id }), warnings: [] };
    });
  }

  /**
   * The visit's progress (rules: `moveProblem`). Under the work order's row lock, so a "done" sent
   * twice at once is made once: the second waits, finds it done and changes nothing. Arriving at
   * done counts the visit against the contract in the same transaction.
   */
  async move(actor: Actor, input: MoveWorkOrderInput, now = new Date()): Promise<{ workOrder: WorkOrderEntity; warnings: VisitWarning[] }> {
    return this.repo.ds.transaction(async (m) => {
      const w = await this.lockForWrite(m, actor, input.workOrderId);
      const from = w.status as WorkOrderStatus;
      const to = input.status as WorkOrderStatus;
      const problem = moveProblem({ status: from, hasTechnician: w.technicianId !== null, hasReport: !!w.workDone }, to, { isTechnician: w.technicianId === actor.userId, dispatches: dispatches(actor) });
      if (problem) throw AppError.validation([{ path: 'input.status', message: problem }]);
      if (from === to) return { workOrder: w, warnings: [] };
      const warnings: VisitWarning[] = [];
      const counted = countsVisit(from, to) && w.entitlementId && !w.visitCountedAt ? await this.repo.countVisit(m, w.entitlementId) : null;
      if (counted && (visitsLeft(counted) ?? 0) < 0) warnings.push(VISITS_USED_UP);
      await m.update(WorkOrderEntity, { id: w.id }, { status: to, updatedAt: now, ...(counted ? { visitCountedAt: now } : {}) });
      await this.caseRepo.appendEvents(m, w.caseId, actor.userId, [{ kind: 'work_order_status', at: now, data: { workOrderId: w.id, from, to, ...(counted ? { visitsUsed: counted.visitsUsed } : {}) } }]);
      return { workOrder: await m.findOneByOrFail(WorkOrderEntity, { id: w.id }), warnings };
    });
  }

  /** The visit report, on site: the work done, parts used and the customer's signature (a PNG checked by its bytes). */
  async recordReport(actor: Actor, input: RecordVisitReportInput, now = new Date()): Promise<{ workOrder: WorkOrderEntity; warnings: VisitWarning[] }> {
    const parts = (input.parts ?? []).map((p) => ({ part: p.part.trim(), quantity: p.quantity }));
    const problems = partsProblems(parts, 'input.parts');
    const signature = input.signaturePng ? signaturePng(input.signaturePng, 'input.signaturePng') : null;
    if (signature && 'problem' in signature) problems.push(signature.problem);
    if (!input.workDone.trim()) problems.push({ path: 'input.workDone', message: 'Record the visit report (the work done) before closing the visit.' });
    invalid(problems);
    return this.repo.ds.transaction(async (m) => {
      const w = await this.lockForWrite(m, actor, input.workOrderId);
      if (w.technicianId !== actor.userId && !dispatches(actor)) throw AppError.forbidden('Only the assigned technician or a dispatcher may move this visit.');
      if (w.status !== 'on_site') throw AppError.validation([], 'Record the report while on site.');
      const png = signature && 'png' in signature ? signature.png : null;
      await m.update(WorkOrderEntity, { id: w.id }, {
        workDone: input.workDone.trim(),
        parts,
        signaturePng: png,
        signatureSize: png?.length ?? null,
        signedBy: input.signedBy?.trim() || null,
        reportedAt: now,
        updatedAt: now,
      });
      await this.caseRepo.appendEvents(m, w.caseId, actor.userId, [{ kind: 'visit_report', at: now, data: { workOrderId: w.id, parts: parts.length, signed: png !== null } }]);
      return { workOrder: await m.findOneByOrFail(WorkOrderEntity, { id: w.id }), warnings: [] };
    });
  }

  /** Writes the customer's mail about a visit into the case's thread and queues it (sent once by `WorkOrderMailer`). */
  async mailCustomer(m: EntityManager, authorId: string | null, w: WorkOrderEntity, k: CaseEntity, contact: { email: string; name: string; locale: string | null }, kind: 'proposal' | 'confirmed', now: Date): Promise<void> {
    const timeZone = (await this.caseRepo.calendarZone(m, null)) ?? 'UTC';
    const { subject, lines } = visitMailText({ kind, locale: mailLocale(contact.locale), name: contact.name, number: k.number as string, subject: k.subject as string, timeZone, work: w });
    const id = randomUUID();
    await m.insert(CaseMessageEntity, {
      id,
      caseId: k.id,
      // Ours, so the customer's answer (In-Reply-To) finds the case again.
      messageId: `<case-${k.id}.${id}@${this.config.inboundMailDomain}>`,
      fromAddress: this.config.supportMailAddress,
      direction: 'outbound',
      channel: 'email',
      authorId,
      contactId: k.contactId as string | null,
      toAddresses: [contact.email],
      subject,
      body: lines.join('\n'),
      createdAt: now,
    });
    await publishToOutbox(m, { queue: QUEUES.serviceMail, jobName: 'send-visit-mail', payload: { messageId: id, workOrderId: w.id, kind }, dedupKey: `visit-mail:${id}` });
  }

  async lockForWrite(m: EntityManager, actor: Actor, id: string): Promise<WorkOrderEntity> {
    const w = await this.repo.workOrders(actor, 'write', m).andWhere('w.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (w) return w;
    if (await this.repo.workOrders(actor, 'read', m).andWhere('w.id = :id', { id }).getExists()) throw AppError.forbidden();
    throw AppError.notFound('The work order');
  }

  /** Scheduling beyond the contract's visits is allowed (ADR 0023), but said. */
  private async warnings(m: EntityManager, w: WorkOrderEntity): Promise<VisitWarning[]> {
    if (!w.entitlementId) return [];
    const left = visitsLeft((await this.repo.entitlementVisits([w.entitlementId], m)).get(w.entitlementId) ?? null);
    return left !== null && left <= 0 ? [VISITS_USED_UP] : [];
  }
}

/** A visit's address, trimmed; a street or a city at least. */
function addressOf(a: WorkOrderAddressInput = {}): Pick<WorkOrderEntity, 'street' | 'city' | 'postalCode' | 'region' | 'country'> {
  const address = { street: a.street?.trim() ?? '', city: a.city?.trim() ?? '', postalCode: a.postalCode?.trim() ?? '', region: a.region?.trim() ?? '', country: a.country?.trim() ?? '' };
  if (!address.street && !address.city) throw AppError.validation([{ path: 'input.address', message: 'Give the address of the visit.' }]);
  return address;
}
