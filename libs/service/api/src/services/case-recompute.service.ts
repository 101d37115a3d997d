import { Injectable, Logger } from '@nestjs/common';
import { clockSummary, nextEscalationCheck } from '@rapport/service-domain';
import { CaseRepository } from '@rapport/service-data';
import { CaseClocksService, computeClocks } from './case-clocks.service';

const CHUNK = 1000;

/**
 * After a calendar changes (issue 18 item 5: "changing the calendar recomputes open cases' due
 * times"), the open cases counting in it get their clocks again from their logs, in chunks of a
 * thousand (job `recompute-case-clocks`, off the request): the same function as the live clock, so
 * the result is what the clock would have shown had the calendar always been so. The next chunk is
 * read from the database while this one is computed and written (the work is half queries, half
 * arithmetic, on two cores).
 */
@Injectable()
export class CaseRecomputeService {
  private readonly logger = new Logger(CaseRecomputeService.name);

  constructor(
    private readonly repo: CaseRepository,
    private readonly clocks: CaseClocksService,
  ) {}

  async run(calendarId: string, now = new Date()): Promise<{ cases: number }> {
    let cases = 0;
    let next = this.readAhead(calendarId, null);
    for (;;) {
      const chunk = await next;
      if (!chunk) break;
      next = this.readAhead(calendarId, chunk.ids.at(-1)!);
      const clocks = computeClocks(chunk.ids, chunk.inputs, now);
      await this.repo.setClockSummaries(
        chunk.ids.map((id) => {
          const c = clocks.get(id) ?? [];
          return { id, ...clockSummary(c), nextCheckAt: nextEscalationCheck(c, chunk.done.get(id) ?? new Set()) };
        }),
      );
      cases += chunk.ids.length;
    }
    this.logger.log(`recomputed the clocks of ${cases} open case(s) on calendar ${calendarId}`);
    return { cases };
  }

  /** The next chunk, read now and awaited later: its failure is handled there, so it is never an unhandled rejection meanwhile. */
  private readAhead(calendarId: string, after: string | null) {
    const read = this.chunkAfter(calendarId, after);
    read.catch(() => undefined);
    return read;
  }

  private async chunkAfter(calendarId: string, after: string | null) {
    const ids = await this.repo.openCasesOnCalendar(calendarId, after, CHUNK);
    if (!ids.length) return null;
    const [inputs, done] = await Promise.all([this.clocks.load(ids), this.repo.escalationsDoneOf(ids)]);
    return { ids, inputs, done };
  }
}
