import { openHighPriorityCaseSql } from '@rapport/service-data';

/**
 * `mailingDecision` (marketing-domain) as one SQL expression, so preparing a million recipients
 * and claiming a batch apply the same rule in the database. mailing-decision.int-spec.ts runs this
 * against the pure function on generated facts; change both together.
 *
 * Each input is a SQL expression over the statement's own aliases; the result is the skip reason
 * as text, or NULL when the address gets the message.
 */
export interface DecisionSql {
  excluded: string;
  /** suppression.reason, NULL when the address is not suppressed. */
  suppression: string;
  globalStatus: string;
  typeStatus: string;
  requiresOptIn: string;
  /** Messages of other mailings claimed within the cap's window (an integer expression). */
  sentInWindow: string;
  /** The cap's limit; NULL when there is no cap. */
  capMax: string;
  sameContentSent: string;
  sameContentOnce: string;
  resendAllowed: string;
  /** The policy's rule is on and the person has an overdue open commitment (a boolean expression). */
  overdueCommitment: string;
  /** The policy's rule is on and the person has an open high-priority case (a boolean expression). */
  openHighPriorityCase: string;
}

export function skipReasonSql(d: DecisionSql): string {
  return `CASE
    WHEN ${d.excluded} THEN 'excluded'
    WHEN ${d.suppression} IS NOT NULL THEN 'suppressed'
    WHEN ${d.globalStatus} = 'opted_out' THEN 'global_opt_out'
    WHEN ${d.typeStatus} = 'opted_out' THEN 'opted_out'
    WHEN ${d.typeStatus} = 'pending' THEN 'pending_double_opt_in'
    WHEN ${d.typeStatus} IS DISTINCT FROM 'opted_in' AND ${d.requiresOptIn} THEN 'no_consent'
    WHEN ${d.overdueCommitment} THEN 'overdue_commitment'
    WHEN ${d.openHighPriorityCase} THEN 'open_high_priority_case'
    WHEN ${d.capMax} IS NOT NULL AND ${d.sentInWindow} >= ${d.capMax} THEN 'frequency_cap'
    WHEN ${d.sameContentOnce} AND NOT ${d.resendAllowed} AND ${d.sameContentSent} THEN 'same_content'
    ELSE NULL END`;
}

/**
 * What other mailings claimed for an address: within the cap's window (`$window` days, NULL = no
 * cap: not counted at all), and whether one carried this content. Uses mailing_send_delivered_idx.
 */
export const sentInWindowSql = (address: string, mailingId: string, capMax: string, windowDays: string) =>
  `CASE WHEN ${capMax} IS NULL THEN 0 ELSE (
     SELECT count(*) FROM mailing_send o
     WHERE o.address = ${address} AND o.status IN ('sending', 'sent') AND o.mailing_id <> ${mailingId}
       AND o.claimed_at > now() - make_interval(days => ${windowDays})
   ) END`;

/**
 * The policy's `overdue_commitment` rule for a contact: an open commitment past its due date on the
 * contact or their account (revenue's promises to the customer). Leads have none.
 */
export const overdueCommitmentSql = (rules: string, contactId: string) =>
  `(${rules} @> ARRAY['overdue_commitment']::text[] AND ${contactId} IS NOT NULL AND EXISTS (
     SELECT 1 FROM contact cc JOIN commitment cm ON (cm.contact_id = cc.id OR (cc.account_id IS NOT NULL AND cm.account_id = cc.account_id))
      WHERE cc.id = ${contactId} AND cm.status = 'open' AND cm.deleted_at IS NULL AND cm.due_at < now()))`;

/**
 * The policy's `open_high_priority_case` rule for a contact: what an open high-priority case is
 * belongs to the service domain (`openHighPriorityCaseSql`). Leads have no cases.
 */
export const openHighPriorityCaseRuleSql = (rules: string, contactId: string) =>
  `(${rules} @> ARRAY['open_high_priority_case']::text[] AND ${contactId} IS NOT NULL AND ${openHighPriorityCaseSql(contactId)})`;

export const sameContentSentSql = (address: string, mailingId: string, contentKey: string) =>
  `EXISTS (SELECT 1 FROM mailing_send o WHERE o.address = ${address} AND o.status IN ('sending', 'sent') AND o.mailing_id <> ${mailingId} AND o.content_key = ${contentKey})`;

/**
 * The decision for each row of a CTE `addressed` (address, contact_id, …), as a CTE `decided` (its columns
 * and `reason`). Each input is a SQL expression: a parameter of the statement using it (one
 * mailing: preparing, claiming) or a column of `a` (many mailings at once: the nurture engine,
 * docs/adr/0017). `excluded` is an expression over `a`.
 */
export const decidedSql = (excluded: string, p: { mailing: string; type: string; contentKey: string; capMax: string; windowDays: string; sameOnce: string; resend: string; rules: string }) => `
  decided AS (
    SELECT a.*, ${skipReasonSql({
      excluded,
      suppression: 's.reason',
      globalStatus: 'g.status',
      typeStatus: 'k.status',
      requiresOptIn: 't.requires_opt_in',
      sentInWindow: sentInWindowSql('a.address', p.mailing, `${p.capMax}::int`, `${p.windowDays}::int`),
      capMax: `${p.capMax}::int`,
      sameContentSent: sameContentSentSql('a.address', p.mailing, p.contentKey),
      sameContentOnce: `${p.sameOnce}::boolean`,
      resendAllowed: `${p.resend}::boolean`,
      overdueCommitment: overdueCommitmentSql(`${p.rules}::text[]`, 'a.contact_id'),
      openHighPriorityCase: openHighPriorityCaseRuleSql(`${p.rules}::text[]`, 'a.contact_id'),
    })} AS reason
    FROM addressed a
    JOIN subscription_type t ON t.id = ${p.type}
    LEFT JOIN suppression s ON s.address = a.address
    LEFT JOIN global_consent g ON g.address = a.address
    LEFT JOIN consent k ON k.address = a.address AND k.subscription_type_id = ${p.type}
  )`;
