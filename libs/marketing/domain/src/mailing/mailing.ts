import { ConsentFacts, marketingDecision, SkipReason, SuppressionReason } from '../consent/consent';
import { dayNumber, fromDayNumber, instantAt, localDateOf } from './wall-clock';

/**
 * Mailings (issue 15, docs/adr/0016) as pure rules: who gets a message, what a relay's answer
 * does to a send, and when the company's contact policy holds a message back. The SQL that
 * applies the same decision to a million rows at once is tested against `mailingDecision`.
 */

export const MAILING_STATUSES = ['draft', 'scheduled', 'sending', 'paused', 'completed', 'cancelled'] as const;
export type MailingStatus = (typeof MAILING_STATUSES)[number];

export const SEND_STATUSES = ['queued', 'sending', 'sent', 'failed', 'skipped'] as const;
export type SendStatus = (typeof SEND_STATUSES)[number];

/** Why a recipient got no message: consent's reasons, the contact policy's, and the mailing's own. */
export const MAILING_SKIP_REASONS = [
  'suppressed',
  'global_opt_out',
  'opted_out',
  'pending_double_opt_in',
  'no_consent',
  'overdue_commitment',
  'open_high_priority_case',
  'frequency_cap',
  'same_content',
  'excluded',
  'cancelled',
] as const;
export type MailingSkipReason = (typeof MAILING_SKIP_REASONS)[number];

/**
 * Who a mailing goes to. A "list" is a campaign's member list (any campaign, any status); the
 * mailing's own campaign contributes its members with the chosen statuses; a segment contributes
 * its current members (issue 17), minus the holdout of any active strategy on it.
 */
export interface MailingAudience {
  campaignMemberStatuses: string[];
  listIds: string[];
  excludeListIds: string[];
  /** Absent on mailings saved before segments existed: read as none. */
  segmentIds?: string[];
  excludeSegmentIds?: string[];
}

/** The company's contact policy: one for every department, campaign and API caller. */
export interface ContactPolicy {
  /** At most `maxMessages` marketing messages per address in `windowDays` days; null = no cap. */
  frequencyCap: { maxMessages: number; windowDays: number } | null;
  /** The same content (a template version's content key) goes to an address once, unless a mailing allows resending. */
  sameContentOnce: boolean;
  /** No marketing mail is handed to the relay between these hours (company time zone); null = none. */
  quietHours: { startHour: number; endHour: number } | null;
  timeZone: string;
  /** Named rules that hold marketing back from some people (see CONTACT_POLICY_RULES). */
  rules: ContactPolicyRuleKey[];
}

export const DEFAULT_CONTACT_POLICY: ContactPolicy = {
  frequencyCap: { maxMessages: 2, windowDays: 7 },
  sameContentOnce: true,
  quietHours: null,
  timeZone: 'Asia/Shanghai',
  rules: [],
};

/**
 * A rule that keeps marketing from some people for a reason in another domain. A rule whose data
 * does not exist yet is declared now (so settings and mailings know its name) and unavailable
 * until its domain provides the condition.
 */
export interface ContactPolicyRule {
  key: string;
  /** Message key of its name in the settings screen. */
  label: string;
  available: boolean;
}

export const CONTACT_POLICY_RULES = [
  { key: 'open_high_priority_case', label: 'mailings.policy.rules.openHighPriorityCase', available: true },
  { key: 'overdue_commitment', label: 'mailings.policy.rules.overdueCommitment', available: true },
] as const satisfies readonly ContactPolicyRule[];
export type ContactPolicyRuleKey = (typeof CONTACT_POLICY_RULES)[number]['key'];

/** What is wrong with a policy, by field; empty when it may be saved. */
export function contactPolicyProblems(p: ContactPolicy): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (p.frequencyCap) {
    const { maxMessages, windowDays } = p.frequencyCap;
    if (!Number.isInteger(maxMessages) || maxMessages < 1 || maxMessages > 100) problems.push({ path: 'frequencyCap.maxMessages', message: 'Allow between 1 and 100 messages.' });
    if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > 365) problems.push({ path: 'frequencyCap.windowDays', message: 'Count over 1 to 365 days.' });
  }
  if (p.quietHours) {
    const { startHour, endHour } = p.quietHours;
    for (const [k, h] of [['startHour', startHour], ['endHour', endHour]] as const) {
      if (!Number.isInteger(h) || h < 0 || h > 23) problems.push({ path: `quietHours.${k}`, message: 'Choose an hour from 0 to 23.' });
    }
    if (startHour === endHour) problems.push({ path: 'quietHours.endHour', message: 'Quiet hours must end at another hour than they start.' });
  }
  if (!isTimeZone(p.timeZone)) problems.push({ path: 'timeZone', message: 'Choose a time zone such as Asia/Shanghai.' });
  const known = new Set<string>(CONTACT_POLICY_RULES.map((r) => r.key));
  for (const [i, r] of p.rules.entries()) if (!known.has(r)) problems.push({ path: `rules.${i}`, message: 'Choose a known rule.' });
  return problems;
}

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

/** The hour of the day (0–23) at an instant in a time zone. */
export function hourIn(at: Date, timeZone: string): number {
  const h = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(at);
  return Number(h);
}

