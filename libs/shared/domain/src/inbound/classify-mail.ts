import { autoReplyReason } from './auto-reply';
import { DsnRecipient, dsnRecipients } from './delivery-status';
import { firstAddress, header, HeaderMap, ParsedInbound } from './parsed-inbound';
import { replyText } from './reply-text';
import { isTextBounce, textBounceRecipients } from './text-bounce';

/**
 * Sorts an inbound mail into what it is (issue 15 "Bounces and replies", shared with the service
 * desk since issue 18): a delivery report, a complaint, an auto-reply or a person's message. The
 * order matters: reports first (a DSN carries `Auto-Submitted` too, and an ARF report is mail from
 * a robot), then bounces written as text, then auto-replies, and only what is none of those is a
 * person's. Marketing adds which send a verdict is about (classify-inbound.ts); service opens or
 * threads cases from persons' messages only, so robots never open cases or start loops.
 */

export interface MailVerdictBase {
  /** The inbound mail's From address (lower-case), for the record; null when it has none. */
  from: string | null;
  subject: string;
  /** Message-IDs (brackets included) this mail refers to: the reported original's, In-Reply-To, References. */
  originalMessageIds: string[];
}

export interface MailDsnVerdict extends MailVerdictBase {
  kind: 'dsn';
  /** rfc3464: a multipart/report the MTA wrote for programs; text: a bounce worded for people, read conservatively. */
  format: 'rfc3464' | 'text';
  recipients: DsnRecipient[];
}

export interface MailComplaintVerdict extends MailVerdictBase {
  kind: 'complaint';
  /** The address that complained: Original-Rcpt-To, else the To of the reported original; null when redacted. */
  address: string | null;
  /** RFC 5965 Feedback-Type, lower-case: abuse, fraud, virus, other, not-spam, auth-failure… */
  feedbackType: string;
}

export interface MailAutoReplyVerdict extends MailVerdictBase {
  kind: 'auto-reply';
  /** What gave it away (`auto-submitted: auto-replied`, `subject: Out of Office: …`, `read receipt`). */
  reason: string;
}

export interface MailHumanReplyVerdict extends MailVerdictBase {
  kind: 'human-reply';
  /** What the person wrote, the quoted original cut off. */
  text: string;
}

export type MailVerdict = MailDsnVerdict | MailComplaintVerdict | MailAutoReplyVerdict | MailHumanReplyVerdict;

const MAX_IDS = 50;

function reportType(headers: HeaderMap): string | null {
  const contentType = header(headers, 'content-type') ?? '';
  if (!/^\s*multipart\/report\b/i.test(contentType)) return null;
  return /report-type\s*=\s*"?([a-z0-9-]+)/i.exec(contentType)?.[1].toLowerCase() ?? '';
}

/** A field of an RFC 5965 feedback report (first occurrence), unfolded. */
export function feedbackField(report: string, name: string): string | null {
  const re = new RegExp(`^${name}[ \\t]*:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im');
  const value = re.exec(report.slice(0, 100_000))?.[1].replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

export function referencedIds(p: ParsedInbound, textBounce: boolean): string[] {
  const ids = [
    ...messageIdsIn(header(p.originalHeaders, 'message-id')),
    ...messageIdsIn(header(p.headers, 'in-reply-to')),
    // References runs oldest first; the parent (last) is the likelier one of ours.
    ...messageIdsIn(header(p.headers, 'references')).reverse(),
  ];
  // A text bounce that quotes the original inline gives its Message-ID only as a line of text.
  if (textBounce) {
    for (const m of p.text.slice(0, 200_000).matchAll(/^\s*message-id\s*:\s*(<[^<>\s]{1,300}>)/gim)) ids.push(m[1]);
  }
  return [...new Set(ids)].slice(0, MAX_IDS);
}

function base(p: ParsedInbound, textBounce: boolean): MailVerdictBase {
  return { from: p.from, subject: p.subject, originalMessageIds: referencedIds(p, textBounce) };
}

export function classifyMail(p: ParsedInbound): MailVerdict {
  const type = reportType(p.headers);
  if (p.feedbackReport !== null || type === 'feedback-report') {
    const report = p.feedbackReport ?? '';
    return {
      kind: 'complaint',
      ...base(p, false),
      address: firstAddress(feedbackField(report, 'original-rcpt-to')) ?? firstAddress(header(p.originalHeaders, 'to')),
      // Feedback-Type is required; a report without one is not read as abuse it does not claim.
      feedbackType: (feedbackField(report, 'feedback-type') ?? 'other').toLowerCase(),
    };
  }
  if (p.deliveryStatus !== null) {
    const recipients = dsnRecipients(p.deliveryStatus);
    if (recipients.length > 0) return { kind: 'dsn', ...base(p, false), format: 'rfc3464', recipients };
  }
  if (type === 'disposition-notification') return { kind: 'auto-reply', ...base(p, false), reason: 'read receipt' };
  // A report whose delivery-status part is missing or unreadable is still a bounce; read its text.
  if (type === 'delivery-status' || p.deliveryStatus !== null || isTextBounce(p)) {
    return { kind: 'dsn', ...base(p, true), format: 'text', recipients: textBounceRecipients(p) };
  }
  const reason = autoReplyReason(p.headers, p.subject);
  if (reason !== null) return { kind: 'auto-reply', ...base(p, false), reason };
  return { kind: 'human-reply', ...base(p, false), text: replyText(p.text) };
}

/** Every `<…>` Message-ID in a header value (In-Reply-To, References), in order. */
export function messageIdsIn(value: string | undefined | null): string[] {
  if (!value) return [];
  return [...value.slice(0, 20_000).matchAll(/<[^<>\s]{1,300}>/g)].map((m) => m[0]);
}
