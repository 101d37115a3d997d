import fc from 'fast-check';
import { AppError } from '@rapport/shared-errors';
import { signUnsubscribeToken } from '../consent/unsubscribe-token';
import { MAX_TRACKED_URL_LENGTH, signClickToken, signOpenToken, trackableUrl, verifyTrackingToken } from './tracking-token';

const SECRET = 'a-test-secret-of-some-length-0123456789';

/** Ids a bigserial column hands out, up to PostgreSQL's bigint maximum. */
const sendIds = fc.bigInt({ min: 1n, max: 9223372036854775807n }).map(String);
/** http(s) URLs with paths, queries and fragments of every kind fast-check can think of. */
const webUrls = fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }).filter((u) => trackableUrl(u) !== null);

/** Every single-character change: each position replaced, dropped, or doubled. */
function edits(token: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < token.length; i++) {
    const other = token[i] === 'A' ? 'B' : 'A';
    out.push(token.slice(0, i) + other + token.slice(i + 1), token.slice(0, i) + token.slice(i + 1), token.slice(0, i) + token[i] + token.slice(i));
  }
  return out;
}

describe('tracking tokens', () => {
  it('carry the send (and the destination) back, and say which kind they are', () => {
    const open = signOpenToken({ sendId: '42' }, SECRET);
    expect(verifyTrackingToken(open, SECRET)).toEqual({ kind: 'open', sendId: '42' });
    const url = 'https://example.com/产品?q=a%20b&r=1#价格';
    const click = signClickToken({ sendId: '9223372036854775807', url }, SECRET);
    expect(verifyTrackingToken(click, SECRET)).toEqual({ kind: 'click', sendId: '9223372036854775807', url: new URL(url).href });
  });

  it('are short: an open token is the id and 22 characters of MAC', () => {
    const open = signOpenToken({ sendId: '1234567' }, SECRET);
    expect(open).toMatch(/^o1234567\.[A-Za-z0-9_-]{22}$/);
    const click = signClickToken({ sendId: '1234567', url: 'https://example.com/spring-offer' }, SECRET);
    // Kind, id, dot, the 32-byte URL in base64url (43 characters), dot, MAC.
    expect(click.length).toBe(1 + 7 + 1 + 43 + 1 + 22);
  });

  it('refuse a token signed with another secret, any one-character edit, and an open token dressed as a click', () => {
    const click = signClickToken({ sendId: '77', url: 'https://example.com/a?b=c' }, SECRET);
    const open = signOpenToken({ sendId: '77' }, SECRET);
    expect(verifyTrackingToken(click, 'another-secret')).toBeNull();
    for (const changed of [...edits(click), ...edits(open)]) expect(verifyTrackingToken(changed, SECRET)).toBeNull();
    expect(verifyTrackingToken(`c${open.slice(1)}`, SECRET)).toBeNull();
    // The unsubscribe key has another label: its tokens are no tracking tokens, whatever their shape.
    expect(verifyTrackingToken(signUnsubscribeToken({ address: 'ann@example.com', subscriptionTypeId: null }, SECRET), SECRET)).toBeNull();
  });

  it('will not sign a destination a redirect must never go to, nor an id that is no bigint', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'mailto:ann@example.com', '/relative', '//evil.example/', 'ftp://example.com/', 'https://user:pw@bank.example/', `https://example.com/${'x'.repeat(MAX_TRACKED_URL_LENGTH)}`]) {
      expect(() => signClickToken({ sendId: '1', url }, SECRET)).toThrow(AppError);
    }
    for (const sendId of ['0', '-1', '01', '1.5', '9223372036854775808', 'abc', '']) {
      expect(() => signOpenToken({ sendId }, SECRET)).toThrow(AppError);
    }
  });

  it('round-trip any bigint id and any http(s) URL; any edit of the token is refused', () => {
    fc.assert(
      fc.property(sendIds, webUrls, (sendId, url) => {
        const token = signClickToken({ sendId, url }, SECRET);
        expect(verifyTrackingToken(token, SECRET)).toEqual({ kind: 'click', sendId, url: trackableUrl(url) });
        expect(verifyTrackingToken(signOpenToken({ sendId }, SECRET), SECRET)).toEqual({ kind: 'open', sendId });
      }),
    );
    fc.assert(
      fc.property(sendIds, webUrls, fc.nat(), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }), (sendId, url, at, c) => {
        const token = signClickToken({ sendId, url }, SECRET);
        const i = at % token.length;
        fc.pre(token[i] !== c);
        expect(verifyTrackingToken(token.slice(0, i) + c + token.slice(i + 1), SECRET)).toBeNull();
      }),
    );
  });

  it('answer null, never throw, for anything that is not a token', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `c1.${s}.${s}`), fc.string().map((s) => `o${s}`), fc.anything()), (junk) => {
        expect(verifyTrackingToken(junk, SECRET)).toBeNull();
      }),
    );
    expect(verifyTrackingToken('o1.' + 'x'.repeat(10_000), SECRET)).toBeNull();
  });
});
