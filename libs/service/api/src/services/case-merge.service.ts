import { Injectable } from '@nestjs/common';
import { Actor } from '@rapport/shared-domain';
import { appendTimeline, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { CaseEntity, CaseRepository } from '@rapport/service-data';
import type { MergeCasesInput } from '../models/case.model';
import { CaseClocksService } from './case-clocks.service';
import { CasesService } from './cases.service';

/**
 * Merging duplicates (issue 18 item 1): a customer who wrote twice, or by mail and by phone, has one
 * case. The one that stays takes the others' messages (one thread); each duplicate is closed and
 * points at it (`parentId`), its own clocks stopped. Every case must be the caller's to change; the
 * kept case's clocks stay its own (the duplicates' targets do not move them).
 */
@Injectable()
export class CaseMergeService {
  constructor(
    private readonly repo: CaseRepository,
    private readonly cases: CasesService,
    private readonly clocks: CaseClocksService,
  ) {}

  merge(actor: Actor, input: MergeCasesInput, now = new Date()): Promise<CaseEntity> {
    const fromIds = [...new Set(input.fromIds)];
    if (fromIds.includes(input.intoId)) throw AppError.validation([{ path: 'input.fromIds', message: 'A case cannot be merged into itself.' }]);
    return this.repo.ds.transaction(async (m) => {
      // Locked in id order, so two merges of overlapping cases wait for each other instead of deadlocking.
      const locked = new Map<string, CaseEntity>();
      for (const id of [input.intoId, ...fromIds].sort()) locked.set(id, await this.cases.lockForWrite(m, actor, id));
      const into = locked.get(input.intoId)!;
      if (into.closedAt) throw AppError.validation([{ path: 'input.intoId', message: 'A closed case cannot take other cases; choose an open one.' }]);
      const closed = (await this.repo.statuses(m)).find((s) => s.category === 'closed' && s.active);
      if (!closed) throw AppError.validation([], 'No closed case status is set up; ask an administrator.');
      for (const id of fromIds) {
        const from = locked.get(id)!;
        if (from.parentId) throw AppError.validation([{ path: 'input.fromIds', message: 'This case is already merged into another.' }]);
        await this.repo.moveMessages(m, from.id, into.id);
        if (!from.closedAt) await this.cases.moveTo(m, actor, from, closed.key, now, 'input.fromIds', { survey: false });
        await m.update(CaseEntity, { id: from.id }, { parentId: into.id } as never);
        await this.repo.appendEvents(m, from.id, actor.userId, [{ kind: 'merged_into', at: now, data: { caseId: into.id, number: into.number } }]);
        await writeAudit(m, actor, { entityType: 'case', entityId: from.id, action: 'update', changes: [{ field: 'parentId', from: null, to: into.id }] });
      }
      await this.repo.appendEvents(m, into.id, actor.userId, [{ kind: 'merged', at: now, data: { caseIds: fromIds, numbers: fromIds.map((id) => locked.get(id)!.number) } }]);
      await this.clocks.refresh(m, into.id, now);
      if (into.accountId) await appendTimeline(m, actor, { subjectType: 'account', subjectId: into.accountId as string, eventType: 'case.merged', payload: { caseId: into.id, number: into.number, merged: fromIds.length } });
      return m.findOneByOrFail(CaseEntity, { id: into.id });
    });
  }
}
