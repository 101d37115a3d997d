import { addBusinessMinutes, type BusinessCalendar, businessMinutesBetween, period, weekdays } from '@rapport/shared-domain';
import { dueEscalations, DEFAULT_LADDER, slaState } from './escalation';
import { Candidate, chooseRep, explain, localClock, ruleMatches } from './routing';
import { candidate } from './routing.fixtures';
import { gradeFor, isBusinessEmail, priorityFor, scoreLead, ScoringRule } from './scoring';

const lead = { source: 'web', campaign: 'Expo', country: 'CN', region: 'East', productInterest: 'CRM', language: 'zh-CN', score: 60, employees: 500 };

describe('routing rules', () => {
  it('needs every given criterion and any value of a list, case-insensitively', () => {
    expect(ruleMatches({}, lead)).toBe(true);
    expect(ruleMatches({ sources: ['WEB', 'event'], countries: ['cn'] }, lead)).toBe(true);
    expect(ruleMatches({ sources: ['web'], countries: ['US'] }, lead)).toBe(false);
    expect(ruleMatches({ minScore: 60, maxScore: 80 }, lead)).toBe(true);
    expect(ruleMatches({ minScore: 61 }, lead)).toBe(false);
    expect(ruleMatches({ minEmployees: 100 }, { ...lead, employees: null })).toBe(false);
  });

  const base: Candidate = candidate({ userId: 'a', name: 'A', timeZone: 'Asia/Shanghai', workDays: [1, 2, 3, 4, 5], workStart: 540, workEnd: 1080 });
  // Monday 2026-11-23 10:00 in Shanghai.
  const monday10 = new Date('2026-11-23T02:00:00Z');

  it('reads the local clock of a time zone', () => {
    expect(localClock(monday10, 'Asia/Shanghai')).toEqual({ weekday: 1, minute: 600 });
    expect(localClock(monday10, 'America/New_York')).toEqual({ weekday: 7, minute: 21 * 60 });
  });

  it('round-robin picks who waited longest, skipping the absent, the off-hours and the full', () => {
    const candidates: Candidate[] = [
      { ...base, userId: 'a', name: 'A', lastAssignedAt: new Date('2026-11-23T01:00:00Z') },
      { ...base, userId: 'b', name: 'B', lastAssignedAt: new Date('2026-11-23T00:00:00Z') },
      { ...base, userId: 'c', name: 'C', outOfOfficeFrom: new Date('2026-11-20'), outOfOfficeUntil: new Date('2026-11-30') },
      { ...base, userId: 'd', name: 'D', timeZone: 'America/New_York' },
      { ...base, userId: 'e', name: 'E', dailyCapacity: 3, assignedToday: 3 },
    ];
    const choice = chooseRep(candidates, 'round_robin', monday10);
    expect(choice.userId).toBe('b');
    expect(choice.skipped.map((s) => [s.userId, s.why])).toEqual([
      ['c', 'out_of_office'],
      ['d', 'outside_hours'],
      ['e', 'at_capacity'],
    ]);
  });

  it('least-loaded picks the fewest open leads, then who waited longest', () => {
    const candidates = [
      { ...base, userId: 'a', openLeads: 5 },
      { ...base, userId: 'b', openLeads: 2, lastAssignedAt: new Date('2026-11-23T01:00:00Z') },
      { ...base, userId: 'c', openLeads: 2, lastAssignedAt: new Date('2026-11-22T01:00:00Z') },
    ];
    expect(chooseRep(candidates, 'least_loaded', monday10).userId).toBe('c');
    expect(chooseRep([], 'least_loaded', monday10)).toEqual({ userId: null, reason: null, skipped: [] });
  });

  it('explains a decision in one sentence', () => {
    const text = explain({
      ruleId: 'r',
      ruleName: 'China web',
      criteria: 'source ∈ {web}',
      chosenUserId: 'b',
      chosenName: 'Wang',
      reason: 'round_robin',
      skipped: [{ userId: 'c', name: 'Li', why: 'out_of_office' }],
      passed: [{ ruleName: 'VIP', why: 'nobody_available' }],
    });
    expect(text).toBe('Rule “China web” matched (source ∈ {web}); Wang chosen by round-robin (longest wait since their last lead); skipped Li (out of office); rules with nobody available: “VIP”.');
  });
});

