import { describe, expect, it } from 'vitest';
import { addressConsents, addressesInText, noAnswerMeaning, personAddresses, splitEntries } from './consent-model';

const type = (id: string, active = true, requiresOptIn = true) => ({ id, name: id, doubleOptIn: false, requiresOptIn, active });
const state = (address: string, typeId: string | null, status: 'OPTED_IN' | 'OPTED_OUT' | 'PENDING') => ({
  __typename: 'Consent' as const,
  address,
  status,
  updatedAt: '2026-03-01T12:00:00Z',
  subscriptionType: typeId ? { __typename: 'SubscriptionType' as const, id: typeId } : null,
});

describe('personAddresses', () => {
  it('normalises as the API does (trimmed, lower-case), primary first, without repeats or blanks', () => {
    expect(personAddresses([' Ann.Wu@Example.com', 'ann.wu@example.com ', '', null, 'ann@home.example', undefined, '  '])).toEqual(['ann.wu@example.com', 'ann@home.example']);
  });
});

describe('addressConsents', () => {
  it('gives each address its global answer, every offered type, answered ones no longer offered, and its suppression', () => {
    const types = [type('events'), type('newsletter'), type('old', false)];
    const views = addressConsents(
      ['a@x.example', 'b@x.example'],
      [state('a@x.example', null, 'OPTED_OUT'), state('A@X.example', 'newsletter', 'OPTED_IN'), state('b@x.example', 'old', 'OPTED_IN')],
      [{ __typename: 'Suppression', address: 'b@x.example', reason: 'COMPLAINT', detail: null, softBounces: 0, createdAt: '2026-01-01T00:00:00Z' }],
      types,
    );
    expect(views.map((v) => [v.address, v.global?.status ?? null, v.types.map((l) => [l.type.id, l.status]), v.suppression?.reason ?? null])).toEqual([
      ['a@x.example', 'OPTED_OUT', [['events', null], ['newsletter', 'OPTED_IN']], null],
      ['b@x.example', null, [['events', null], ['newsletter', null], ['old', 'OPTED_IN']], 'COMPLAINT'],
    ]);
  });
});

describe('noAnswerMeaning', () => {
  it('is "not mailed" where an opt-in is required, else "mailed until they opt out"', () => {
    expect(noAnswerMeaning({ requiresOptIn: true })).toBe('notMailed');
    expect(noAnswerMeaning({ requiresOptIn: false })).toBe('mailedUntilOptOut');
  });
});

describe('splitEntries', () => {
  it('takes one per line or comma/semicolon separated, drops blanks, sends repeats once and keeps what is not an address for the API to name', () => {
    expect(splitEntries('a@x.example\r\nb@x.example, c@x.example;; not an address\n\n a@x.example \t d@x.example')).toEqual([
      'a@x.example',
      'b@x.example',
      'c@x.example',
      'not an address',
      'd@x.example',
    ]);
    expect(splitEntries('  \n , ')).toEqual([]);
  });
});

describe('addressesInText', () => {
  it('finds every address in a CSV whatever its columns, once each, in the file’s order', () => {
    const csv = 'name,email,company\n"Wu, Ann",Ann.Wu@Example.com,Acme\nLee,"<lee@example.org>",\nAnn again,ann.wu@example.com,Acme\nno address here,,';
    expect(addressesInText(csv)).toEqual(['Ann.Wu@Example.com', 'lee@example.org']);
  });

  it('reads a plain list and finds nothing in text without addresses', () => {
    expect(addressesInText('a@x.example\nb@x.example;c@x.example')).toEqual(['a@x.example', 'b@x.example', 'c@x.example']);
    expect(addressesInText('email\nnobody\n')).toEqual([]);
  });
});
