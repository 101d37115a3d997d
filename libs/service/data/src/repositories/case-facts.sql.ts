/**
 * What other domains may ask of a person's cases, as SQL over a contact id expression (e.g.
 * `a.contact_id`), so a mailing of a million recipients applies it in the statement that prepares
 * it. Open means neither resolved nor closed; high priority means `high` or `urgent`. The person's
 * own cases and their account's count (a colleague's urgent outage is the whole customer's).
 * Two EXISTS rather than one OR'd join, so each uses its index (service_case_contact_idx,
 * service_case_account_idx).
 */
export const openHighPriorityCaseSql = (contactId: string): string =>
  `(EXISTS (SELECT 1 FROM service_case hk
             WHERE hk.contact_id = ${contactId} AND hk.priority IN ('high', 'urgent')
               AND hk.resolved_at IS NULL AND hk.closed_at IS NULL AND hk.deleted_at IS NULL)
    OR EXISTS (SELECT 1 FROM contact hc JOIN service_case hk ON hk.account_id = hc.account_id
                WHERE hc.id = ${contactId} AND hc.account_id IS NOT NULL AND hk.priority IN ('high', 'urgent')
                  AND hk.resolved_at IS NULL AND hk.closed_at IS NULL AND hk.deleted_at IS NULL))`;