describe('scoring', () => {
  const rules: ScoringRule[] = [
    { id: '1', name: 'Senior', field: 'title', operator: 'in', value: ['CEO', '总经理'], points: 30 },
    { id: '2', name: 'Big', field: 'employees', operator: 'gte', value: 200, points: 30 },
    { id: '3', name: 'Business email', field: 'emailDomain', operator: 'exists', value: null, points: 10 },
    { id: '4', name: 'Came back', field: 'submissions', operator: 'gte', value: 2, points: 40 },
    { id: '5', name: 'Student', field: 'title', operator: 'contains', value: 'student', points: -50 },
  ];

  it('adds the points of matching rules, clamped to 0–100, with a grade', () => {
    expect(scoreLead(rules, { title: '总经理', employees: 500, emailDomain: 'acme.cn', submissions: 3 })).toMatchObject({ score: 100, grade: 'A' });
    expect(scoreLead(rules, { title: 'ceo', employees: 50 })).toMatchObject({ score: 30, grade: 'C', matched: [{ ruleId: '1', name: 'Senior', points: 30 }] });
    expect(scoreLead(rules, { title: 'PhD Student' }).score).toBe(0);
    expect(scoreLead(rules, {}).score).toBe(0);
  });

  it('grades and prioritises at the documented thresholds', () => {
    expect([0, 24, 25, 49, 50, 74, 75, 100].map(gradeFor)).toEqual(['D', 'D', 'C', 'C', 'B', 'B', 'A', 'A']);
    expect([10, 60, 80].map(priorityFor)).toEqual(['low', 'normal', 'high']);
    expect([isBusinessEmail('a@acme.cn'), isBusinessEmail('a@qq.com'), isBusinessEmail(null)]).toEqual([true, false, false]);
  });
});

describe('speed-to-lead clock in business hours', () => {
  const cal: BusinessCalendar = { timeZone: 'Asia/Shanghai', week: weekdays([period('09:00-18:00')]) };

  it('counts only working time: Friday 17:30 + 60 minutes is Monday 09:30', () => {
    const friday1730 = new Date('2026-11-27T09:30:00Z');
    expect(addBusinessMinutes(friday1730, 60, cal).toISOString()).toBe('2026-11-30T01:30:00.000Z');
    expect(businessMinutesBetween(friday1730, new Date('2026-11-30T01:30:00Z'), cal)).toBe(60);
  });

  it('starts the clock at opening time for an inquiry that came at night', () => {
    const tuesday0300 = new Date('2026-11-23T19:00:00Z');
    expect(addBusinessMinutes(tuesday0300, 30, cal).toISOString()).toBe('2026-11-24T01:30:00.000Z');
    expect(businessMinutesBetween(tuesday0300, new Date('2026-11-24T01:00:00Z'), cal)).toBe(0);
  });

  it('takes each escalation step once, in order, and names the SLA state', () => {
    expect(dueEscalations(DEFAULT_LADDER, 49, []).map((d) => d.level)).toEqual([]);
    expect(dueEscalations(DEFAULT_LADDER, 160, []).map((d) => d.step.action)).toEqual(['remind_owner', 'notify_manager', 'reassign']);
    expect(dueEscalations(DEFAULT_LADDER, 120, [0]).map((d) => d.level)).toEqual([1]);
    expect([slaState(10, false), slaState(50, false), slaState(100, false), slaState(300, true)]).toEqual(['on_track', 'at_risk', 'breached', 'answered']);
  });
});
