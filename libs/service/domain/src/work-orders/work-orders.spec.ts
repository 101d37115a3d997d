import ICAL from 'ical.js';
import { countsVisit, moveProblem, nextStatuses, type WorkOrderFacts } from './work-order-status';
import { rankTechnicians, type TechnicianFacts } from './technician-ranking';
import { confirmationProblem, partsProblems, signaturePng, slotProblems, visitsLeft } from './visit-report';
import { visitIcs, visitUid } from './visit-calendar';
import { newProposalNonce, signVisitToken, verifyVisitToken } from './visit-token';

const tech = { isTechnician: true, dispatches: false };
const dispatcher = { isTechnician: false, dispatches: true };
const stranger = { isTechnician: false, dispatches: false };
const w = (status: WorkOrderFacts['status'], more: Partial<WorkOrderFacts> = {}): WorkOrderFacts => ({ status, hasTechnician: true, hasReport: false, ...more });

describe('work order status moves', () => {
  it('follows scheduled → en route → on site → done for the technician', () => {
    expect(moveProblem(w('scheduled'), 'en_route', tech)).toBeNull();
    expect(moveProblem(w('en_route'), 'on_site', tech)).toBeNull();
    expect(moveProblem(w('on_site', { hasReport: true }), 'done', tech)).toBeNull();
    expect(nextStatuses(w('scheduled'), tech)).toEqual(['scheduled', 'en_route']);
  });

  it('lets only a dispatcher cancel, and nobody once on site', () => {
    expect(moveProblem(w('scheduled'), 'cancelled', tech)).toBe('Only a dispatcher may cancel a visit.');
    expect(moveProblem(w('en_route'), 'cancelled', dispatcher)).toBeNull();
    expect(moveProblem(w('on_site'), 'cancelled', dispatcher)).toBe('This status change is not allowed for a visit.');
  });

  it('refuses skipped steps, final states, strangers, and missing technician or report', () => {
    expect(moveProblem(w('scheduled'), 'done', dispatcher)).toBe('This status change is not allowed for a visit.');
    expect(moveProblem(w('done'), 'scheduled', dispatcher)).toBe('The visit is done; it cannot move any more.');
    expect(moveProblem(w('cancelled'), 'scheduled', dispatcher)).toBe('The visit is cancelled; it cannot move any more.');
    expect(moveProblem(w('scheduled'), 'en_route', stranger)).toMatch(/Only the assigned technician/);
    expect(moveProblem(w('scheduled', { hasTechnician: false }), 'en_route', dispatcher)).toMatch(/Assign a technician/);
    expect(moveProblem(w('on_site'), 'done', tech)).toMatch(/visit report/);
    expect(moveProblem(w('on_site'), 'bogus' as never, tech)).toMatch(/does not exist/);
  });

  it('treats a move to the same status as already made, and counts a visit only on arriving at done', () => {
    expect(moveProblem(w('done'), 'done', stranger)).toBeNull();
    expect(countsVisit('on_site', 'done')).toBe(true);
    expect(countsVisit('done', 'done')).toBe(false);
    expect(countsVisit('en_route', 'on_site')).toBe(false);
  });
});

describe('rankTechnicians', () => {
  const need = { skillKey: 'boiler', level: 3, maxVisitsPerDay: 3 };
  const t = (userId: string, level: number, visitsThatDay: number, pastVisits: number): TechnicianFacts => ({ userId, name: userId, level, visitsThatDay, pastVisits });

  it('drops those below the level, puts the least busy first, then those who know the customer, then skill', () => {
    const ranked = rankTechnicians([t('low', 2, 0, 5), t('busy', 5, 2, 0), t('free', 3, 0, 0), t('known', 3, 0, 2), t('expert', 5, 0, 0), t('booked', 5, 3, 9)], need);
    expect(ranked.map((r) => r.userId)).toEqual(['known', 'expert', 'free', 'busy', 'booked']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(ranked.at(-1)!.fullyBooked).toBe(true);
  });

  it('explains each suggestion with codes, numbers and English', () => {
    const [known, , , busy, booked] = rankTechnicians([t('busy', 5, 1, 0), t('free', 3, 0, 0), t('known', 3, 0, 2), t('expert', 5, 0, 0), t('booked', 5, 3, 1)], need);
    expect(known!.reasons.map((r) => r.code)).toEqual(['skill', 'free', 'knows_customer']);
    expect(known!.reasons.map((r) => r.text)).toEqual(['Level 3 in boiler (needs 3)', 'No other visit that day', 'Visited this customer 2 times before']);
    expect(busy!.reasons[1]).toEqual({ code: 'workload', params: { visits: 1 }, text: '1 other visit that day' });
    expect(booked!.reasons[1]!.code).toBe('fully_booked');
  });

  it('suggests nobody when nobody has the level', () => {
    expect(rankTechnicians([t('a', 1, 0, 0)], need)).toEqual([]);
  });
});

// A 1×1 PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('visit report checks', () => {
  it('takes a PNG signature by its bytes, with or without a data URL prefix', () => {
    expect('png' in signaturePng(PNG, 'sig')).toBe(true);
    expect('png' in signaturePng(`data:image/png;base64,${PNG}`, 'sig')).toBe(true);
  });

  it('refuses what is not a PNG, not base64, or too large', () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;'.padEnd(40, '\0')).toString('base64');
    expect(signaturePng(gif, 'sig')).toEqual({ problem: { path: 'sig', message: 'The signature must be a PNG image.' } });
    expect(signaturePng('not base64!', 'sig')).toEqual({ problem: { path: 'sig', message: 'The signature must be a PNG image in base64.' } });
    const big = Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.alloc(300_000)]).toString('base64');
    expect(signaturePng(big, 'sig')).toEqual({ problem: { path: 'sig', message: 'The signature image is larger than 200 KB.' } });
  });

  it('checks part lines by path', () => {
    expect(partsProblems([{ part: 'Valve', quantity: 2 }], 'p')).toEqual([]);
    expect(partsProblems([{ part: ' ', quantity: 0 }], 'p')).toEqual([
      { path: 'p.0.part', message: 'Name the part.' },
      { path: 'p.0.quantity', message: 'The quantity must be more than 0.' },
    ]);
  });
});

