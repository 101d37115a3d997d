import { marketingDecision, statusAfter, transactionalDecision, type ConsentFacts } from './consent';

const facts = (f: Partial<ConsentFacts>): ConsentFacts => ({ typeStatus: null, globalStatus: null, requiresOptIn: true, suppression: null, ...f });

describe('marketingDecision', () => {
  it('sends only to an address that opted in to a type that asks for it', () => {
    expect(marketingDecision(facts({ typeStatus: 'opted_in' }))).toEqual({ send: true });
    expect(marketingDecision(facts({}))).toEqual({ send: false, reason: 'no_consent' });
    expect(marketingDecision(facts({ typeStatus: 'pending' }))).toEqual({ send: false, reason: 'pending_double_opt_in' });
    expect(marketingDecision(facts({ typeStatus: 'opted_out' }))).toEqual({ send: false, reason: 'opted_out' });
  });

  it('mails without an answer where the type does not ask for opt-in, until the person opts out', () => {
    expect(marketingDecision(facts({ requiresOptIn: false }))).toEqual({ send: true });
    expect(marketingDecision(facts({ requiresOptIn: false, typeStatus: 'opted_out' }))).toEqual({ send: false, reason: 'opted_out' });
  });

  it('lets the global opt-out and the suppression list win over any opt-in, and says which', () => {
    expect(marketingDecision(facts({ typeStatus: 'opted_in', globalStatus: 'opted_out' }))).toEqual({ send: false, reason: 'global_opt_out' });
    expect(marketingDecision(facts({ typeStatus: 'opted_in', globalStatus: 'opted_out', suppression: 'complaint' }))).toEqual({ send: false, reason: 'suppressed', detail: 'complaint' });
    // A global opt-in does not stand in for the type's own answer.
    expect(marketingDecision(facts({ globalStatus: 'opted_in' }))).toEqual({ send: false, reason: 'no_consent' });
  });
});

describe('transactionalDecision', () => {
  it('ignores marketing answers and stops only at an address that bounced hard', () => {
    for (const reason of ['complaint', 'opt_out', 'imported', 'soft_bounce', null] as const) expect(transactionalDecision(reason)).toEqual({ send: true });
    expect(transactionalDecision('hard_bounce')).toEqual({ send: false, reason: 'suppressed', detail: 'hard_bounce' });
  });
});

describe('statusAfter', () => {
  it('keeps an opt-in pending until confirmed where the type wants double opt-in', () => {
    expect(statusAfter('opt_in', { doubleOptIn: true }, 'form')).toBe('pending');
    expect(statusAfter('opt_in', { doubleOptIn: true }, 'staff')).toBe('pending');
    expect(statusAfter('opt_in', { doubleOptIn: true }, 'double_opt_in')).toBe('opted_in');
    expect(statusAfter('opt_in', { doubleOptIn: true }, 'import', true)).toBe('opted_in');
    expect(statusAfter('opt_in', { doubleOptIn: false }, 'form')).toBe('opted_in');
  });

  it('takes an opt-out at once, from any source', () => {
    for (const source of ['form', 'staff', 'unsubscribe_link'] as const) expect(statusAfter('opt_out', { doubleOptIn: true }, source)).toBe('opted_out');
  });
});
