import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A link a customer follows without signing in (a visit's confirmation, a survey, a portal
 * invitation or sign-in): a record's id and a nonce, signed with a key derived for one use only, so
 * a survey's key cannot sign a visit link nor the reverse. The database holds the nonce, never a
 * usable token; drawing a new nonce voids every earlier link.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NONCE = /^[A-Za-z0-9_-]{16}$/;

export const newLinkNonce = () => randomBytes(12).toString('base64url');

export interface LinkSigner {
  sign(id: string, nonce: string, secret: string): string;
  /** The id and nonce of a genuine token; null for anything else (type, shape, length or signature). */
  verify(token: unknown, secret: string): { id: string; nonce: string } | null;
}

export function linkSigner(label: string): LinkSigner {
  const mac = (secret: string, payload: string) => createHmac('sha256', createHmac('sha256', secret).update(label).digest()).update(payload).digest('base64url');
  return {
    sign: (id, nonce, secret) => `${id}.${nonce}.${mac(secret, `${id}.${nonce}`)}`,
    verify(token, secret) {
      if (typeof token !== 'string' || token.length > 200) return null;
      const [id, nonce, signature, extra] = token.trim().split('.');
      if (!id || !nonce || !signature || extra !== undefined || !UUID.test(id) || !NONCE.test(nonce)) return null;
      const expected = Buffer.from(mac(secret, `${id}.${nonce}`));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given) ? { id, nonce } : null;
    },
  };
}
