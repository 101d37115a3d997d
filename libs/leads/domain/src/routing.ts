/**
 * Lead routing rules as pure functions: which rule matches a lead, and which rep of a team gets it.
 * The job (libs/leads/api) loads the facts in SQL and stores the decision with this explanation.
 */
export interface RoutingCriteria {
  sources?: string[];
  campaigns?: string[];
  countries?: string[];
  regions?: string[];
  productInterests?: string[];
  languages?: string[];
  minScore?: number;
  maxScore?: number;
  minEmployees?: number;
  maxEmployees?: number;
}

export interface LeadFacts {
  source: string;
  campaign: string | null;
  country: string | null;
  region: string | null;
  productInterest: string | null;
  language: string | null;
  score: number;
  employees: number | null;
}

export type Distribution = 'round_robin' | 'least_loaded';

const norm = (v: string | null | undefined) => (v ?? '').trim().toLowerCase();
const inList = (list: string[] | undefined, value: string | null) => !list?.length || list.some((x) => norm(x) === norm(value));
const inRange = (value: number | null, min?: number, max?: number) =>
  (min === undefined || (value !== null && value >= min)) && (max === undefined || (value !== null && value <= max));

/** Every criterion given must hold (AND); a list matches any of its values (OR), case-insensitively. */
export function ruleMatches(c: RoutingCriteria, lead: LeadFacts): boolean {
  return (
    inList(c.sources, lead.source) &&
    inList(c.campaigns, lead.campaign) &&
    inList(c.countries, lead.country) &&
    inList(c.regions, lead.region) &&
    inList(c.productInterests, lead.productInterest) &&
    inList(c.languages, lead.language) &&
    inRange(lead.score, c.minScore, c.maxScore) &&
    inRange(lead.employees, c.minEmployees, c.maxEmployees)
  );
}

/** Which criteria a rule holds, for the explanation ("source = web, country = CN"). */
export function describeCriteria(c: RoutingCriteria): string {
  const parts: string[] = [];
  const list = (label: string, v?: string[]) => v?.length && parts.push(`${label} ∈ {${v.join(', ')}}`);
  list('source', c.sources);
  list('campaign', c.campaigns);
  list('country', c.countries);
  list('region', c.regions);
  list('product', c.productInterests);
  list('language', c.languages);
  if (c.minScore !== undefined || c.maxScore !== undefined) parts.push(`score ${c.minScore ?? 0}–${c.maxScore ?? 100}`);
  if (c.minEmployees !== undefined || c.maxEmployees !== undefined) parts.push(`employees ${c.minEmployees ?? 0}–${c.maxEmployees ?? '∞'}`);
  return parts.length ? parts.join(', ') : 'any lead';
}

export interface Candidate {
  userId: string;
  name: string;
  active: boolean;
  timeZone: string;
  /** ISO weekdays 1 (Mon) … 7 (Sun). */
  workDays: number[];
  /** Minutes after local midnight. */
  workStart: number;
  workEnd: number;
  outOfOfficeFrom: Date | null;
  outOfOfficeUntil: Date | null;
  /** null = unlimited */
  dailyCapacity: number | null;
  assignedToday: number;
  openLeads: number;
  lastAssignedAt: Date | null;
}

export type SkipReason = 'inactive' | 'out_of_office' | 'outside_hours' | 'at_capacity';

export interface RepChoice {
  userId: string | null;
  reason: Distribution | null;
  skipped: { userId: string; name: string; why: SkipReason }[];
}

// Building an Intl formatter costs far more than using one, and a batch asks for the same few
// zones for every lead and rep: keep one per zone (a handful of IANA names in practice).
const clockFormats = new Map<string, Intl.DateTimeFormat>();
function clockFormat(timeZone: string): Intl.DateTimeFormat {
  let f = clockFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormats.set(timeZone, f);
  }
  return f;
}

