import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Addresses and a header that tie inbound mail to a send, signed (issue 15, docs/adr/0016). Send
 * ids are sequential, so an unsigned `bounce+1234@` would let anyone who writes to our receiver
 * suppress, unsubscribe or log a reply for a person by guessing numbers. The tag is a truncated
 * HMAC-SHA256 (60 bits in 12 base32 characters: one chance in 10^18 per guess, through an SMTP
 * port that answers one guess per message) under a key derived from the app secret with its own
 * label. Local parts stay lower-case letters and digits, which every relay preserves.
 */
export type SendAddressKind = 'bounce' | 'reply' | 'unsubscribe';

const LABEL = 'rapport:send-address:v1';
const SEND_ID = /^[1-9][0-9]{0,18}$/;
const TOKEN = /^([1-9][0-9]{0,18})-([a-z2-7]{12})$/;
const ADDRESS = /^<?(bounce|reply|unsubscribe)\+([1-9][0-9]{0,18}-[a-z2-7]{12})@[^\s<>@]+>?$/i;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

const keys = new Map<string, Buffer>();
const keyOf = (secret: string) => {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createHmac('sha256', secret).update(LABEL).digest()));
  return key;
};

function tag(sendId: string, secret: string): string {
  const mac = createHmac('sha256', keyOf(secret)).update(sendId).digest();
  let bits = 0n;
  for (const byte of mac.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  let out = '';
  for (let i = 0; i < 12; i++) out += ALPHABET[Number((bits >> BigInt(59 - i * 5)) & 31n)];
  return out;
}

/** `1234-abcdefghijkl`: a send id with its tag; the value of the X-Rapport-Send header too. */
export function sendToken(sendId: string, secret: string): string {
  if (!SEND_ID.test(sendId)) throw new Error(`not a send id: ${sendId}`);
  return `${sendId}-${tag(sendId, secret)}`;
}

/** The send id of a genuine token; null for anything else. */
export function verifySendToken(token: unknown, secret: string): string | null {
  if (typeof token !== 'string' || token.length > 40) return null;
  const m = TOKEN.exec(token.trim().toLowerCase());
  if (!m) return null;
  const expected = Buffer.from(tag(m[1]!, secret));
  const given = Buffer.from(m[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? m[1]! : null;
}

export function sendAddress(kind: SendAddressKind, sendId: string, domain: string, secret: string): string {
  return `${kind}+${sendToken(sendId, secret)}@${domain.toLowerCase()}`;
}

/** What a RCPT TO address of ours is for, and its send; null for any other or a forged one. */
export function readSendAddress(address: unknown, secret: string): { kind: SendAddressKind; sendId: string } | null {
  if (typeof address !== 'string' || address.length > 400) return null;
  const m = ADDRESS.exec(address.trim());
  if (!m) return null;
  const sendId = verifySendToken(m[2], secret);
  return sendId ? { kind: m[1]!.toLowerCase() as SendAddressKind, sendId } : null;
}
