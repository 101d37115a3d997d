/**
 * RFC 3464 delivery status notifications: the `message/delivery-status` body read into one entry
 * per recipient, and the rule that says which bounce suppresses an address.
 */

export type BounceClass = 'hard' | 'soft' | 'none';

export interface DsnRecipient {
  /** The address the report is about, trimmed and lower-case; null when the report names none we can read. */
  address: string | null;
  /** `failed`, `delayed`, `delivered`, `relayed` or `expanded` (lower-case; empty when the report has none); text bounces say `failed` or `delayed`. */
  action: string;
  /** The RFC 3463 enhanced status code (`5.1.1`); null when the report gives none. */
  status: string | null;
  /** The remote server's words (Diagnostic-Code without its `smtp;` type), or the bounce's line that carried the code. */
  diagnostic: string | null;
  /** hard: the address does not work, stop mailing it; soft: try again later; none: not a failure. */
  bounce: BounceClass;
}

export type DeliveryStatusFields = Map<string, string>;

// Status codes of class 5 that say nothing against the address itself, so suppressing it would
// be wrong: X.2.2 mailbox full (RFC 3463 calls it a "persistent transient" failure: the owner can
// make room), X.3.4 message too big for the system, and X.7.x security or policy (a spam block or
// a blocklisted sending IP refuses the message, not the mailbox; treating it as hard would wipe
// out healthy addresses in bulk the day our IP is listed).
const NOT_ABOUT_THE_ADDRESS = /^5\.(?:2\.2|3\.4|7\.\d{1,3})$/;
export const ENHANCED_STATUS = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/;

/** The bounce class of one recipient of a DSN (RFC 3464 Action, RFC 3463 status). */
export function bounceClass(action: string, status: string | null): BounceClass {
  const a = action.toLowerCase();
  if (a === 'delivered' || a === 'relayed' || a === 'expanded') return 'none';
  // A delayed message is still being retried by the reporting MTA, whatever code it quotes.
  if (a === 'delayed') return 'soft';
  // Action is required; a report without one (or with a value RFC 3464 does not know) proves nothing.
  if (a !== 'failed') return status?.startsWith('2.') ? 'none' : 'soft';
  if (status === null) return 'soft';
  if (status.startsWith('5.')) return NOT_ABOUT_THE_ADDRESS.test(status) ? 'soft' : 'hard';
  return status.startsWith('2.') ? 'none' : 'soft';
}

/**
 * Splits a delivery-status body into its field groups (per-message first, then one per recipient),
 * each a map of lower-case field name to unfolded value. Continuation lines (leading white space)
 * belong to the field above, as in a header block.
 */
export function deliveryStatusGroups(body: string): DeliveryStatusFields[] {
  const groups: DeliveryStatusFields[] = [];
  let current = new Map<string, string>();
  let last: string | null = null;
  for (const line of body.slice(0, 200_000).split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.size > 0) groups.push(current);
      current = new Map();
      last = null;
      continue;
    }
    if (/^[ \t]/.test(line) && last !== null) {
      current.set(last, `${current.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    // A repeated field keeps its first value: a second Status line is not more true than the first.
    if (!current.has(last)) current.set(last, line.slice(colon + 1).trim());
  }
  if (current.size > 0) groups.push(current);
  return groups;
}

/** `rfc822; <John@Example.com>` → `john@example.com`; null for another address type or no address. */
export function recipientAddress(field: string | undefined): string | null {
  if (!field) return null;
  const semi = field.indexOf(';');
  const type = semi >= 0 ? field.slice(0, semi).trim().toLowerCase() : 'rfc822';
  // utf-8 is RFC 6533's type for internationalised addresses; anything else (x400…) is not mail we sent.
  if (type !== 'rfc822' && type !== 'utf-8') return null;
  const value = (semi >= 0 ? field.slice(semi + 1) : field).trim().replace(/^<(.*)>$/, '$1').trim();
  return /^[^\s@<>]+@[^\s@<>]+$/.test(value) ? value.toLowerCase() : null;
}

/** The Diagnostic-Code without its type: `smtp; 550 5.1.1 …` → `550 5.1.1 …`. */
function diagnosticText(field: string | undefined): string | null {
  if (!field) return null;
  const text = field.replace(/^[a-z0-9-]+\s*;\s*/i, '').trim();
  return text === '' ? null : text;
}

function statusOf(field: string | undefined, diagnostic: string | null): string | null {
  const fromStatus = field ? ENHANCED_STATUS.exec(field) : null;
  if (fromStatus) return fromStatus.slice(1, 4).join('.');
  // Status is required, but some MTAs leave it out; the enhanced code in the diagnostic says the same.
  const fromDiagnostic = diagnostic ? ENHANCED_STATUS.exec(diagnostic) : null;
  return fromDiagnostic ? fromDiagnostic.slice(1, 4).join('.') : null;
}

/** One entry per recipient group of a delivery-status body. */
export function dsnRecipients(body: string): DsnRecipient[] {
  const recipients: DsnRecipient[] = [];
  for (const group of deliveryStatusGroups(body)) {
    if (!group.has('final-recipient') && !group.has('original-recipient') && !group.has('action')) continue;
    // Original-Recipient is the address as we sent it (before a forward or alias rewrote it into
    // Final-Recipient): the one our contacts and sends know.
    const address = recipientAddress(group.get('original-recipient')) ?? recipientAddress(group.get('final-recipient'));
    const action = (group.get('action') ?? '').split(/[\s(;]/)[0].toLowerCase();
    const diagnostic = diagnosticText(group.get('diagnostic-code'));
    const status = statusOf(group.get('status'), diagnostic);
    recipients.push({ address, action, status, diagnostic, bounce: bounceClass(action, status) });
  }
  return recipients;
}
