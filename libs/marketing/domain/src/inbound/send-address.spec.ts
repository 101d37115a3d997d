import fc from 'fast-check';
import { readSendAddress, sendAddress, sendToken, verifySendToken } from './send-address';

describe('signed send addresses', () => {
  const secret = 'test-secret-0123456789abcdef0123456789';
  it('round-trip for every kind and send id, and name the kind', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 9_223_372_036_854_775_807n }), fc.constantFrom('bounce', 'reply', 'unsubscribe' as const), (id, kind) => {
        const address = sendAddress(kind, String(id), 'Mail.Example.com', secret);
        expect(address).toMatch(/^[a-z]+\+\d+-[a-z2-7]{12}@mail\.example\.com$/);
        expect(readSendAddress(address, secret)).toEqual({ kind, sendId: String(id) });
        expect(readSendAddress(`<${address.toUpperCase()}>`, secret)).toEqual({ kind, sendId: String(id) });
      }),
    );
  });
  it('refuse a guessed, edited or foreign tag, and anything that is not one', () => {
    const token = sendToken('1234', secret);
    expect(verifySendToken(token, secret)).toBe('1234');
    expect(verifySendToken(token.replace(/^1234/, '1235'), secret)).toBeNull();
    expect(verifySendToken(token, 'another-secret-0123456789abcdef012345')).toBeNull();
    expect(readSendAddress('bounce+1234@mail.example.com', secret)).toBeNull();
    expect(readSendAddress(`bounce+${token.slice(0, -1)}a@mail.example.com`.replace(/a@/, token.endsWith('a') ? 'b@' : 'a@'), secret)).toBeNull();
    fc.assert(fc.property(fc.string(), (s) => expect(readSendAddress(s, secret)).toBeNull()));
  });
});
