import type { EntityManager } from 'typeorm';

/**
 * Consent for the demo (issue 15): three subscription types in three languages, most contacts'
 * primary addresses opted in to the newsletter through the web form a year ago (evidence with
 * wording version and IP), some opted out of product news or of everything since, and a suppression
 * list with an import, hard bounces and a complaint, so the consent panels and lists tell a story.
 */
export async function seedConsent(m: EntityManager, ids: { marketerId: string }): Promise<void> {
  const types: { id: string; key: string }[] = await m.query(
    `INSERT INTO subscription_type (key, name, names, description, double_opt_in, requires_opt_in) VALUES
       ('newsletter', 'Newsletter', '{"zh-CN": "新闻简报", "zh-TW": "電子報"}', 'Monthly news and customer stories.', true, true),
       ('product-news', 'Product news', '{"zh-CN": "产品动态", "zh-TW": "產品動態"}', 'New products and releases, for customers (legitimate interest).', false, false),
       ('events', 'Events and seminars', '{"zh-CN": "活动与研讨会", "zh-TW": "活動與研討會"}', 'Invitations to seminars, webinars and trade shows.', false, true)
     RETURNING id, key`,
  );
  const type = (key: string) => types.find((t) => t.key === key)!.id;
  // Every answer is an event and sets the current state; written set-based, as the repository does one by one.
  const answer = async (typeId: string | null, status: string, source: string, where: string, daysAgo: string) => {
    const events: { id: string; address: string }[] = await m.query(
      `INSERT INTO consent_event (address, subscription_type_id, status, lawful_basis, source, wording_version, ip, user_agent, contact_id, occurred_at)
       SELECT lower(c.emails[1]), $1::uuid, $2, 'consent', $3, CASE WHEN $3 = 'form' THEN 'web-form-v2' END,
              CASE WHEN $3 = 'form' THEN '203.0.113.' || (1 + abs(hashtext(c.id::text)) % 250) END,
              CASE WHEN $3 = 'form' THEN 'Mozilla/5.0 (demo)' END, c.id, now() - (${daysAgo}) * interval '1 day'
         FROM contact c WHERE c.deleted_at IS NULL AND cardinality(c.emails) > 0 AND ${where}
       RETURNING id, address`,
      [typeId, status, source],
    );
    if (!events.length) return;
    // Two demo contacts may share an address: one state per address (its latest event).
    const latest = `(SELECT DISTINCT ON (address) id, address FROM unnest($2::uuid[], $3::text[]) AS u(id, address) ORDER BY address, id DESC) e`;
    const params = [status, events.map((e) => e.id), events.map((e) => e.address)];
    if (typeId) {
      await m.query(
        `INSERT INTO consent (address, subscription_type_id, status, event_id) SELECT e.address, $4::uuid, $1, e.id FROM ${latest}
         ON CONFLICT (address, subscription_type_id) DO UPDATE SET status = EXCLUDED.status, event_id = EXCLUDED.event_id, updated_at = now()`,
        [...params, typeId],
      );
    } else {
      await m.query(
        `INSERT INTO global_consent (address, status, event_id) SELECT e.address, $1, e.id FROM ${latest}
         ON CONFLICT (address) DO UPDATE SET status = EXCLUDED.status, event_id = EXCLUDED.event_id, updated_at = now()`,
        params,
      );
    }
  };
  const bucket = (mod: number, below: number) => `abs(hashtext(c.id::text)) % ${mod} < ${below}`;
  await answer(type('newsletter'), 'opted_in', 'double_opt_in', bucket(10, 7), '300 + abs(hashtext(c.id::text)) % 60');
  await answer(type('events'), 'opted_in', 'form', bucket(10, 5), '200 + abs(hashtext(c.id::text)) % 60');
  await answer(type('newsletter'), 'pending', 'form', `abs(hashtext(c.id::text)) % 10 = 8`, '3');
  await answer(type('product-news'), 'opted_out', 'unsubscribe_link', `abs(hashtext(c.id::text)) % 20 = 0`, '40');
  await answer(null, 'opted_out', 'preference_centre', `abs(hashtext(c.id::text)) % 50 = 1`, '15');
  await m.query(
    `INSERT INTO suppression (address, reason, detail, created_by) VALUES
       ('bounced.customer@example.invalid', 'hard_bounce', '5.1.1 user unknown', NULL),
       ('old.address@example.invalid', 'hard_bounce', '5.1.10 recipient address rejected', NULL),
       ('angry.reader@example.invalid', 'complaint', 'ARF feedback report', NULL),
       ('do.not.mail@example.invalid', 'imported', 'suppression-list-2025.csv', $1),
       ('competitor@example.invalid', 'imported', 'suppression-list-2025.csv', $1)
     ON CONFLICT (address) DO NOTHING`,
    [ids.marketerId],
  );
}
