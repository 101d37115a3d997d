/**
 * "Who should we send?" (issue 18 item 7): the technicians who have the skill a visit needs, at the
 * level it needs, ranked by how busy they are that day, then by whether they know the customer, then
 * by skill. Pure: the repository loads the facts in one statement; this decides and explains.
 * Issue 19's routing reads the same skills (`user_skill`).
 */
export interface TechnicianFacts {
  userId: string;
  name: string;
  /** Their level (1–5) in the skill the visit needs. */
  level: number;
  /** Visits (not cancelled) already on their calendar that day. */
  visitsThatDay: number;
  /** Visits they completed for this customer (account) before. */
  pastVisits: number;
}

export interface VisitNeed {
  skillKey: string;
  level: number;
  /** Above this many visits a day a technician is listed last, as fully booked. */
  maxVisitsPerDay: number;
}

/** One reason in a suggestion's explanation: a stable code with its numbers (the screens word it in the reader's language) and the English. */
export interface SuggestionReason {
  code: 'skill' | 'workload' | 'free' | 'fully_booked' | 'knows_customer' | 'new_to_customer';
  params: Record<string, number | string>;
  text: string;
}

export interface TechnicianSuggestion extends TechnicianFacts {
  rank: number;
  fullyBooked: boolean;
  reasons: SuggestionReason[];
}

export const DEFAULT_MAX_VISITS_PER_DAY = 4;

export function rankTechnicians(candidates: readonly TechnicianFacts[], need: VisitNeed): TechnicianSuggestion[] {
  const eligible = candidates.filter((c) => c.level >= need.level);
  const booked = (c: TechnicianFacts) => c.visitsThatDay >= need.maxVisitsPerDay;
  const sorted = [...eligible].sort(
    (a, b) =>
      Number(booked(a)) - Number(booked(b)) ||
      a.visitsThatDay - b.visitsThatDay ||
      // Someone the customer already knows, and who knows the site, is worth more than a higher level.
      Number(b.pastVisits > 0) - Number(a.pastVisits > 0) ||
      b.level - a.level ||
      b.pastVisits - a.pastVisits ||
      a.name.localeCompare(b.name) ||
      a.userId.localeCompare(b.userId),
  );
  return sorted.map((c, i) => ({ ...c, rank: i + 1, fullyBooked: booked(c), reasons: reasonsFor(c, need) }));
}

function reasonsFor(c: TechnicianFacts, need: VisitNeed): SuggestionReason[] {
  const out: SuggestionReason[] = [
    { code: 'skill', params: { level: c.level, required: need.level, skill: need.skillKey }, text: `Level ${c.level} in ${need.skillKey} (needs ${need.level})` },
  ];
  if (c.visitsThatDay >= need.maxVisitsPerDay) out.push({ code: 'fully_booked', params: { visits: c.visitsThatDay }, text: `Fully booked that day (${c.visitsThatDay} visits)` });
  else if (c.visitsThatDay === 0) out.push({ code: 'free', params: { visits: 0 }, text: 'No other visit that day' });
  else out.push({ code: 'workload', params: { visits: c.visitsThatDay }, text: `${c.visitsThatDay} other visit${c.visitsThatDay === 1 ? '' : 's'} that day` });
  if (c.pastVisits > 0) out.push({ code: 'knows_customer', params: { visits: c.pastVisits }, text: `Visited this customer ${c.pastVisits} time${c.pastVisits === 1 ? '' : 's'} before` });
  else out.push({ code: 'new_to_customer', params: { visits: 0 }, text: 'Has not visited this customer yet' });
  return out;
}