/**
 * The next moment it is `hour`:00 in `timeZone` after `now` (today's, or tomorrow's once it has
 * passed): when a mailing "at 9:00 in each recipient's time zone" is due for one recipient. The
 * SQL that writes it for a million rows at once (`nextLocalHourSql`) is held equal to this.
 */
export function nextLocalHour(now: Date, timeZone: string, hour: number): Date {
  const day = dayNumber(localDateOf(now, timeZone));
  const today = instantAt(fromDayNumber(day), hour, 0, timeZone);
  return now < today ? today : instantAt(fromDayNumber(day + 1), hour, 0, timeZone);
}

/** Whether marketing must wait now; quiet hours may wrap midnight (22 → 7). */
export function inQuietHours(at: Date, policy: Pick<ContactPolicy, 'quietHours' | 'timeZone'>): boolean {
  if (!policy.quietHours) return false;
  const { startHour: s, endHour: e } = policy.quietHours;
  const h = hourIn(at, policy.timeZone);
  return s < e ? h >= s && h < e : h >= s || h < e;
}

/** Everything the decision for one address in one mailing needs. */
export interface MailingFacts extends ConsentFacts {
  /** Marketing messages of other mailings sent (or being sent) to the address within the cap's window. */
  sentInWindow: number;
  /** This mailing's content was already sent (or is being sent) to the address by another mailing. */
  sameContentSent: boolean;
  /** The address is in one of the mailing's exclusion lists. */
  excluded: boolean;
  /** The person (a contact), or their account, has an open commitment past its due date. */
  overdueCommitment: boolean;
  /** The person (a contact), or their account, has an open case of high or urgent priority (the service domain's). */
  openHighPriorityCase: boolean;
}

export type MailingDecision = { send: true } | { send: false; reason: MailingSkipReason; detail?: SuppressionReason };

/**
 * Whether one address gets this mailing. Exclusion first (the marketer said no), then consent
 * (marketingDecision), then the contact policy: its rules, the frequency cap, the same-content rule.
 */
export function mailingDecision(f: MailingFacts, policy: Pick<ContactPolicy, 'frequencyCap' | 'sameContentOnce' | 'rules'>, resendAllowed: boolean): MailingDecision {
  if (f.excluded) return { send: false, reason: 'excluded' };
  const consent = marketingDecision(f);
  if (!consent.send) return { send: false, reason: consent.reason as SkipReason, ...(consent.detail ? { detail: consent.detail } : {}) };
  // A promise to the customer that is overdue: selling to them now would only make it worse.
  if (policy.rules.includes('overdue_commitment') && f.overdueCommitment) return { send: false, reason: 'overdue_commitment' };
  // A customer waiting on an urgent problem hears about it before they hear an offer.
  if (policy.rules.includes('open_high_priority_case') && f.openHighPriorityCase) return { send: false, reason: 'open_high_priority_case' };
  if (policy.frequencyCap && f.sentInWindow >= policy.frequencyCap.maxMessages) return { send: false, reason: 'frequency_cap' };
  if (policy.sameContentOnce && !resendAllowed && f.sameContentSent) return { send: false, reason: 'same_content' };
  return { send: true };
}

/** What the relay said about one message. */
export type SmtpOutcome = { ok: true } | { ok: false; code: number | null; enhanced: string | null; message: string };

export const MAX_SEND_ATTEMPTS = 5;

export type AfterSmtp =
  | { status: 'sent' }
  | { status: 'failed'; error: string; hardBounce: boolean }
  | { status: 'queued'; error: string; retryInSeconds: number };

/**
 * The state a send moves to after its SMTP conversation. A permanent answer (5xx) fails it, and a
 * 5.1.x (no such mailbox, bad address) suppresses the address like a bounce would; a temporary one
 * (4xx) or no answer at all (connection lost, timeout) retries with a growing delay, up to
 * MAX_SEND_ATTEMPTS. `attempts` counts this one.
 */
export function afterSmtp(outcome: SmtpOutcome, attempts: number): AfterSmtp {
  if (outcome.ok) return { status: 'sent' };
  const error = [outcome.code, outcome.enhanced, outcome.message].filter((x) => x !== null && x !== '').join(' ').slice(0, 500);
  const permanent = outcome.code !== null && outcome.code >= 500 && outcome.code < 600;
  if (permanent) return { status: 'failed', error, hardBounce: /^5\.1\.\d{1,3}$/.test(outcome.enhanced ?? '') };
  if (attempts >= MAX_SEND_ATTEMPTS) return { status: 'failed', error, hardBounce: false };
  return { status: 'queued', error, retryInSeconds: 30 * 2 ** (attempts - 1) };
}

/** After this many failures in a row (no success between), a mailing pauses itself and tells its owner. */
export function shouldPause(consecutiveFailures: number, threshold: number): boolean {
  return threshold > 0 && consecutiveFailures >= threshold;
}

/** Progress of a mailing from the counts of its sends by status. */
export interface MailingProgress {
  total: number;
  queued: number;
  sending: number;
  sent: number;
  failed: number;
  skipped: number;
}

export function progressOf(counts: Partial<Record<SendStatus, number>>): MailingProgress {
  const p = { queued: counts.queued ?? 0, sending: counts.sending ?? 0, sent: counts.sent ?? 0, failed: counts.failed ?? 0, skipped: counts.skipped ?? 0 };
  return { total: p.queued + p.sending + p.sent + p.failed + p.skipped, ...p };
}
