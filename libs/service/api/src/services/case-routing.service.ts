import { Injectable } from '@nestjs/common';
import type { Actor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { CaseRepository, RoutingSetupRepository } from '@rapport/service-data';
import type { RouteCaseInput } from '../models/routing.model';
import { CasesService } from './cases.service';
import { RoutingService } from './routing.service';

/** Sending a case (back) to a queue by hand: whoever may change the case; the named queue, or the rules' choice. */
@Injectable()
export class CaseRoutingService {
  constructor(
    private readonly cases: CasesService,
    private readonly routing: RoutingService,
    private readonly setup: RoutingSetupRepository,
    private readonly caseRepo: CaseRepository,
  ) {}

  async route(actor: Actor, input: RouteCaseInput, now = new Date()): Promise<boolean> {
    return this.caseRepo.ds.transaction(async (m) => {
      const k = await this.cases.lockForWrite(m, actor, input.caseId);
      if (k.resolvedAt || k.closedAt) throw AppError.validation([{ path: 'input.caseId', message: 'A resolved or closed case is not routed.' }]);
      if (input.queueId) {
        const [queue] = await this.setup.queues(m, [input.queueId]);
        if (!queue?.active) throw AppError.validation([{ path: 'input.queueId', message: 'This queue does not exist.' }]);
      }
      const queued = await this.routing.enqueue(m, [k.id], now, input.queueId ?? null);
      if (!input.queueId && queued.length === 0 && !(await this.routing.isWaiting(m, k.id))) {
        throw AppError.validation([{ path: 'input.queueId', message: 'No rule matches this case and there is no default queue: name a queue.' }]);
      }
      return queued.length > 0;
    });
  }
}
