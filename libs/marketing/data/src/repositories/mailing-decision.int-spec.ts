import fc from 'fast-check';
import { TestContext } from '@rapport/shared-testing';
import { CONSENT_STATUSES, mailingDecision, SUPPRESSION_REASONS, type MailingFacts } from '@rapport/marketing-domain';
import { skipReasonSql } from './mailing-decision.sql';

/**
 * The SQL that prepares and claims a mailing's recipients decides like the pure `mailingDecision`
 * (ADR 0016 §7): PostgreSQL evaluates the same expression over generated facts, one row per case.
 */
describe('skipReasonSql agrees with mailingDecision', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx?.close());

  const facts = fc.record({
    excluded: fc.boolean(),
    suppression: fc.option(fc.constantFrom(...SUPPRESSION_REASONS), { nil: null }),
    globalStatus: fc.option(fc.constantFrom(...CONSENT_STATUSES), { nil: null }),
    typeStatus: fc.option(fc.constantFrom(...CONSENT_STATUSES), { nil: null }),
    requiresOptIn: fc.boolean(),
    sentInWindow: fc.nat({ max: 6 }),
    sameContentSent: fc.boolean(),
    overdueCommitment: fc.boolean(),
    openHighPriorityCase: fc.boolean(),
  });
  const policy = fc.record({
    frequencyCap: fc.option(fc.record({ maxMessages: fc.integer({ min: 1, max: 5 }), windowDays: fc.constant(7) }), { nil: null }),
    sameContentOnce: fc.boolean(),
    rules: fc.subarray(['overdue_commitment' as const, 'open_high_priority_case' as const]),
  });

  it('for every combination of consent, suppression, cap and content', async () => {
    // The random sample, and a witness of the rarest outcome (a second send of the same content, which
    // needs everything else to allow the mail): 2,000 draws missed it about one run in a few hundred.
    const witness: [MailingFacts, { frequencyCap: null; sameContentOnce: boolean; rules: ('overdue_commitment' | 'open_high_priority_case')[] }, boolean] = [
      { excluded: false, suppression: null, globalStatus: 'opted_in', typeStatus: 'opted_in', requiresOptIn: false, sentInWindow: 0, sameContentSent: true, overdueCommitment: false, openHighPriorityCase: false },
      { frequencyCap: null, sameContentOnce: true, rules: [] },
      false,
    ];
    const cases = [...fc.sample(fc.tuple(facts, policy, fc.boolean()), 2000), witness];
    const sql = skipReasonSql({
      excluded: 'f.excluded',
      suppression: 'f.suppression',
      globalStatus: 'f.global_status',
      typeStatus: 'f.type_status',
      requiresOptIn: 'f.requires_opt_in',
      sentInWindow: 'f.sent_in_window',
      capMax: 'f.cap_max',
      sameContentSent: 'f.same_content_sent',
      sameContentOnce: 'f.same_content_once',
      resendAllowed: 'f.resend_allowed',
      overdueCommitment: 'f.overdue_commitment',
      openHighPriorityCase: 'f.open_high_priority_case',
    });
    const column = <T>(pick: (c: (typeof cases)[number]) => T) => cases.map(pick);
    const rows: { n: string; reason: string | null }[] = await ctx.ds.query(
      `SELECT f.n, ${sql} AS reason
         FROM unnest($1::boolean[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::int[], $7::int[], $8::boolean[], $9::boolean[], $10::boolean[], $11::boolean[], $12::boolean[])
              WITH ORDINALITY AS f(excluded, suppression, global_status, type_status, requires_opt_in, sent_in_window, cap_max, same_content_sent, same_content_once, resend_allowed, overdue_commitment, open_high_priority_case, n)
        ORDER BY f.n`,
      [
        column(([f]) => f.excluded),
        column(([f]) => f.suppression),
        column(([f]) => f.globalStatus),
        column(([f]) => f.typeStatus),
        column(([f]) => f.requiresOptIn),
        column(([f]) => f.sentInWindow),
        column(([, p]) => p.frequencyCap?.maxMessages ?? null),
        column(([f]) => f.sameContentSent),
        column(([, p]) => p.sameContentOnce),
        column(([, , resend]) => resend),
        // The SQL gets the rule applied (rule on AND overdue), as overdueCommitmentSql computes it.
        column(([f, p]) => p.rules.includes('overdue_commitment') && f.overdueCommitment),
        column(([f, p]) => p.rules.includes('open_high_priority_case') && f.openHighPriorityCase),
      ],
    );
    expect(rows).toHaveLength(cases.length);
    const disagreements = cases
      .map(([f, p, resend], i) => {
        const decision = mailingDecision(f as MailingFacts, p, resend);
        const expected = decision.send ? null : decision.reason;
        return expected === rows[i]!.reason ? null : { facts: f, policy: p, resend, sql: rows[i]!.reason, pure: expected };
      })
      .filter(Boolean);
    expect(disagreements).toEqual([]);
    // The sample reaches every outcome, so agreement is not agreement on a few easy cases.
    expect(new Set(rows.map((r) => r.reason))).toEqual(new Set([null, 'excluded', 'suppressed', 'global_opt_out', 'opted_out', 'pending_double_opt_in', 'no_consent', 'overdue_commitment', 'open_high_priority_case', 'frequency_cap', 'same_content']));
  });
});
