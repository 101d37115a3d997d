import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { clockEventsOf, clockSummary, slaClocks, type MilestoneClock } from '@rapport/service-domain';
import { CaseRepository } from '@rapport/service-data';

/**
 * A case's SLA clocks, always computed from its event log and its policy's calendar (ADR 0021
 * decision 2): the case page, the summary kept on the row and a recomputation after a calendar
 * edit all come from here, so they agree. A case without a policy (no contract covers it) or
 * without a calendar to count in has no clocks.
 */
@Injectable()
export class CaseClocksService {
  constructor(private readonly repo: CaseRepository) {}

  async clocksOf(caseIds: readonly string[], now: Date, m?: EntityManager): Promise<Map<string, MilestoneClock[]>> {
    const [logs, calendars] = await Promise.all([this.repo.eventLogs(caseIds, m), this.repo.calendarsOf(caseIds, m)]);
    return new Map(
      caseIds.map((id) => {
        const cal = calendars.get(id);
        return [id, cal ? slaClocks(clockEventsOf(logs.get(id) ?? []), cal, now) : []];
      }),
    );
  }

  /** Writes the clocks' summary onto the case row, in the transaction that appended to its log. */
  async refresh(m: EntityManager, caseId: string, now: Date): Promise<MilestoneClock[]> {
    const clocks = (await this.clocksOf([caseId], now, m)).get(caseId) ?? [];
    await this.repo.setClockSummary(m, caseId, clockSummary(clocks));
    return clocks;
  }
}
