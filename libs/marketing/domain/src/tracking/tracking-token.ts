import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError, ErrorCode, msg } from '@rapport/shared-errors';

/**
 * The tokens in a mailing's open pixel and click links (issue 15 item 7): which send, and for a
 * click where to go, signed so nobody can forge opens or clicks for another send and, above all,
 * so the click redirect only ever goes to a destination Rapport itself wrote into the mail (no open
 * redirect: the URL travels inside the signed payload, never beside it). No expiry, like the
 * unsubscribe link: an old newsletter's links must keep working.
 *
 * Shapes, kept short because every link in every mail carries one:
 *   open  `o<sendId>.<mac>`
 *   click `c<sendId>.<base64url(url)>.<mac>`
 * The MAC covers everything before its dot, kind letter included, so an open token cannot pass
 * for a click and no part can be swapped between tokens. It is HMAC-SHA256 truncated to 16 bytes
 * (22 characters): RFC 2104 §5 advises keeping at least half the hash and at least 80 bits, and
 * 128 bits leave a forger one chance in 2^128 per guess, which no online attack against an HTTP
 * endpoint gets anywhere near; the acts these tokens authorise (count an open, follow a link we
 * wrote) are worth far less than that. The key is derived from the app secret with its own label,
 * so these tokens and the unsubscribe tokens can never stand in for each other.
 */
export type TrackingTarget = { kind: 'open'; sendId: string } | { kind: 'click'; sendId: string; url: string };

const LABEL = 'rapport:tracking:v1';
const MAC_BYTES = 16;
const MAC_CHARS = 22; // base64url of 16 bytes, unpadded
/** Longer destinations are not tracked (trackLinks leaves them as written): ~2000 is the length every browser and mail client has long accepted. */
export const MAX_TRACKED_URL_LENGTH = 2000;
/** Kind letter, a 19-digit id, two dots, the URL in base64url and the MAC: anything longer is not ours. */
const MAX_TOKEN_LENGTH = 1 + 19 + 1 + Math.ceil((MAX_TRACKED_URL_LENGTH * 4) / 3) + 1 + MAC_CHARS;
/** A PostgreSQL bigint id in its one canonical spelling (no sign, no leading zero). */
const SEND_ID = /^[1-9][0-9]{0,18}$/;
const MAX_BIGINT = 9223372036854775807n;

// Every link of every mail signs a token: derive the key once per secret, not once per link.
let derived: { secret: string; key: Buffer } | null = null;
const keyOf = (secret: string) => {
  if (derived?.secret !== secret) derived = { secret, key: createHmac('sha256', secret).update(LABEL).digest() };
  return derived.key;
};
const mac = (secret: string, signed: string) => createHmac('sha256', keyOf(secret)).update(signed).digest().subarray(0, MAC_BYTES).toString('base64url');

const isSendId = (id: unknown): id is string => typeof id === 'string' && SEND_ID.test(id) && BigInt(id) <= MAX_BIGINT;

/**
 * The destination as a redirect will send it: an absolute http(s) URL with a host, in the
 * parser's ASCII form (a Location header must be ASCII), or null for anything else (mailto:,
 * javascript:, relative links, unparsable text, or longer than MAX_TRACKED_URL_LENGTH).
 */
export function trackableUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) return null;
  // Credentials in a link are a phishing device (https://bank.example@evil.example/); never vouch for one.
  if (parsed.username || parsed.password) return null;
  return parsed.href.length <= MAX_TRACKED_URL_LENGTH ? parsed.href : null;
}

const refuse = (what: string): never => {
  throw new AppError(ErrorCode.Internal, msg('errors.internal', undefined, `A tracking token cannot be signed for ${what}.`));
};

export function signOpenToken(target: { sendId: string }, secret: string): string {
  if (!isSendId(target.sendId)) refuse('a send id that is not a positive bigint');
  const signed = `o${target.sendId}`;
  return `${signed}.${mac(secret, signed)}`;
}

/** Signs the destination in its trackableUrl form; refuses (a programming error) anything trackableUrl refuses. */
export function signClickToken(target: { sendId: string; url: string }, secret: string): string {
  if (!isSendId(target.sendId)) refuse('a send id that is not a positive bigint');
  const url = trackableUrl(target.url);
  if (url === null) refuse('anything but an http(s) URL');
  const signed = `c${target.sendId}.${Buffer.from(url as string, 'utf8').toString('base64url')}`;
  return `${signed}.${mac(secret, signed)}`;
}

/** What a genuine token stands for; null for anything else (edited, truncated, foreign, or not a token at all). Never throws. */
export function verifyTrackingToken(token: unknown, secret: string): TrackingTarget | null {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return null;
  const cut = token.lastIndexOf('.');
  if (cut < 0) return null;
  const signed = token.slice(0, cut);
  const expected = Buffer.from(mac(secret, signed));
  const given = Buffer.from(token.slice(cut + 1));
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const kind = signed[0];
  const parts = signed.slice(1).split('.');
  const sendId = parts[0];
  if (!isSendId(sendId)) return null;
  if (kind === 'o' && parts.length === 1) return { kind: 'open', sendId };
  if (kind !== 'c' || parts.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(parts[1]!)) return null;
  const url = Buffer.from(parts[1]!, 'base64url').toString('utf8');
  // Signed by us, so already checked when signed; checked again so a leaked secret or a future
  // signer's bug still cannot turn the redirect into a javascript: or data: link.
  return trackableUrl(url) === url ? { kind: 'click', sendId, url } : null;
}
