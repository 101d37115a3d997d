import type { CaseClockEvent, MilestoneClock, SlaTargets } from '../sla/sla-clock';

/**
 * The case's event log as stored (`case_event`): every change that matters to its clocks, and a few
 * that matter only to its history (assignment, merge). The clocks read the first kind alone, and
 * `split_to`: the messages it names moved to another case, so their messages' events no longer
 * count here (messages' events name their message since the split came).
 */
export const CLOCK_EVENT_KINDS = ['created', 'status', 'customer_message', 'agent_response', 'resolved', 'reopened', 'targets', 'split_to'] as const;

export interface StoredCaseEvent {
  kind: string;
  at: Date;
  data: Record<string, unknown>;
}

/** The clock events of a stored log (others are skipped), ready for `slaClocks`. */
export function clockEventsOf(rows: readonly StoredCaseEvent[]): CaseClockEvent[] {
  const out: CaseClockEvent[] = [];
  // Messages split off to another case: what they started or answered is that case's now.
  const moved = new Set<unknown>(rows.flatMap((r) => (r.kind === 'split_to' && Array.isArray(r.data.messageIds) ? r.data.messageIds : [])));
  for (const r of rows) {
    if (moved.size && r.data.messageId !== undefined && moved.has(r.data.messageId)) continue;
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

export type EscalationLevel = 'warning' | 'breach';

/**
 * The escalation steps the clocks call for at `now` (issue 18 item 6): the owner is warned when a
 * running milestone passes its warning share, the manager told when one is late. Each step is taken
 * once per (case, milestone, level): `done` holds the steps already taken.
 */
export function escalationSteps(clocks: readonly MilestoneClock[], now: Date, done: ReadonlySet<string>): { milestone: MilestoneClock['kind']; level: EscalationLevel }[] {
  const steps: { milestone: MilestoneClock['kind']; level: EscalationLevel }[] = [];
  for (const c of clocks) {
    if (c.state !== 'running') continue;
    if (c.late && !done.has(`${c.kind}:breach`)) steps.push({ milestone: c.kind, level: 'breach' });
    else if (!c.late && (c.warned || (c.warnAt !== null && c.warnAt <= now)) && !done.has(`${c.kind}:warning`)) steps.push({ milestone: c.kind, level: 'warning' });
  }
  return steps;
}

/** When the escalation job must look at the case next: the earliest step still to take; null when none is pending. */
export function nextEscalationCheck(clocks: readonly MilestoneClock[], done: ReadonlySet<string>): Date | null {
  let next: Date | null = null;
  const consider = (at: Date | null) => {
    if (at && (!next || at < next)) next = at;
  };
  for (const c of clocks) {
    if (c.state !== 'running') continue;
    // Already past the warning share (warnAt is then null): due at once.
    if (!done.has(`${c.kind}:warning`) && !c.late) consider(c.warned ? new Date(0) : c.warnAt);
    if (!done.has(`${c.kind}:breach`)) consider(c.late ? (c.breachedAt ?? c.dueAt) : c.dueAt);
  }
  return next;
}
