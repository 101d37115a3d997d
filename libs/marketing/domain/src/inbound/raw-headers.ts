import { createHash } from 'node:crypto';

/** The header block is read only this far; a header block longer than this is not mail. */
const HEADER_SCAN_MAX = 256 * 1024;
/** Past this a Message-ID is not one a mail program wrote; such a message is keyed by its bytes. */
const MESSAGE_ID_MAX = 250;

/**
 * The header fields of a raw message, unfolded (RFC 5322 §2.2.3), as a lookup of every value a
 * field name has, in order. For the few headers read before (or without) a full MIME parse: the
 * IMAP poller's envelope from Delivered-To/Return-Path, and the Message-ID of the exactly-once key.
 */
export function rawHeaderValues(raw: Buffer): (name: string) => string[] {
  const head = raw.subarray(0, HEADER_SCAN_MAX).toString('latin1');
  const end = /\r?\n\r?\n/.exec(head);
  const lines = (end ? head.slice(0, end.index) : head).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  return (name: string) => {
    const prefix = `${name.toLowerCase()}:`;
    return lines.filter((l) => l.slice(0, prefix.length).toLowerCase() === prefix).map((l) => l.slice(prefix.length).trim());
  };
}

/**
 * The key that makes an inbound mail's effect happen once (inbound_message): the send it is about
 * with the message's Message-ID, which a relay's retry and a second fetch from a mailbox keep, or a
 * SHA-256 of the bytes when it has none. Scoped by the send (from a signed address or header) so
 * that a forged message quoting a genuine one's Message-ID can only ever collide with itself.
 */
export function inboundMessageKey(sendId: string, raw: Buffer): string {
  const id = /^<?([^\s<>]+)>?/.exec(rawHeaderValues(raw)('message-id')[0] ?? '')?.[1];
  if (id && id.length <= MESSAGE_ID_MAX) return `${sendId}:mid:${id}`;
  return `${sendId}:sha256:${createHash('sha256').update(raw).digest('hex')}`;
}
