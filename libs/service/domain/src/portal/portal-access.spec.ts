import { linkIsLive, PORTAL_LINK_LIFETIME_MS, portalPasswordProblem } from './portal-access';

describe('portal logins', () => {
  it('refuse short, long and guessable passwords by field', () => {
    expect(portalPasswordProblem('short', 'input.password')).toEqual({ path: 'input.password', message: 'must be 10 to 200 characters' });
    expect(portalPasswordProblem('x'.repeat(201), 'p')?.message).toBe('must be 10 to 200 characters');
    expect(portalPasswordProblem('1234567890', 'p')?.message).toBe('is too easy to guess');
    expect(portalPasswordProblem('aaaaabbbbb', 'p')?.message).toBe('is too easy to guess');
    expect(portalPasswordProblem('暖气坏了请尽快修理', 'p')?.message).toBe('must be 10 to 200 characters');
    expect(portalPasswordProblem('暖气坏了请尽快修理谢谢', 'p')).toBeNull();
  });

  it('take a link only for its purpose, with the latest nonce, before it expires', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const stored = { purpose: 'sign-in', nonce: 'n1', expiresAt: new Date(now.getTime() + 1000) };
    expect(linkIsLive(stored, { purpose: 'sign-in', nonce: 'n1' }, now)).toBe(true);
    expect(linkIsLive(stored, { purpose: 'verify', nonce: 'n1' }, now)).toBe(false);
    expect(linkIsLive(stored, { purpose: 'sign-in', nonce: 'n0' }, now)).toBe(false);
    expect(linkIsLive(stored, { purpose: 'sign-in', nonce: 'n1' }, new Date(now.getTime() + 1000))).toBe(false);
    expect(linkIsLive({ purpose: null, nonce: null, expiresAt: null }, { purpose: 'sign-in', nonce: 'n1' }, now)).toBe(false);
    expect(PORTAL_LINK_LIFETIME_MS['sign-in']).toBe(15 * 60_000);
  });
});
