import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import type { Actor } from '@rapport/shared-domain';
import { AppError, ErrorCode } from '@rapport/shared-errors';
import { confirmationProblem, DEFAULT_MAX_VISITS_PER_DAY, localDateIn, rankTechnicians, verifyVisitToken, type TechnicianSuggestion } from '@rapport/service-domain';
import { CaseEntity, CaseRepository, WorkOrderEntity, WorkOrderRepository } from '@rapport/service-data';
import type { EntityManager } from 'typeorm';
import { WorkOrdersService } from './work-orders.service';

/** What the customer's confirmation page shows. */
export interface VisitProposalView {
  number: string;
  status: string;
  slots: { start: Date; end: Date }[];
  confirmedSlot: number | null;
  locale: string | null;
  /** The zone the times are told in (the default business calendar's). */
  timeZone: string;
}

/**
 * The customer's side of a visit (their confirmation link: the signed token is the permission, no
 * login) and "Who should we send?" for dispatchers.
 */
@Injectable()
export class WorkOrderVisitsService {
  constructor(
    private readonly repo: WorkOrderRepository,
    private readonly caseRepo: CaseRepository,
    private readonly workOrders: WorkOrdersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The proposal a link opens (for the page with the confirm button). */
  async proposal(token: unknown): Promise<VisitProposalView> {
    const m = this.repo.ds.manager;
    const w = await this.byToken(token, m, false);
    return (await this.pageOf(m, w)).view(w);
  }

  /**
   * The customer confirms one of the proposed times: stored, written on the case's event log, and
   * answered with the visit as a calendar invitation (a mail in the thread, through the outbox).
   * Confirming the same time again changes nothing (the link clicked twice); another time after
   * that, a superseded link, a passed time or a cancelled visit are refused with a reason.
   */
  async confirm(token: unknown, slot: number, now = new Date()): Promise<{ confirmed: VisitProposalView; already: boolean }> {
    return this.repo.ds.transaction(async (m) => {
      const w = await this.byToken(token, m, true);
      const slots = slotsOf(w);
      const problem = confirmationProblem({ status: w.status, slots, confirmedSlot: confirmedSlotOf(w) }, slot, now);
      if (problem?.code === 'not_found') throw AppError.validation([{ path: 'slot', message: problem.message }]);
      if (problem) throw new AppError(ErrorCode.Conflict, problem.message);
      const { k, contact, view } = await this.pageOf(m, w);
      if (confirmedSlotOf(w) === slot) return { confirmed: view(w), already: true };
      const chosen = slots[slot]!;
      await m.update(WorkOrderEntity, { id: w.id }, { slotStart: chosen.start, slotEnd: chosen.end, confirmedAt: now, icsSequence: w.icsSequence + 1, updatedAt: now });
      const updated = await m.findOneByOrFail(WorkOrderEntity, { id: w.id });
      await this.caseRepo.appendEvents(m, k.id, null, [{ kind: 'visit_confirmed', at: now, data: { workOrderId: w.id, start: chosen.start.toISOString(), end: chosen.end.toISOString(), by: 'customer' } }]);
      if (contact) await this.workOrders.mailCustomer(m, null, updated, k, contact, 'confirmed', now);
      return { confirmed: view(updated), already: false };
    });
  }

  /** "Who should we send?": technicians with the skill, ranked and explained (rankTechnicians). */
  async suggest(actor: Actor, workOrderId: string, now = new Date()): Promise<TechnicianSuggestion[]> {
    const w = await this.workOrders.findVisible(actor, workOrderId);
    if (!w) throw AppError.notFound('The work order');
    if (!w.requiredSkill) throw AppError.validation([{ path: 'workOrderId', message: 'Set the skill the visit needs first.' }]);
    const timeZone = (await this.caseRepo.calendarZone(this.repo.ds.manager, null)) ?? 'UTC';
    // The day the visit is on: its confirmed time, else the first time offered, else today.
    const on = w.slotStart ?? (w.proposedSlots[0] ? new Date(w.proposedSlots[0].start) : now);
    const k = await this.repo.ds.manager.findOneByOrFail(CaseEntity, { id: w.caseId });
    const facts = await this.repo.technicianFacts({ skillKey: w.requiredSkill, level: w.requiredLevel, day: localDateIn(on, timeZone), timeZone, accountId: (k.accountId as string | null) ?? null, workOrderId: w.id });
    return rankTechnicians(facts, { skillKey: w.requiredSkill, level: w.requiredLevel, maxVisitsPerDay: DEFAULT_MAX_VISITS_PER_DAY });
  }

  /** The case and contact a confirmation page tells of, and `view`: a state of the visit as the page shows it (in the default calendar's zone). */
  private async pageOf(m: EntityManager, w: WorkOrderEntity) {
    const k = await m.findOneByOrFail(CaseEntity, { id: w.caseId });
    const contact = k.contactId ? await this.repo.contactForMail(m, k.contactId as string) : null;
    const timeZone = (await this.caseRepo.calendarZone(m, null)) ?? 'UTC';
    const view = (x: WorkOrderEntity): VisitProposalView => ({ number: k.number as string, status: x.status, slots: slotsOf(x), confirmedSlot: confirmedSlotOf(x), locale: contact?.locale ?? null, timeZone });
    return { k, contact, view };
  }

  private async byToken(token: unknown, m: EntityManager, lock: boolean): Promise<WorkOrderEntity> {
    const t = verifyVisitToken(token, this.config.sessionSecret);
    if (!t) throw AppError.notFound('The link');
    const w = lock ? await this.repo.lockById(m, t.workOrderId) : await m.findOneBy(WorkOrderEntity, { id: t.workOrderId });
    if (!w) throw AppError.notFound('The link');
    if (w.confirmationNonce !== t.nonce) throw new AppError(ErrorCode.Conflict, 'These times were replaced by newer ones; please use the latest email.');
    return w;
  }
}

const slotsOf = (w: WorkOrderEntity) => w.proposedSlots.map((s) => ({ start: new Date(s.start), end: new Date(s.end) }));
const confirmedSlotOf = (w: WorkOrderEntity): number | null => {
  if (!w.confirmedAt || !w.slotStart) return null;
  const i = w.proposedSlots.findIndex((s) => new Date(s.start).getTime() === w.slotStart!.getTime());
  return i >= 0 ? i : null;
};
