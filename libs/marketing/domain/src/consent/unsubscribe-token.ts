import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The token in an unsubscribe link (issue 15, RFC 8058): who (the normalised address) and what
 * (a subscription type, or null for all marketing), signed so nobody can unsubscribe someone else
 * by editing a link. No expiry: a link in a two-year-old newsletter must still work. The key is
 * derived from the app's secret with its own label, so the token cannot be replayed as anything else.
 */
export interface UnsubscribeTarget {
  address: string;
  subscriptionTypeId: string | null;
}

const LABEL = 'rapport:unsubscribe:v1';
const MAX_TOKEN_LENGTH = 600;

const keyOf = (secret: string) => createHmac('sha256', secret).update(LABEL).digest();
const mac = (secret: string, payload: string) => createHmac('sha256', keyOf(secret)).update(payload).digest('base64url');

export function signUnsubscribeToken(target: UnsubscribeTarget, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ a: target.address, t: target.subscriptionTypeId }), 'utf8').toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

/** The target of a genuine token; null for anything else (edited, truncated, foreign, or not a token at all). */
export function verifyUnsubscribeToken(token: unknown, secret: string): UnsubscribeTarget | null {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return null;
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { a, t } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { a?: unknown; t?: unknown };
    if (typeof a !== 'string' || !a.includes('@') || (t !== null && typeof t !== 'string')) return null;
    return { address: a, subscriptionTypeId: t };
  } catch {
    return null;
  }
}
