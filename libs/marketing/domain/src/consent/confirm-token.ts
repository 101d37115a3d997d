import { signAddressToken, verifyAddressToken } from './signed-address-token';

/**
 * The token in a double opt-in mail's confirm link: the address and the subscription type it asked
 * for. Its own label, so an unsubscribe link (which anyone the mail was forwarded to holds too)
 * cannot confirm a subscription, and a confirm link cannot unsubscribe. No expiry: the confirm page
 * acts only while the answer is still pending, so an old link cannot undo a later opt-out.
 */
export interface ConfirmTarget {
  address: string;
  subscriptionTypeId: string;
}

const LABEL = 'rapport:confirm-subscription:v1';

export function signConfirmToken(target: ConfirmTarget, secret: string): string {
  return signAddressToken(LABEL, target, secret);
}

/** The target of a genuine confirm token; null for anything else, including a token of another kind. */
export function verifyConfirmToken(token: unknown, secret: string): ConfirmTarget | null {
  const target = verifyAddressToken(LABEL, token, secret);
  // Only a type can be confirmed; "all marketing" is never pending.
  return target?.subscriptionTypeId ? { address: target.address, subscriptionTypeId: target.subscriptionTypeId } : null;
}
