import { Injectable } from '@nestjs/common';
import { Actor } from '@rapport/shared-domain';
import { appendTimeline, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { isCustomerMessage, splitClockPlan, splitSelectionProblem, type CasePriority } from '@rapport/service-domain';
import { CaseEntity, CaseRepository } from '@rapport/service-data';
import type { SplitCaseInput } from '../models/case.model';
import { CaseClocksService } from './case-clocks.service';
import { seesInternalNotes } from './case-thread.service';
import { CasesService } from './cases.service';

/**
 * Splitting a case (issue 18 item 1), merge's opposite: a customer raised a second problem in the
 * same thread. The chosen messages (and their files) move to a new case opened as any case is
 * (`CasesService.openIn`: number, contract, policy, targets) with the original's customer, product,
 * type, priority, channel, owner and team, pointing back at it (`splitFromId`). The new case's
 * clocks count from its earliest moved customer message (`splitClockPlan`); the original's are
 * refreshed. Both logs say what happened (`split_to`, `split_from`).
 */
@Injectable()
export class CaseSplitService {
  constructor(
    private readonly repo: CaseRepository,
    private readonly cases: CasesService,
    private readonly clocks: CaseClocksService,
  ) {}

  split(actor: Actor, input: SplitCaseInput, now = new Date()): Promise<CaseEntity> {
    const subject = input.subject.trim();
    if (!subject) throw AppError.validation([{ path: 'input.subject', message: 'Give the new case a subject.' }]);
    const messageIds = [...new Set(input.messageIds)];
    return this.repo.ds.transaction(async (m) => {
      // The new case exists only in this transaction, so the original is the one row to lock.
      const from = await this.cases.lockForWrite(m, actor, input.caseId);
      if (from.closedAt) throw AppError.validation([{ path: 'input.caseId', message: 'A closed case cannot be split; open a new case instead.' }]);
      const thread = await this.repo.threadOf(m, from.id);
      // Notes the caller may not read are not theirs to move (nor counted as what stays).
      const visible = seesInternalNotes(actor) ? thread : thread.filter((x) => x.direction !== 'internal');
      const problem = splitSelectionProblem(visible, messageIds);
      if (problem) throw AppError.validation([problem]);
      const moved = thread.filter((x) => messageIds.includes(x.id));
      const plan = splitClockPlan(moved, now);
      // The customer's first words on the new problem describe it, as a mail's do a case opened from it.
      const description = moved.find(isCustomerMessage)?.body.slice(0, 20000) ?? null;

      const k = await this.cases.openIn(
        m,
        {
          subject,
          description,
          accountId: from.accountId,
          contactId: from.contactId,
          productId: from.productId,
          type: from.type,
          priority: from.priority as CasePriority,
          channel: from.channel,
          ownerId: from.ownerId,
          teamId: from.teamId,
          splitFromId: from.id,
        } as Partial<CaseEntity> & { subject: string; priority: CasePriority },
        actor.userId,
        now,
        { clockFrom: plan.startAt, replay: plan.events },
      );
      await this.repo.moveChosenMessages(m, from.id, k.id, messageIds);
      if (plan.firstResponseAt) await m.update(CaseEntity, { id: k.id }, { firstResponseAt: plan.firstResponseAt } as never);
      await this.repo.appendEvents(m, k.id, actor.userId, [{ kind: 'split_from', at: now, data: { caseId: from.id, number: from.number, messageIds } }]);
      await this.repo.appendEvents(m, from.id, actor.userId, [{ kind: 'split_to', at: now, data: { caseId: k.id, number: k.number, messageIds } }]);
      await this.clocks.refresh(m, from.id, now);
      await writeAudit(m, actor, { entityType: 'case', entityId: k.id, action: 'create', changes: [{ field: 'splitFromId', from: null, to: from.id }] });
      if (from.accountId) {
        await appendTimeline(m, actor, { subjectType: 'account', subjectId: from.accountId as string, eventType: 'case.split', payload: { caseId: k.id, number: k.number, subject: k.subject, fromCaseId: from.id, fromNumber: from.number, messages: messageIds.length } });
      }
      return m.findOneByOrFail(CaseEntity, { id: k.id });
    });
  }
}
