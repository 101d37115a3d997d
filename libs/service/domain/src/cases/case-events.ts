import type { CaseClockEvent, MilestoneClock, SlaTargets } from '../sla/sla-clock';

/**
 * The case's event log as stored (`case_event`): every change that matters to its clocks, and a few
 * that matter only to its history (assignment, merge). The clocks read the first kind alone.
 */
export const CLOCK_EVENT_KINDS = ['created', 'status', 'customer_message', 'agent_response', 'resolved', 'reopened', 'targets'] as const;

export interface StoredCaseEvent {
  kind: string;
  at: Date;
  data: Record<string, unknown>;
}

/** The clock events of a stored log (others are skipped), ready for `slaClocks`. */
export function clockEventsOf(rows: readonly StoredCaseEvent[]): CaseClockEvent[] {
  const out: CaseClockEvent[] = [];
  for (const r of rows) {
    switch (r.kind) {
      case 'created':
        out.push({ at: r.at, kind: 'created', targets: (r.data.targets ?? {}) as SlaTargets, clockRuns: r.data.clockRuns !== false });
        break;
      case 'targets':
        out.push({ at: r.at, kind: 'targets', targets: (r.data.targets ?? {}) as SlaTargets });
        break;
      case 'status':
        out.push({ at: r.at, kind: 'status', clockRuns: r.data.clockRuns === true });
        break;
      case 'customer_message':
      case 'agent_response':
      case 'resolved':
      case 'reopened':
        out.push({ at: r.at, kind: r.kind });
        break;
    }
  }
  return out;
}

/** What the case row keeps of its clocks for lists, sorting and the escalation job: the next due time and whether any is late. */
export function clockSummary(clocks: readonly MilestoneClock[]): { dueAt: Date | null; breached: boolean } {
  let dueAt: Date | null = null;
  for (const c of clocks) if (c.state === 'running' && c.dueAt && (!dueAt || c.dueAt < dueAt)) dueAt = c.dueAt;
  return { dueAt, breached: clocks.some((c) => c.late && c.state !== 'stopped') };
}
