import { linkSigner, newLinkNonce } from '../links/signed-link';

/**
 * The customer's confirmation link (issue 18 item 7): the work order's id and the current proposal's
 * nonce (links/signed-link.ts). Proposing new times draws a new nonce, so the links of an earlier
 * proposal stop working.
 */
const signer = linkSigner('work-order-confirmation');

export const newProposalNonce = newLinkNonce;

export const signVisitToken = (workOrderId: string, nonce: string, secret: string) => signer.sign(workOrderId, nonce, secret);

export function verifyVisitToken(token: unknown, secret: string): { workOrderId: string; nonce: string } | null {
  const v = signer.verify(token, secret);
  return v ? { workOrderId: v.id, nonce: v.nonce } : null;
}
