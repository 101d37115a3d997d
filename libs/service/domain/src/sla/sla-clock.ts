import { addBusinessTime, addBusinessTimeWithin, businessTimeBetween, type BusinessCalendar } from '@rapport/shared-domain';

/**
 * Service SLA clocks (issue 18 item 5), derived from a case's event log alone, so recomputing after
 * a calendar or policy edit gives the answer the live clock would have given. Three milestones:
 * - first response: from the case's creation to the first agent response; never restarted, and a
 *   later customer message never turns it into a next response;
 * - next response: from each customer message after the first response to the agent's next
 *   response; it stops, unmet or not, when the case is resolved;
 * - resolution: from creation to resolution; a reopened case continues with the time it had spent.
 * Time counts only in the calendar's business time and only while the case's status runs the clock
 * (waiting on the customer pauses every milestone). A change of priority or policy replaces the
 * targets and keeps the time already spent.
 */
export type MilestoneKind = 'first_response' | 'next_response' | 'resolution';

export interface SlaTargets {
  /** Business minutes per milestone; a milestone without a target is not tracked. */
  firstResponse?: number | null;
  nextResponse?: number | null;
  resolution?: number | null;
  /** Percent of a target at which the owner is warned (e.g. 75). */
  warnAtPercent?: number | null;
}

export type CaseClockEvent =
  | { at: Date; kind: 'created'; targets: SlaTargets; clockRuns?: boolean }
  /** A status change: whether the new status runs the clock. */
  | { at: Date; kind: 'status'; clockRuns: boolean }
  | { at: Date; kind: 'customer_message' }
  | { at: Date; kind: 'agent_response' }
  | { at: Date; kind: 'resolved' }
  | { at: Date; kind: 'reopened' }
  /** Priority or policy changed: new targets, time spent kept. */
  | { at: Date; kind: 'targets'; targets: SlaTargets };

export type MilestoneState = 'running' | 'paused' | 'met' | 'breached' | 'stopped';

export interface MilestoneClock {
  kind: MilestoneKind;
  targetMinutes: number;
  /** Business milliseconds counted so far (up to `now`, or to when the milestone completed). */
  spentMs: number;
  /** running / paused: still open (paused while the status stops the clock); met / breached: completed in time or late; stopped: a next response closed by resolution before it was late. */
  state: MilestoneState;
  /** When it is (or was) due: for an open milestone, at the current pace; null while paused. */
  dueAt: Date | null;
  /** When the warning threshold is (or was) reached; null without one or while paused. */
  warnAt: Date | null;
  /** The instant the spent time passed the target, if it did. */
  breachedAt: Date | null;
  /** When it completed (met, breached or stopped); null while open. */
  completedAt: Date | null;
  /** Whether the spent time is past the target (open and late, or completed late). */
  late: boolean;
  /** Whether the spent time has reached the warning share of the target (the owner is warned then). */
  warned: boolean;
}

interface Running {
  kind: MilestoneKind;
  open: boolean;
  spentMs: number;
  crossedAt: Date | null;
  completedAt: Date | null;
  met: boolean | null;
}

const MINUTE = 60_000;

function targetOf(kind: MilestoneKind, t: SlaTargets): number | null {
  const v = kind === 'first_response' ? t.firstResponse : kind === 'next_response' ? t.nextResponse : t.resolution;
  return v === null || v === undefined || v < 0 ? null : v;
}

/**
 * The clocks of a case as of `now`, from its events (any order; ties keep their given order).
 * Milestones without a target are left out; the next response is the latest one started.
 */
