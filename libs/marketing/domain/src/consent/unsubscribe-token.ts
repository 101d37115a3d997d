import { signAddressToken, verifyAddressToken, type AddressTarget } from './signed-address-token';

/**
 * The token in an unsubscribe link (issue 15, RFC 8058): who (the normalised address) and what
 * (a subscription type, or null for all marketing), signed so nobody can unsubscribe someone else
 * by editing a link. No expiry: a link in a two-year-old newsletter must still work. Signed under
 * its own label (signed-address-token.ts), so the token cannot be replayed as anything else.
 */
export type UnsubscribeTarget = AddressTarget;

const LABEL = 'rapport:unsubscribe:v1';

export function signUnsubscribeToken(target: UnsubscribeTarget, secret: string): string {
  return signAddressToken(LABEL, target, secret);
}

/** The target of a genuine token; null for anything else (edited, truncated, foreign, or not a token at all). */
export function verifyUnsubscribeToken(token: unknown, secret: string): UnsubscribeTarget | null {
  return verifyAddressToken(LABEL, token, secret);
}
