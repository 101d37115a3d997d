import { IDENTITY_TOKEN_TTL_SECONDS, signVisitorIdentity, verifyVisitorIdentity } from './visitor-identity-token';

const SECRET = 'a-test-secret-of-some-length-0123456789';
const person = { kind: 'lead' as const, id: '019a5f3e-1c2b-7d3e-8f00-123456789abc' };
const now = new Date('2026-12-06T10:00:00Z');

describe('visitor identity token', () => {
  it('round-trips a contact and a lead', () => {
    expect(verifyVisitorIdentity(signVisitorIdentity(person, SECRET, now), SECRET, now)).toEqual(person);
    const contact = { kind: 'contact' as const, id: person.id };
    expect(verifyVisitorIdentity(signVisitorIdentity(contact, SECRET, now), SECRET, now)).toEqual(contact);
  });

  it('expires after its time to live, and tolerates a little clock skew', () => {
    const token = signVisitorIdentity(person, SECRET, now);
    expect(verifyVisitorIdentity(token, SECRET, new Date(now.getTime() + (IDENTITY_TOKEN_TTL_SECONDS - 1) * 1000))).toEqual(person);
    expect(verifyVisitorIdentity(token, SECRET, new Date(now.getTime() + (IDENTITY_TOKEN_TTL_SECONDS + 1) * 1000))).toBeNull();
    expect(verifyVisitorIdentity(token, SECRET, new Date(now.getTime() - 60_000))).toEqual(person);
  });

  it('refuses forged, edited, foreign and malformed tokens', () => {
    const token = signVisitorIdentity(person, SECRET, now);
    const other = signVisitorIdentity({ kind: 'contact', id: '019a5f3e-1c2b-7d3e-8f00-000000000000' }, SECRET, now);
    expect(verifyVisitorIdentity(token, 'another-secret', now)).toBeNull();
    expect(verifyVisitorIdentity(`c${token.slice(1)}`, SECRET, now)).toBeNull();
    expect(verifyVisitorIdentity(`${token.split('.')[0]}.${other.split('.')[1]}.${other.split('.')[2]}`, SECRET, now)).toBeNull();
    for (const bad of [undefined, null, 42, '', 'x', '...', `${token}.x`, token.slice(0, -1), 'x'.repeat(500)]) expect(verifyVisitorIdentity(bad, SECRET, now)).toBeNull();
  });
});
