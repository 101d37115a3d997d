import { classifyMail, feedbackField, header, type MailAutoReplyVerdict, type MailComplaintVerdict, type MailDsnVerdict, type MailHumanReplyVerdict, type ParsedInbound } from '@rapport/shared-domain';
import { sendIdFromMessageId, sendIdFromVerp } from './message-ids';

/**
 * An inbound mail to a marketing sender (issue 15): what it is (`classifyMail`, shared-domain) and
 * which send it is about. The envelope wins: a VERP address is ours alone, while a Message-ID can be
 * quoted by anyone; next the reported original's own envelope sender, which a report carries like
 * its Message-ID.
 */
interface SendRef {
  /** The send this mail is about: from the VERP RCPT TO when there is one, else from the first Message-ID of ours. */
  sendId: string | null;
}

export type DsnVerdict = MailDsnVerdict & SendRef;
export type ComplaintVerdict = MailComplaintVerdict & SendRef;
export type AutoReplyVerdict = MailAutoReplyVerdict & SendRef;
export type HumanReplyVerdict = MailHumanReplyVerdict & SendRef;
export type InboundVerdict = DsnVerdict | ComplaintVerdict | AutoReplyVerdict | HumanReplyVerdict;

export function classifyInbound(p: ParsedInbound): InboundVerdict {
  const verdict = classifyMail(p);
  const verp = [...p.rcptTo, header(p.originalHeaders, 'return-path'), p.feedbackReport && feedbackField(p.feedbackReport, 'original-mail-from')];
  const fromVerp = verp.map((a) => (a ? sendIdFromVerp(a) : null)).find((id) => id !== null) ?? null;
  const fromIds = verdict.originalMessageIds.map(sendIdFromMessageId).find((id) => id !== null) ?? null;
  return { ...verdict, sendId: fromVerp ?? fromIds };
}