describe('proposed slots and confirmation', () => {
  const now = new Date('2026-12-07T01:00:00Z');
  const at = (h: number, len = 2) => ({ start: new Date(now.getTime() + h * 3600_000), end: new Date(now.getTime() + (h + len) * 3600_000) });

  it('wants one to five future, sensible, non-overlapping slots', () => {
    expect(slotProblems([at(24), at(48)], now, 's')).toEqual([]);
    expect(slotProblems([], now, 's')).toEqual([{ path: 's', message: 'Propose at least one time slot.' }]);
    expect(slotProblems([at(-1)], now, 's')).toEqual([{ path: 's.0.start', message: 'A proposed slot must be in the future.' }]);
    expect(slotProblems([at(24, 13)], now, 's')[0]!.path).toBe('s.0.end');
    expect(slotProblems([at(24), at(25)], now, 's')).toEqual([{ path: 's.1.start', message: 'This slot overlaps another one.' }]);
    expect(slotProblems([at(1), at(4), at(7), at(10), at(13), at(16)], now, 's')[0]!.message).toMatch(/at most 5/);
  });

  it('confirms a proposed future slot, the same one again, and nothing else', () => {
    const wo = { status: 'scheduled', slots: [at(24), at(48)], confirmedSlot: null };
    expect(confirmationProblem(wo, 1, now)).toBeNull();
    expect(confirmationProblem(wo, 2, now)?.code).toBe('not_found');
    expect(confirmationProblem(wo, 0.5, now)?.code).toBe('not_found');
    expect(confirmationProblem({ ...wo, confirmedSlot: 1 }, 1, now)).toBeNull();
    expect(confirmationProblem({ ...wo, confirmedSlot: 1 }, 0, now)?.code).toBe('conflict');
    expect(confirmationProblem({ ...wo, status: 'cancelled' }, 0, now)?.code).toBe('gone');
    expect(confirmationProblem({ ...wo, slots: [at(-3)] }, 0, now)?.code).toBe('gone');
  });

  it('tells the visits left on a contract that counts them', () => {
    expect(visitsLeft({ visitsTotal: 3, visitsUsed: 1 })).toBe(2);
    expect(visitsLeft({ visitsTotal: null, visitsUsed: 4 })).toBeNull();
    expect(visitsLeft(null)).toBeNull();
  });
});

describe('visitIcs', () => {
  it('is a REQUEST with the visit’s UID, local times in its zone and the attendee', () => {
    const text = visitIcs({
      workOrderId: 'w1', domain: 'example.test', sequence: 0, title: 'Visit', description: 'Boiler', location: '1 Main St, Shanghai', timeZone: 'Asia/Shanghai',
      start: new Date('2026-12-08T01:00:00Z'), end: new Date('2026-12-08T03:00:00Z'), organizer: { name: 'Support', email: 'support@example.test' }, attendee: { name: 'Wang', email: 'wang@example.test' }, stamp: new Date('2026-12-07T00:00:00Z'),
    });
    const comp = new ICAL.Component(ICAL.parse(text));
    expect(comp.getFirstPropertyValue('method')).toBe('REQUEST');
    const ev = new ICAL.Event(comp.getFirstSubcomponent('vevent')!);
    expect(ev.uid).toBe(visitUid('w1', 'example.test'));
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-12-08T01:00:00.000Z');
    expect(ev.startDate.hour).toBe(9);
    expect(ev.location).toBe('1 Main St, Shanghai');
    expect(String(ev.attendees[0]!.getFirstValue()).toLowerCase()).toBe('mailto:wang@example.test');
  });
});

describe('visit confirmation token', () => {
  it('opens only with the secret, the whole token and the nonce it was signed with', () => {
    const id = '0190a0b0-0000-7000-8000-000000000001';
    const nonce = newProposalNonce();
    const token = signVisitToken(id, nonce, 'secret');
    expect(verifyVisitToken(token, 'secret')).toEqual({ workOrderId: id, nonce });
    expect(verifyVisitToken(token, 'other')).toBeNull();
    expect(verifyVisitToken(signVisitToken(id, newProposalNonce(), 'secret').replace(/\.[^.]+\./, `.${nonce}.`), 'secret')).toBeNull();
    expect(verifyVisitToken(`${token}.x`, 'secret')).toBeNull();
    expect(verifyVisitToken('x'.repeat(300), 'secret')).toBeNull();
    expect(verifyVisitToken({ token }, 'secret')).toBeNull();
  });
});
