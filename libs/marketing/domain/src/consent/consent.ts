/**
 * Consent to marketing email (issue 15), as pure rules. Consent is kept per email address (the
 * normalised one, `normalizeEmailAddress`), not per contact record: an address is what mail goes
 * to, and a person merged, deleted and imported again keeps the answer they gave (docs/adr/0015).
 */

export const CONSENT_STATUSES = ['opted_in', 'opted_out', 'pending'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** Why the company may mail (GDPR art. 6): recorded with each answer as evidence. */
export const LAWFUL_BASES = ['consent', 'legitimate_interest', 'contract'] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];

/** Where an answer came from. */
export const CONSENT_SOURCES = ['form', 'import', 'api', 'staff', 'unsubscribe_link', 'preference_centre', 'double_opt_in'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

/** Why an address receives no mail at all (marketing, and for hard bounces transactional too). */
export const SUPPRESSION_REASONS = ['hard_bounce', 'soft_bounce', 'complaint', 'opt_out', 'imported'] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

/** What the decision needs to know about one address and one subscription type. */
export interface ConsentFacts {
  /** The address's answer for the type; null when it never gave one. */
  typeStatus: ConsentStatus | null;
  /** The address's global marketing answer (opted_out = no marketing of any type). */
  globalStatus: ConsentStatus | null;
  /** The type asks for an explicit opt-in (no answer = no mail); false: mail until they opt out. */
  requiresOptIn: boolean;
  /** The address is on the suppression list, and why; null when it is not. */
  suppression: SuppressionReason | null;
}

export type SkipReason = 'suppressed' | 'global_opt_out' | 'opted_out' | 'pending_double_opt_in' | 'no_consent';

export type MailDecision = { send: true } | { send: false; reason: SkipReason; detail?: SuppressionReason };

/**
 * Whether a marketing message of a type may go to an address. Order matters only for the reason
 * given: suppression first (nothing else can make an unusable address usable), then the global
 * opt-out, then the type's own answer.
 */
export function marketingDecision(f: ConsentFacts): MailDecision {
  if (f.suppression) return { send: false, reason: 'suppressed', detail: f.suppression };
  if (f.globalStatus === 'opted_out') return { send: false, reason: 'global_opt_out' };
  if (f.typeStatus === 'opted_out') return { send: false, reason: 'opted_out' };
  if (f.typeStatus === 'pending') return { send: false, reason: 'pending_double_opt_in' };
  if (f.typeStatus === 'opted_in') return { send: true };
  return f.requiresOptIn ? { send: false, reason: 'no_consent' } : { send: true };
}

/**
 * Transactional mail (a registration confirmation, a case reply) is not marketing: opt-outs do not
 * stop it. Only an address that cannot receive mail stops it (a hard bounce); a complaint about
 * marketing, an opt-out or an imported marketing suppression does not.
 */
export function transactionalDecision(suppression: SuppressionReason | null): MailDecision {
  return suppression === 'hard_bounce' ? { send: false, reason: 'suppressed', detail: suppression } : { send: true };
}

/**
 * The status an answer leads to: opting in to a type that wants double opt-in is pending until the
 * person confirms from the mail (source `double_opt_in`); staff and imports cannot skip that step
 * unless the answer carries its own proof (an import of confirmed opt-ins says `confirmed`).
 */
export function statusAfter(answer: 'opt_in' | 'opt_out', type: { doubleOptIn: boolean }, source: ConsentSource, confirmed = false): ConsentStatus {
  if (answer === 'opt_out') return 'opted_out';
  if (!type.doubleOptIn || source === 'double_opt_in' || confirmed) return 'opted_in';
  return 'pending';
}
