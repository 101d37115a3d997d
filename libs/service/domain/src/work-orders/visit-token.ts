import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The customer's confirmation link (issue 18 item 7): the work order's id and the current proposal's
 * nonce, signed with a key derived for this use only. Proposing new times draws a new nonce, so the
 * links of an earlier proposal stop working; the database holds the nonce but never a usable token.
 */
const LABEL = 'work-order-confirmation';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NONCE = /^[A-Za-z0-9_-]{16}$/;
const mac = (secret: string, payload: string) => createHmac('sha256', createHmac('sha256', secret).update(LABEL).digest()).update(payload).digest('base64url');

export const newProposalNonce = () => randomBytes(12).toString('base64url');

export const signVisitToken = (workOrderId: string, nonce: string, secret: string) => `${workOrderId}.${nonce}.${mac(secret, `${workOrderId}.${nonce}`)}`;

/** The work order and nonce of a genuine token; null for anything else (shape, length or signature). */
export function verifyVisitToken(token: unknown, secret: string): { workOrderId: string; nonce: string } | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const [id, nonce, signature, extra] = token.trim().split('.');
  if (!id || !nonce || !signature || extra !== undefined || !UUID.test(id) || !NONCE.test(nonce)) return null;
  const expected = Buffer.from(mac(secret, `${id}.${nonce}`));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { workOrderId: id, nonce } : null;
}