export function slaClocks(events: readonly CaseClockEvent[], cal: BusinessCalendar, now: Date): MilestoneClock[] {
  const log = events.map((e, i) => ({ e, i })).sort((a, b) => a.e.at.getTime() - b.e.at.getTime() || a.i - b.i).map((x) => x.e);
  const created = log.find((e) => e.kind === 'created');
  if (!created || created.kind !== 'created') return [];
  let targets: SlaTargets = created.targets;
  let clockRuns = created.clockRuns ?? true;
  const first: Running = { kind: 'first_response', open: true, spentMs: 0, crossedAt: null, completedAt: null, met: null };
  const resolution: Running = { kind: 'resolution', open: true, spentMs: 0, crossedAt: null, completedAt: null, met: null };
  let next: Running | null = null;
  let cursor = created.at;

  /** Counts business time from the cursor to `to` on every open milestone, noting when one passes its target. */
  const advance = (to: Date) => {
    if (to <= cursor) return;
    if (clockRuns) {
      const span = businessTimeBetween(cursor, to, cal);
      for (const m of [first, resolution, next]) {
        if (!m?.open) continue;
        const target = targetOf(m.kind, targets);
        if (target !== null && m.crossedAt === null && m.spentMs + span > target * MINUTE) m.crossedAt = addBusinessTime(cursor, target * MINUTE - m.spentMs, cal);
        m.spentMs += span;
      }
    }
    cursor = to;
  };
  const complete = (m: Running, at: Date) => {
    const target = targetOf(m.kind, targets);
    m.open = false;
    m.completedAt = at;
    m.met = target === null ? true : m.spentMs <= target * MINUTE;
  };

  for (const e of log) {
    if (e.at > now) break;
    advance(e.at);
    switch (e.kind) {
      case 'created':
        break;
      case 'status':
        clockRuns = e.clockRuns;
        break;
      case 'targets':
        targets = e.targets;
        // A milestone that had passed the old target but not the new one is no longer late.
        for (const m of [first, resolution, next]) {
          const target = m ? targetOf(m.kind, targets) : null;
          if (m?.open && target !== null && m.spentMs <= target * MINUTE) m.crossedAt = null;
        }
        break;
      case 'agent_response':
        if (first.open) complete(first, e.at);
        else if (next?.open) complete(next, e.at);
        break;
      case 'customer_message':
        // Only after the first response, and only one next response at a time.
        if (!first.open && !next?.open && resolution.open) next = { kind: 'next_response', open: true, spentMs: 0, crossedAt: null, completedAt: null, met: null };
        break;
      case 'resolved':
        if (next?.open) {
          // Stopped, neither met nor breached, unless it was already late: a breach stays one.
          const target = targetOf('next_response', targets);
          next.open = false;
          next.completedAt = e.at;
          next.met = target !== null && next.spentMs > target * MINUTE ? false : null;
        }
        if (resolution.open) complete(resolution, e.at);
        break;
      case 'reopened':
        if (!resolution.open) {
          resolution.open = true;
          resolution.completedAt = null;
          resolution.met = null;
        }
        break;
    }
  }
  advance(now);

  return [first, next, resolution]
    .filter((m): m is Running => !!m && targetOf(m.kind, targets) !== null)
    .map((m) => view(m, targetOf(m.kind, targets)!, targets.warnAtPercent ?? null, clockRuns, now, cal));
}

function view(m: Running, targetMinutes: number, warnAtPercent: number | null, clockRuns: boolean, now: Date, cal: BusinessCalendar): MilestoneClock {
  const targetMs = targetMinutes * MINUTE;
  const late = m.spentMs > targetMs;
  let state: MilestoneState;
  if (m.open) state = clockRuns ? 'running' : 'paused';
  else if (m.met === null) state = 'stopped';
  else state = m.met ? 'met' : 'breached';
  // At the current pace: what is left of the target (or of the warning share) from now.
  // A calendar that never opens again (make-up days alone, all past) leaves the clock running but never due.
  const from = (share: number) => (m.open && clockRuns ? addBusinessTimeWithin(now, Math.max(0, share - m.spentMs), cal) : null);
  const dueAt = m.open ? (late ? m.crossedAt : from(targetMs)) : m.crossedAt;
  const warnMs = warnAtPercent === null ? null : (targetMs * warnAtPercent) / 100;
  const warnAt = warnMs === null || !m.open || m.spentMs >= warnMs ? null : from(warnMs);
  return { kind: m.kind, targetMinutes, spentMs: m.spentMs, state, dueAt, warnAt, breachedAt: m.crossedAt, completedAt: m.completedAt, late, warned: warnMs !== null && m.spentMs >= warnMs };
}
