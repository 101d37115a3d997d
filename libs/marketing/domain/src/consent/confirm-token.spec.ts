import fc from 'fast-check';
import { signConfirmToken, verifyConfirmToken } from './confirm-token';
import { signAddressToken } from './signed-address-token';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const SECRET = 'a-test-secret-of-some-length-0123456789';
const TYPE = '0193a1b2-0000-7000-8000-000000000001';

describe('confirm tokens (double opt-in)', () => {
  it('carry the address and the subscription type back', () => {
    const target = { address: '王敏@例子.中国', subscriptionTypeId: TYPE };
    expect(verifyConfirmToken(signConfirmToken(target, SECRET), SECRET)).toEqual(target);
  });

  it('an unsubscribe token is refused as a confirm token, and a confirm token as an unsubscribe token', () => {
    const target = { address: 'ann@example.com', subscriptionTypeId: TYPE };
    const unsubscribe = signUnsubscribeToken(target, SECRET);
    const confirm = signConfirmToken(target, SECRET);
    expect(unsubscribe).not.toBe(confirm);
    expect(verifyConfirmToken(unsubscribe, SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(confirm, SECRET)).toBeNull();
    // Each still verifies as itself.
    expect(verifyUnsubscribeToken(unsubscribe, SECRET)).toEqual(target);
    expect(verifyConfirmToken(confirm, SECRET)).toEqual(target);
  });

  it('refuse a token without a type (all marketing is never pending), another secret, or one changed character', () => {
    expect(verifyConfirmToken(signAddressToken('rapport:confirm-subscription:v1', { address: 'ann@example.com', subscriptionTypeId: null }, SECRET), SECRET)).toBeNull();
    const token = signConfirmToken({ address: 'ann@example.com', subscriptionTypeId: TYPE }, SECRET);
    expect(verifyConfirmToken(token, 'another-secret')).toBeNull();
    for (let i = 0; i < token.length; i++) {
      const changed = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
      expect(verifyConfirmToken(changed, SECRET)).toBeNull();
    }
  });

  it('answer null, never throw, for anything that is not a token', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `${s}.${s}`), fc.anything()), (junk) => {
        expect(verifyConfirmToken(junk, SECRET)).toBeNull();
      }),
    );
    expect(verifyConfirmToken('x'.repeat(10_000), SECRET)).toBeNull();
  });
});
