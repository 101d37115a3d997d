import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A signed link token naming one address and, optionally, one subscription type: what the links in
 * mail to a person carry (unsubscribe, confirm a subscription). The token is the only credential of
 * the page it opens (it reached the address's mailbox), so it is signed; it has no expiry (a link
 * in an old mail must keep working). Each use signs with its own `label`, from which the key is
 * derived (`HMAC(secret, label)`), so a token made for one use never verifies as another: an
 * unsubscribe link cannot confirm a subscription, nor the other way round.
 *
 * Shape: `base64url(JSON {a, t}).base64url(HMAC-SHA256)`. Existing unsubscribe links in sent mail
 * depend on it: never change it for an existing label.
 */
export interface AddressTarget {
  address: string;
  /** A subscription type, or null for all marketing. */
  subscriptionTypeId: string | null;
}

const MAX_TOKEN_LENGTH = 600;

const keyOf = (secret: string, label: string) => createHmac('sha256', secret).update(label).digest();
const mac = (secret: string, label: string, payload: string) => createHmac('sha256', keyOf(secret, label)).update(payload).digest('base64url');

export function signAddressToken(label: string, target: AddressTarget, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ a: target.address, t: target.subscriptionTypeId }), 'utf8').toString('base64url');
  return `${payload}.${mac(secret, label, payload)}`;
}

/** The target of a genuine token of this label; null for anything else (edited, truncated, another label's, or not a token at all). */
export function verifyAddressToken(label: string, token: unknown, secret: string): AddressTarget | null {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return null;
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(secret, label, payload));
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
