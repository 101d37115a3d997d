import { AppError, ErrorCode, msg } from '@rapport/shared-errors';

/**
 * How an inbound mail is tied back to the mailing send it answers (issue 15, bounces and replies).
 * Two channels, because receivers keep different things:
 * - the Message-ID `<ms-{sendId}@{domain}>`: replies quote it in In-Reply-To/References, and
 *   reports (DSN, ARF) carry the original's headers;
 * - the envelope sender (VERP) `bounce+{sendId}@{domain}`: bounces and RFC 3834 auto-replies go
 *   to it even when they return no header of the original at all.
 * A send id is a decimal number (the `mailing_send` key) written without leading zeros, so one
 * send has exactly one spelling and a parsed id can be compared as a string.
 */

const SEND_ID = /^(?:0|[1-9][0-9]{0,19})$/;
// A domain as it may follow the "@" of an address: no space, no angle bracket, no second "@".
const DOMAIN = /^[^\s<>@"()[\]\\,;:]+$/;
const MESSAGE_ID = /^<?ms-(0|[1-9][0-9]{0,19})@[^\s<>@]+>?$/i;
const VERP = /^<?bounce\+(0|[1-9][0-9]{0,19})@[^\s<>@]+>?$/i;
// Longer input cannot be one of ours; bounding it keeps hostile headers cheap.
const MAX_INPUT = 400;

function check(sendId: string, domain: string): void {
  if (!SEND_ID.test(sendId)) throw new AppError(ErrorCode.Internal, msg('errors.internal', undefined, `A send id must be a decimal number, not "${sendId}".`));
  if (!DOMAIN.test(domain)) throw new AppError(ErrorCode.Internal, msg('errors.internal', undefined, `"${domain}" is not a mail domain.`));
}

/** The Message-ID header (angle brackets included) of the mail of one send. */
export function mailingMessageId(sendId: string, domain: string): string {
  check(sendId, domain);
  return `<ms-${sendId}@${domain.toLowerCase()}>`;
}

/** The send id in one of our Message-IDs (with or without brackets); null for any other value. */
export function sendIdFromMessageId(id: string): string | null {
  if (typeof id !== 'string' || id.length > MAX_INPUT) return null;
  return MESSAGE_ID.exec(id.trim())?.[1] ?? null;
}

/** The envelope sender (Return-Path) of the mail of one send, to which bounces come back. */
export function verpAddress(sendId: string, domain: string): string {
  check(sendId, domain);
  return `bounce+${sendId}@${domain.toLowerCase()}`;
}

/** The send id in an RCPT TO address of ours; null for any other address. */
export function sendIdFromVerp(rcptTo: string): string | null {
  if (typeof rcptTo !== 'string' || rcptTo.length > MAX_INPUT) return null;
  return VERP.exec(rcptTo.trim())?.[1] ?? null;
}

export { messageIdsIn } from '@rapport/shared-domain';
