import { Injectable, Logger } from '@nestjs/common';
import { clockSummary, nextEscalationCheck } from '@rapport/service-domain';
import { CaseRepository } from '@rapport/service-data';
import { CaseClocksService } from './case-clocks.service';

const CHUNK = 1000;

/**
 * After a calendar changes (issue 18 item 5: "changing the calendar recomputes open cases' due
 * times"), the open cases counting in it get their clocks again from their logs, in chunks of a
 * thousand (job `recompute-case-clocks`, off the request): the same function as the live clock, so
 * the result is what the clock would have shown had the calendar always been so.
 */
@Injectable()
export class CaseRecomputeService {
  private readonly logger = new Logger(CaseRecomputeService.name);

  constructor(
    private readonly repo: CaseRepository,
    private readonly clocks: CaseClocksService,
  ) {}

  async run(calendarId: string, now = new Date()): Promise<{ cases: number }> {
    let after: string | null = null;
    let cases = 0;
    for (;;) {
      const ids = await this.repo.openCasesOnCalendar(calendarId, after, CHUNK);
      if (!ids.length) break;
      const [clocks, done] = await Promise.all([this.clocks.clocksOf(ids, now), this.repo.escalationsDoneOf(ids)]);
      await this.repo.setClockSummaries(ids.map((id) => {
        const c = clocks.get(id) ?? [];
        return { id, ...clockSummary(c), nextCheckAt: nextEscalationCheck(c, done.get(id) ?? new Set()) };
      }));
      cases += ids.length;
      after = ids.at(-1)!;
    }
    this.logger.log(`recomputed the clocks of ${cases} open case(s) on calendar ${calendarId}`);
    return { cases };
  }
}