/** Local weekday (1–7) and minute of day of `now` in a time zone. */
export function localClock(now: Date, timeZone: string): { weekday: number; minute: number } {
  const parts = clockFormat(timeZone).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { weekday, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

export function whyUnavailable(c: Candidate, now: Date): SkipReason | null {
  if (!c.active) return 'inactive';
  if (c.outOfOfficeFrom && c.outOfOfficeFrom <= now && (!c.outOfOfficeUntil || now < c.outOfOfficeUntil)) return 'out_of_office';
  const { weekday, minute } = localClock(now, c.timeZone);
  if (!c.workDays.includes(weekday) || minute < c.workStart || minute >= c.workEnd) return 'outside_hours';
  if (c.dailyCapacity !== null && c.assignedToday >= c.dailyCapacity) return 'at_capacity';
  return null;
}

/**
 * Picks the rep among available candidates. Round-robin: the one who waited longest since their
 * last lead (never-assigned first). Least-loaded: fewest open leads, then round-robin order.
 * Ties fall to the user id so the choice is deterministic.
 */
export function chooseRep(candidates: Candidate[], strategy: Distribution, now: Date): RepChoice {
  const skipped: RepChoice['skipped'] = [];
  const available: Candidate[] = [];
  for (const c of candidates) {
    const why = whyUnavailable(c, now);
    if (why) skipped.push({ userId: c.userId, name: c.name, why });
    else available.push(c);
  }
  const waited = (a: Candidate, b: Candidate) =>
    (a.lastAssignedAt?.getTime() ?? -Infinity) - (b.lastAssignedAt?.getTime() ?? -Infinity) || a.userId.localeCompare(b.userId);
  available.sort(strategy === 'least_loaded' ? (a, b) => a.openLeads - b.openLeads || waited(a, b) : waited);
  return { userId: available[0]?.userId ?? null, reason: available[0] ? strategy : null, skipped };
}

const SKIP_TEXT: Record<SkipReason, string> = {
  inactive: 'inactive',
  out_of_office: 'out of office',
  outside_hours: 'outside working hours',
  at_capacity: 'at daily capacity',
};

export interface RoutingExplanation {
  ruleId: string | null;
  ruleName: string | null;
  /** The rule's criteria in English words, as `explain` writes them. */
  criteria: string | null;
  /**
   * The rule's criteria as data, so a reader's language can word them (the bell, the lead page and
   * the email). Decisions stored before it was kept have only `criteria`.
   */
  conditions?: RoutingCriteria | null;
  chosenUserId: string;
  chosenName: string;
  reason: Distribution | 'direct' | 'fallback';
  skipped: RepChoice['skipped'];
  /** Rules tried before the one used, and why they could not place the lead. */
  passed: { ruleName: string; why: 'no_match' | 'nobody_available' }[];
}

/** A decision for readers of the lead and of the notice: what `explain` words, without user and rule ids. */
export type RoutingDecisionView = Omit<RoutingExplanation, 'ruleId' | 'chosenUserId' | 'skipped'> & { skipped: { name: string; why: SkipReason }[] };

export function decisionView(e: RoutingExplanation): RoutingDecisionView {
  return {
    ruleName: e.ruleName,
    criteria: e.criteria,
    conditions: e.conditions ?? null,
    chosenName: e.chosenName,
    reason: e.reason,
    skipped: e.skipped.map((s) => ({ name: s.name, why: s.why })),
    passed: e.passed,
  };
}

/** The sentence shown on the lead's timeline, e.g. "Rule “China web” matched (source ∈ {web}); rep1 chosen by round-robin; skipped rep2 (out of office)." */
export function explain(e: RoutingExplanation): string {
  const head = e.ruleName ? `Rule “${e.ruleName}” matched (${e.criteria})` : 'No rule placed the lead; the fallback owner takes it';
  const how =
    e.reason === 'round_robin'
      ? 'chosen by round-robin (longest wait since their last lead)'
      : e.reason === 'least_loaded'
        ? 'chosen as the least loaded (fewest open leads)'
        : e.reason === 'direct'
          ? 'named by the rule'
          : 'is the fallback owner';
  const skipped = e.skipped.length ? `; skipped ${e.skipped.map((s) => `${s.name} (${SKIP_TEXT[s.why]})`).join(', ')}` : '';
  const passed = e.passed.filter((p) => p.why === 'nobody_available');
  const earlier = passed.length ? `; rules with nobody available: ${passed.map((p) => `“${p.ruleName}”`).join(', ')}` : '';
  return `${head}; ${e.chosenName} ${how}${skipped}${earlier}.`;
}
