import { Candidate } from './routing';
import { candidate } from './routing.fixtures';
import { decideRoute, lastAssignedStamps, planRoutes, RoutingBook, slaMinutesFor, usersToLock } from './routing-plan';

const lead = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  source: 'web',
  campaign: null,
  country: 'CN',
  region: null,
  productInterest: null,
  language: null,
  score: 50,
  employees: null,
  ...over,
});
// Monday 2026-11-23 12:00 UTC; everyone below works around the clock in UTC.
const now = new Date('2026-11-23T12:00:00Z');
const rep = (userId: string, over: Partial<Candidate> = {}): Candidate =>
  candidate({ userId, name: userId.toUpperCase(), timeZone: 'UTC', workDays: [1, 2, 3, 4, 5, 6, 7], workStart: 0, workEnd: 1440, ...over });
function book(reps: Candidate[], distribution: 'round_robin' | 'least_loaded' = 'round_robin'): RoutingBook {
  return {
    rules: [
      { id: 'r-us', name: 'US direct', criteria: { countries: ['US'] }, distribution: 'round_robin', targetUserId: 'x', targetTeamId: null },
      { id: 'r-cn', name: 'China team', criteria: { countries: ['CN'] }, distribution, targetUserId: null, targetTeamId: 't1' },
    ],
    teamReps: new Map([['t1', reps.map((r) => r.userId)]]),
    candidates: new Map(reps.map((r) => [r.userId, r])),
    fallback: { id: 'boss', name: 'Boss' },
  };
}
const owners = (plan: ReturnType<typeof planRoutes>) => plan.map((p) => p.decision?.chosenUserId);

describe('routing a batch', () => {
  it('spreads a batch round-robin exactly as lead-by-lead routing would, starting with who waited longest', () => {
    const b = book([rep('a', { lastAssignedAt: new Date('2026-11-23T11:00:00Z') }), rep('b', { lastAssignedAt: new Date('2026-11-23T10:00:00Z') }), rep('c')]);
    const plan = planRoutes(['1', '2', '3', '4', '5', '6', '7'].map((id) => lead(id)), b, now, now.getTime());
    expect(owners(plan)).toEqual(['c', 'b', 'a', 'c', 'b', 'a', 'c']);
    expect(b.candidates.get('c')).toMatchObject({ assignedToday: 3, openLeads: 3 });
    expect(plan[0].decision).toMatchObject({ ruleName: 'China team', conditions: { countries: ['CN'] }, reason: 'round_robin', passed: [] });
  });

  it('keeps daily capacity within the batch and then falls back, saying why', () => {
    const b = book([rep('a', { dailyCapacity: 2, assignedToday: 1 }), rep('b', { dailyCapacity: 1 })]);
    const plan = planRoutes(['1', '2', '3'].map((id) => lead(id)), b, now, now.getTime());
    expect(owners(plan)).toEqual(['a', 'b', 'boss']);
    expect(plan[2].decision).toMatchObject({ reason: 'fallback', passed: [{ ruleName: 'China team', why: 'nobody_available' }] });
  });

  it('least-loaded counts the leads it has just handed out', () => {
    const b = book([rep('a', { openLeads: 3 }), rep('b', { openLeads: 0 })], 'least_loaded');
    expect(owners(planRoutes(['1', '2', '3', '4', '5'].map((id) => lead(id)), b, now, now.getTime()))).toEqual(['b', 'b', 'b', 'a', 'b']);
  });

  it('never gives a lead back to an excluded owner, nor to an excluded fallback', () => {
    const b = book([rep('a'), rep('b')]);
    expect(decideRoute(lead('1'), b, now, ['a'])?.chosenUserId).toBe('b');
    expect(decideRoute(lead('1'), b, now, ['a', 'b', 'boss'])).toBeNull();
  });

  it('locks only the reps of rules that match a lead of the batch', () => {
    const b = book([rep('b'), rep('a')]);
    expect(usersToLock(b.rules, b.teamReps, [lead('1')])).toEqual(['a', 'b']);
    expect(usersToLock(b.rules, b.teamReps, [lead('1', { country: 'US' })])).toEqual(['x']);
    expect(usersToLock(b.rules, b.teamReps, [lead('1', { country: 'DE' })])).toEqual([]);
  });

  it('stores one last-assignment stamp per rep, in the order of their latest lead, from the base on', () => {
    const b = book([rep('a'), rep('b'), rep('c')]);
    const start = now.getTime();
    const plan = planRoutes(['1', '2', '3', '4'].map((id) => lead(id)), b, now, start);
    expect(owners(plan)).toEqual(['a', 'b', 'c', 'a']);
    expect(lastAssignedStamps(b, owners(plan) as string[], start)).toEqual([
      { userId: 'b', at: new Date(start) },
      { userId: 'c', at: new Date(start + 1) },
      { userId: 'a', at: new Date(start + 2) },
    ]);
  });

  it('picks the most specific SLA policy, the shortest on a tie', () => {
    const policies = [
      { source: null, priority: null, responseMinutes: 240 },
      { source: null, priority: 'high', responseMinutes: 60 },
      { source: 'web', priority: null, responseMinutes: 30 },
      { source: 'web', priority: null, responseMinutes: 20 },
      { source: 'web', priority: 'high', responseMinutes: 5 },
    ];
    expect(slaMinutesFor(policies, 'web', 'high')).toBe(5);
    expect(slaMinutesFor(policies, 'web', 'normal')).toBe(20);
    expect(slaMinutesFor(policies, 'event', 'high')).toBe(60);
    expect(slaMinutesFor(policies, 'event', 'low')).toBe(240);
    expect(slaMinutesFor([], 'web', 'high')).toBeNull();
  });
});
