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
}

export function skipReasonSql(d: DecisionSql): string {
  return `CASE
    WHEN ${d.excluded} THEN 'excluded'
    WHEN ${d.suppression} IS NOT NULL THEN 'suppressed'
    WHEN ${d.globalStatus} = 'opted_out' THEN 'global_opt_out'
    WHEN ${d.typeStatus} = 'opted_out' THEN 'opted_out'
    WHEN ${d.typeStatus} = 'pending' THEN 'pending_double_opt_in'
    WHEN ${d.typeStatus} IS DISTINCT FROM 'opted_in' AND ${d.requiresOptIn} THEN 'no_consent'
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

export const sameContentSentSql = (address: string, mailingId: string, contentKey: string) =>
  `EXISTS (SELECT 1 FROM mailing_send o WHERE o.address = ${address} AND o.status IN ('sending', 'sent') AND o.mailing_id <> ${mailingId} AND o.content_key = ${contentKey})`;
