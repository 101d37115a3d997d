import fc from 'fast-check';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const SECRET = 'a-test-secret-of-some-length-0123456789';

describe('unsubscribe tokens', () => {
  it('carry the address and the type (or all marketing) back', () => {
    const typed = { address: 'ann@example.com', subscriptionTypeId: '0193a1b2-0000-7000-8000-000000000001' };
    expect(verifyUnsubscribeToken(signUnsubscribeToken(typed, SECRET), SECRET)).toEqual(typed);
    const all = { address: '王敏@例子.中国', subscriptionTypeId: null };
    expect(verifyUnsubscribeToken(signUnsubscribeToken(all, SECRET), SECRET)).toEqual(all);
  });

  it('refuse a token signed with another secret, or with one character changed anywhere', () => {
    const token = signUnsubscribeToken({ address: 'ann@example.com', subscriptionTypeId: null }, SECRET);
    expect(verifyUnsubscribeToken(token, 'another-secret')).toBeNull();
    for (let i = 0; i < token.length; i++) {
      const changed = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
      expect(verifyUnsubscribeToken(changed, SECRET)).toBeNull();
    }
  });

  it('still verify a link signed before the token code was shared with confirm links (mail already sent carries it)', () => {
    // Signed by the original unsubscribe-token.ts; the shape and key derivation must never change for this label.
    const sent = 'eyJhIjoiYW5uQGV4YW1wbGUuY29tIiwidCI6IjAxOTNhMWIyLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMSJ9.dsCG3osBvWFlvWXkTyAC3vn5Lz3LQbnDfDUj8DP8fEo';
    expect(verifyUnsubscribeToken(sent, SECRET)).toEqual({ address: 'ann@example.com', subscriptionTypeId: '0193a1b2-0000-7000-8000-000000000001' });
    expect(signUnsubscribeToken({ address: 'ann@example.com', subscriptionTypeId: '0193a1b2-0000-7000-8000-000000000001' }, SECRET)).toBe(sent);
  });

  it('answer null, never throw, for anything that is not a token', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `${s}.${s}`), fc.anything()), (junk) => {
        expect(verifyUnsubscribeToken(junk, SECRET)).toBeNull();
      }),
    );
    expect(verifyUnsubscribeToken('x'.repeat(10_000), SECRET)).toBeNull();
  });
});
