/**
 * Routing of many leads at once, as pure functions over facts loaded once per batch. Each decision
 * updates the in-memory loads (assigned today, open leads, last assignment), so round-robin,
 * least-loaded and daily capacity stay exactly as fair inside a batch as lead by lead.
 */
import { Candidate, chooseRep, describeCriteria, Distribution, LeadFacts, RoutingCriteria, RoutingExplanation, ruleMatches } from './routing';

export interface RuleFacts {
  id: string;
  name: string;
  criteria: RoutingCriteria;
  distribution: Distribution;
  targetUserId: string | null;
  targetTeamId: string | null;
}

/** Everything a batch of decisions reads, loaded once (and the candidates locked) by the job. */
export interface RoutingBook {
  /** Active rules in order (position, id). */
  rules: RuleFacts[];
  /** Active sales reps of each team, by team id. */
  teamReps: Map<string, string[]>;
  /** Routing facts of every rep a rule can name, by user id; mutated as decisions are made. */
  candidates: Map<string, Candidate>;
  fallback: { id: string; name: string } | null;
}

/** The users whose routing profiles a batch must lock: every target of a rule that matches one of its leads. */
export function usersToLock(rules: RuleFacts[], teamReps: Map<string, string[]>, leads: LeadFacts[]): string[] {
  const ids = new Set<string>();
  for (const rule of rules) {
    if (!leads.some((l) => ruleMatches(rule.criteria, l))) continue;
    for (const id of membersOf(rule, teamReps)) ids.add(id);
  }
  return [...ids].sort();
}

/** A rule's targets: the named user, or the team's reps (managers take leads only when a rule names them). */
export function membersOf(rule: RuleFacts, teamReps: Map<string, string[]>): string[] {
  if (rule.targetUserId) return [rule.targetUserId];
  return rule.targetTeamId ? (teamReps.get(rule.targetTeamId) ?? []) : [];
}

/**
 * Walks the rules in order for one lead: the first matching rule with someone available places it;
 * rules that matched but had nobody available are listed; with none left, the fallback owner.
 */
export function decideRoute(lead: LeadFacts, book: RoutingBook, now: Date, exclude: readonly string[] = []): RoutingExplanation | null {
  const passed: RoutingExplanation['passed'] = [];
  for (const rule of book.rules) {
    if (!ruleMatches(rule.criteria, lead)) continue;
    const candidates = membersOf(rule, book.teamReps)
      .filter((id) => !exclude.includes(id))
      .map((id) => book.candidates.get(id))
      .filter((c): c is Candidate => c !== undefined);
    const choice = chooseRep(candidates, rule.distribution, now);
    const chosen = candidates.find((c) => c.userId === choice.userId);
    if (chosen) {
      return {
        ruleId: rule.id,
        ruleName: rule.name,
        criteria: describeCriteria(rule.criteria),
        conditions: rule.criteria,
        chosenUserId: chosen.userId,
        chosenName: chosen.name,
        reason: rule.targetUserId ? 'direct' : rule.distribution,
        skipped: choice.skipped,
        passed,
      };
    }
    passed.push({ ruleName: rule.name, why: 'nobody_available' });
  }
  const fallback = book.fallback && !exclude.includes(book.fallback.id) ? book.fallback : null;
  if (!fallback) return null;
  return { ruleId: null, ruleName: null, criteria: null, conditions: null, chosenUserId: fallback.id, chosenName: fallback.name, reason: 'fallback', skipped: [], passed };
}

/** Counts a decision against the chosen rep, so the next lead of the batch sees the new load. */
export function recordAssignment(book: RoutingBook, userId: string, at: Date): void {
  const c = book.candidates.get(userId);
  if (!c) return;
  c.assignedToday += 1;
  c.openLeads += 1;
  c.lastAssignedAt = at;
}

/**
 * Decides every lead in the given order. Assignment stamps are `start`, `start`+1 ms, … so later
 * decisions always count as more recent than earlier ones and than anything already stored
 * (the caller picks `start` after the latest stored stamp).
 */
export function planRoutes<L extends LeadFacts & { id: string }>(
  leads: L[],
  book: RoutingBook,
  now: Date,
  start: number,
  excludeFor: (lead: L) => readonly string[] = () => [],
): { lead: L; decision: RoutingExplanation | null }[] {
  let tick = start;
  return leads.map((lead) => {
    const decision = decideRoute(lead, book, now, excludeFor(lead));
    if (decision) recordAssignment(book, decision.chosenUserId, new Date(tick++));
    return { lead, decision };
  });
}

/**
 * Stamps to store as the chosen reps' `last_assigned_at`: one per rep, 1 ms apart from `base`, in
 * the order of their latest assignment in the batch. Storing ranks rather than the in-memory ticks
 * keeps the stored clock close to real time however many leads a batch routes.
 */
export function lastAssignedStamps(book: RoutingBook, chosen: Iterable<string>, base: number): { userId: string; at: Date }[] {
  const users = [...new Set(chosen)];
  const at = (id: string) => book.candidates.get(id)?.lastAssignedAt?.getTime() ?? -Infinity;
  users.sort((a, b) => at(a) - at(b) || a.localeCompare(b));
  return users.map((userId, i) => ({ userId, at: new Date(base + i) }));
}

export interface SlaPolicyFacts {
  source: string | null;
  priority: string | null;
  responseMinutes: number;
}

/** The most specific active policy: source + priority, then source, then priority, then the default; the shortest wins a tie. */
export function slaMinutesFor(policies: SlaPolicyFacts[], source: string, priority: string): number | null {
  let best: SlaPolicyFacts | null = null;
  const rank = (p: SlaPolicyFacts) => (p.source !== null ? 2 : 0) + (p.priority !== null ? 1 : 0);
  for (const p of policies) {
    if ((p.source !== null && p.source !== source) || (p.priority !== null && p.priority !== priority)) continue;
    if (!best || rank(p) > rank(best) || (rank(p) === rank(best) && p.responseMinutes < best.responseMinutes)) best = p;
  }
  return best?.responseMinutes ?? null;
}
