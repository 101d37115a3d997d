import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BusinessCalendar } from '@rapport/shared-domain';
import { clockEventsOf, clockSummary, nextEscalationCheck, slaClocks, type MilestoneClock, type StoredCaseEvent } from '@rapport/service-domain';
import { CaseRepository } from '@rapport/service-data';

export interface ClockInputs {
  logs: Map<string, StoredCaseEvent[]>;
  calendars: Map<string, BusinessCalendar>;
}

/** The clocks of loaded cases; a case without a calendar (no policy, or none to count in) has none. */
export function computeClocks(caseIds: readonly string[], { logs, calendars }: ClockInputs, now: Date): Map<string, MilestoneClock[]> {
  return new Map(
    caseIds.map((id) => {
      const cal = calendars.get(id);
      return [id, cal ? slaClocks(clockEventsOf(logs.get(id) ?? []), cal, now) : []];
    }),
  );
}

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
    return (await this.clocksAndCalendars(caseIds, now, m)).clocks;
  }

  /** The clocks and the calendars they count in, read once (the escalation job needs both). */
  async clocksAndCalendars(caseIds: readonly string[], now: Date, m?: EntityManager): Promise<{ clocks: Map<string, MilestoneClock[]>; calendars: Map<string, BusinessCalendar> }> {
    const loaded = await this.load(caseIds, m);
    return { clocks: computeClocks(caseIds, loaded, now), calendars: loaded.calendars };
  }

  /** What the clocks of some cases are computed from: their logs and calendars (a recomputation loads the next chunk while it computes this one). */
  async load(caseIds: readonly string[], m?: EntityManager): Promise<ClockInputs> {
    const [logs, calendars] = await Promise.all([this.repo.eventLogs(caseIds, m), this.repo.calendarsOf(caseIds, m)]);
    return { logs, calendars };
  }

  /**
   * Writes the clocks' summary onto the case row, in the transaction that appended to its log: the
   * next due time, lateness, when the escalation job must look next, and how completed milestones
   * ended (attainment, for reports).
   */
  async refresh(m: EntityManager, caseId: string, now: Date): Promise<MilestoneClock[]> {
    const clocks = (await this.clocksOf([caseId], now, m)).get(caseId) ?? [];
    const done = await this.repo.escalationsDone(m, caseId);
    await this.repo.setClockSummary(m, caseId, { ...clockSummary(clocks), nextCheckAt: nextEscalationCheck(clocks, done) });
    const completed = clocks.filter((c) => c.completedAt !== null && c.state !== 'running' && c.state !== 'paused');
    await this.repo.recordAttainment(m, caseId, completed.map((c) => ({ milestone: c.kind, state: c.state, targetMinutes: c.targetMinutes, spentMinutes: Math.floor(c.spentMs / 60_000), completedAt: c.completedAt! })));
    return clocks;
  }
}
