import { checkWindow, type SegmentConditionDefinition, WINDOW_PARAMS, windowedCount } from '@rapport/shared-database';

/**
 * Marketing's behaviours for segment rules (issue 17 item 2, docs/adr/0020): mailings sent to the
 * person, opened and clicked by a human (machine opens — privacy proxies, scanners — do not count),
 * pages viewed by their identified visitors, and whether they opted out. Registered with
 * `SegmentConditions` by MarketingModule.
 */
const mailingFilter = (params: Record<string, unknown>, bindList: (v: readonly unknown[]) => string, column: string) =>
  Array.isArray(params['mailingIds']) ? [`${column} IN ${bindList(params['mailingIds'])}`] : [];

const MAILING_PARAMS = [{ name: 'mailingIds', type: 'ids', lookup: 'mailing' } as const, ...WINDOW_PARAMS];

function mailingEvent(key: string, kind: 'open' | 'click'): SegmentConditionDefinition {
  return {
    key,
    group: 'behaviour',
    params: MAILING_PARAMS,
    check: checkWindow,
    sql: (params, q) =>
      windowedCount(
        q,
        {
          from: 'mailing_event x JOIN mailing_send s ON s.id = x.send_id',
          contact: 's.contact_id',
          at: 'x.occurred_at',
          where: [`x.kind = '${kind}'`, 'x.machine = false', ...mailingFilter(params, (v) => q.bindList(v), 'x.mailing_id')],
        },
        params,
      ),
  };
}

export const MARKETING_SEGMENT_CONDITIONS: SegmentConditionDefinition[] = [
  {
    key: 'email.sent',
    group: 'behaviour',
    params: MAILING_PARAMS,
    check: checkWindow,
    sql: (params, q) =>
      windowedCount(q, { from: 'mailing_send x', contact: 'x.contact_id', at: 'x.sent_at', where: [`x.status = 'sent'`, ...mailingFilter(params, (v) => q.bindList(v), 'x.mailing_id')] }, params),
  },
  mailingEvent('email.opened', 'open'),
  mailingEvent('email.clicked', 'click'),
  {
    key: 'web.pageViews',
    group: 'behaviour',
    params: [{ name: 'pageContains', type: 'text' }, ...WINDOW_PARAMS],
    check: checkWindow,
    sql: (params, q) =>
      windowedCount(
        q,
        {
          from: 'page_view x JOIN web_visitor v ON v.id = x.visitor_id',
          contact: 'v.contact_id',
          at: 'x.viewed_at',
          where: typeof params['pageContains'] === 'string' ? [`x.page ILIKE '%' || ${q.bind(params['pageContains'].replace(/[\\%_]/g, (m) => `\\${m}`))} || '%'`] : [],
        },
        params,
      ),
  },
  {
    // From everything (global opt-out or a suppressed address) or from one subscription type.
    key: 'consent.optedOut',
    group: 'behaviour',
    params: [{ name: 'subscriptionTypeId', type: 'id', lookup: 'subscriptionType' }],
    // Each contact's few addresses are looked up in the lists' primary keys (a probe or two per contact).
    // The set-based form — opted-out addresses joined to contacts through the GIN index on emails — is
    // what the other behaviours do, but PostgreSQL cannot estimate that join (it guesses hundreds of
    // millions of rows), so under NOT it re-ran the join per contact: 138 s at 1M contacts in the bench.
    sql: (params, q) => {
      const arms = [`EXISTS (SELECT 1 FROM global_consent g WHERE g.address = ANY (c.emails) AND g.status = 'opted_out')`, 'EXISTS (SELECT 1 FROM suppression s WHERE s.address = ANY (c.emails))'];
      if (typeof params['subscriptionTypeId'] === 'string') {
        arms.push(`EXISTS (SELECT 1 FROM consent k WHERE k.address = ANY (c.emails) AND k.subscription_type_id = ${q.bind(params['subscriptionTypeId'])} AND k.status = 'opted_out')`);
      }
      return `(${arms.join(' OR ')})`;
    },
  },
];
