import { createHmac, timingSafeEqual } from 'node:crypto';
import { isUuid } from '@rapport/shared-util';

/**
 * Who clicked a tracked email link, handed to the landing page (issue 16 item 6): the click
 * redirect knows the send and so the person; when the destination is one of the company's own
 * sites it adds `rapport_pid=<this token>`, and the tracking script on that page sends it with its
 * next batch, which links the browser's visitor id to the person. The token is the only proof, so
 * it is signed (HMAC with a key derived from the app secret under its own label, so no other token
 * of ours can stand in for it) and short-lived: URLs get copied, forwarded and bookmarked, and a
 * colleague opening a forwarded link an hour later must not become the recipient. The script also
 * removes it from the address bar at once.
 *
 * Shape: `<c|l><person uuid>.<issued at, seconds, base 36>.<mac>`, MAC HMAC-SHA256 truncated to 16
 * bytes like the tracking tokens (tracking-token.ts explains why 128 bits is plenty).
 */
export interface VisitorIdentity {
  kind: 'contact' | 'lead';
  id: string;
}

const LABEL = 'rapport:visitor-identity:v1';
const MAC_BYTES = 16;
/** Long enough for a slow landing page and a consent banner, short enough that a forwarded link has gone stale. */
export const IDENTITY_TOKEN_TTL_SECONDS = 60 * 60;
/** A clock running slightly ahead on another API host must not refuse a fresh token. */
const SKEW_SECONDS = 5 * 60;

const mac = (secret: string, signed: string) => {
  const key = createHmac('sha256', secret).update(LABEL).digest();
  return createHmac('sha256', key).update(signed).digest().subarray(0, MAC_BYTES).toString('base64url');
};

export function signVisitorIdentity(person: VisitorIdentity, secret: string, now: Date = new Date()): string {
  if (!isUuid(person.id)) throw new Error('signVisitorIdentity: the person id must be a uuid');
  const signed = `${person.kind === 'contact' ? 'c' : 'l'}${person.id.toLowerCase()}.${Math.floor(now.getTime() / 1000).toString(36)}`;
  return `${signed}.${mac(secret, signed)}`;
}

/** The person of a genuine, fresh token; null for anything else (forged, edited, expired, not a token). Never throws. */
export function verifyVisitorIdentity(token: unknown, secret: string, now: Date = new Date(), ttlSeconds = IDENTITY_TOKEN_TTL_SECONDS): VisitorIdentity | null {
  if (typeof token !== 'string' || token.length > 120) return null;
  const cut = token.lastIndexOf('.');
  if (cut < 0) return null;
  const signed = token.slice(0, cut);
  const expected = Buffer.from(mac(secret, signed));
  const given = Buffer.from(token.slice(cut + 1));
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const m = /^([cl])([0-9a-f-]{36})\.([0-9a-z]{1,10})$/.exec(signed);
  if (!m || !isUuid(m[2])) return null;
  const age = now.getTime() / 1000 - parseInt(m[3]!, 36);
  if (age > ttlSeconds || age < -SKEW_SECONDS) return null;
  return { kind: m[1] === 'c' ? 'contact' : 'lead', id: m[2]! };
}
