import { CommitmentsService, ForecastService } from '@rapport/revenue-api';
import { HandoverService } from '@rapport/sales-api';
import { DEMO_PASSWORD, seedDemoData } from './seed/demo-seed';
import { useTestApi } from './testing/test-api';

const api = useTestApi({}, async ({ ctx }) => {
  await seedDemoData(ctx.ds);
});
const as = (email: string) => api.signedIn(email, DEMO_PASSWORD);
const one = async (sql: string, p: unknown[] = []) => (await api.ctx.ds.query(sql, p))[0];
const now = new Date();
const year = now.getUTCFullYear();
const quarter = Math.floor(now.getUTCMonth() / 3) + 1;

const FORECAST = `query($p: PeriodInput!, $team: ID, $user: ID) { forecast(period: $p, teamId: $team, userId: $user) {
  period categories { category amount } weighted quota attainment adjusted { category amount } adjustments { category amount note }
  byRep { name weighted } trend { takenOn commit } } }`;
type ForecastResult = { forecast: { categories: { category: string; amount: number }[]; weighted: number; quota: number | null; attainment: number | null; adjusted: { category: string; amount: number }[]; adjustments: { category: string; amount: number; note: string }[]; byRep: { name: string }[]; trend: { takenOn: string; commit: number }[] } };
const byCategory = (rows: { category: string; amount: number }[]) => Object.fromEntries(rows.map((r) => [r.category, r.amount]));

describe('forecast', () => {
  it('matches a hand-computed SQL query for the demo team, keeps adjustments beside the reps’ numbers, shows quota and trend', async () => {
    const team = await one(`SELECT id FROM team WHERE name = 'Sales East'`);
    const boss = await as('manager@rapport.dev');
    const period = { year, quarter };
    const start = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
    const expected: { cat: string; amount: string; weighted: string }[] = await api.ctx.ds.query(
      `SELECT CASE WHEN s.is_won THEN 'closed' WHEN s.forecast_category = 'closed' THEN 'commit' ELSE s.forecast_category END AS cat,
              sum(o.amount)::numeric(14,2)::text AS amount,
              sum(CASE WHEN s.is_won THEN 0 ELSE round(o.amount * 100 * s.probability / 100) END)::text AS weighted
         FROM opportunity o JOIN stage s ON s.id = o.stage_id JOIN app_user u ON u.id = o.owner_id
        WHERE u.team_id = $1 AND u.role IN ('sales_rep', 'sales_manager') AND NOT s.is_lost AND o.deleted_at IS NULL
          AND COALESCE((o.closed_at AT TIME ZONE 'UTC')::date, o.close_date) >= $2::date
          AND COALESCE((o.closed_at AT TIME ZONE 'UTC')::date, o.close_date) < ($2::date + interval '3 months')
        GROUP BY 1`,
      [team.id, start],
    );
    expect(expected.length).toBeGreaterThan(0);
    const f = (await boss.gqlOk<ForecastResult>(FORECAST, { p: period, team: team.id })).forecast;
    const got = byCategory(f.categories);
    for (const cat of ['pipeline', 'best_case', 'commit', 'closed', 'omitted']) {
      expect(got[cat]).toBeCloseTo(Number(expected.find((e) => e.cat === cat)?.amount ?? 0), 2);
    }
    expect(f.weighted).toBeCloseTo(expected.reduce((s, e) => s + Number(e.weighted), 0) / 100, 2);
    const people: { name: string }[] = await api.ctx.ds.query(`SELECT name FROM app_user WHERE team_id = $1 AND role IN ('sales_rep', 'sales_manager') ORDER BY name`, [team.id]);
    expect(f.byRep.map((r) => r.name).sort()).toEqual(people.map((p) => p.name).sort());

    const adjusted = await boss.gqlOk<{ adjustForecast: { adjustment: { amount: number } } }>(
      `mutation($i: AdjustForecastInput!) { adjustForecast(input: $i) { adjustment { amount } } }`,
      { i: { period, teamId: team.id, category: 'commit', amount: 1234567, note: 'Two deals slip to next quarter' } },
    );
    expect(adjusted.adjustForecast.adjustment.amount).toBe(1234567);
    const rep1 = await one(`SELECT id FROM app_user WHERE email = 'rep1@rapport.dev'`);
    await boss.gqlOk(`mutation($i: SetQuotaInput!) { setQuota(input: $i) { amount } }`, { i: { userId: rep1.id, period, amount: 500000 } });
    await api.app.get(ForecastService).snapshot(now);
    const after = (await boss.gqlOk<ForecastResult>(FORECAST, { p: period, team: team.id })).forecast;
    expect(byCategory(after.categories)).toEqual(got);
    expect(byCategory(after.adjusted).commit).toBe(1234567);
    expect(after.adjustments).toEqual([{ category: 'commit', amount: 1234567, note: 'Two deals slip to next quarter' }]);
    const quotas = await one(
      `SELECT sum(q.amount)::float8 AS total FROM quota q JOIN app_user u ON u.id = q.user_id WHERE u.team_id = $1 AND u.role IN ('sales_rep', 'sales_manager') AND q.year = $2 AND q.quarter = $3 AND q.month = 0`,
      [team.id, year, quarter],
    );
    expect(after.quota).toBe(quotas.total);
    // The snapshot just taken closes the trend and carries today's own numbers (not the adjustment).
    expect(after.trend[after.trend.length - 1]).toEqual({ takenOn: now.toISOString().slice(0, 10), commit: got.commit });
    expect(after.trend.map((p) => p.takenOn)).toEqual([...after.trend.map((p) => p.takenOn)].sort());

    const mine = (await (await as('rep1@rapport.dev')).gqlOk<ForecastResult>(FORECAST, { p: period, user: rep1.id })).forecast;
    expect(mine.quota).toBe(500000);
    const expectedAttainment = Math.round(((byCategory(mine.categories).closed * 100) / 500000) * 100) / 100;
    expect(mine.attainment).toBeCloseTo(expectedAttainment, 2);
    const peek = await (await as('rep1@rapport.dev')).gql(FORECAST, { p: period, team: team.id });
    expect(peek.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('commitment ledger', () => {
  it('shows a manager every open promise of the team for an account, hides them from others, reminds, and travels with a handover', async () => {
    const rep1 = await one(`SELECT id FROM app_user WHERE email = 'rep1@rapport.dev'`);
    const rep2 = await one(`SELECT id FROM app_user WHERE email = 'rep2@rapport.dev'`);
    const opp = await one(`SELECT o.id, o.account_id FROM opportunity o JOIN stage s ON s.id = o.stage_id WHERE o.owner_id = $1 AND o.closed_at IS NULL LIMIT 1`, [rep1.id]);
    const r1 = await as('rep1@rapport.dev');
    const due = new Date(Date.now() + 6 * 3600_000).toISOString();
    const made = await r1.gqlOk<{ createCommitment: { commitment: { id: string; accountId: string } } }>(
      `mutation($i: CreateCommitmentInput!) { createCommitment(input: $i) { commitment { id accountId } } }`,
      { i: { kind: 'discount', description: '5% off the renewal if signed by Friday', dueAt: due, opportunityId: opp.id } },
    );
    expect(made.createCommitment.commitment.accountId).toBe(opp.account_id);
    const bad = await r1.gql(`mutation { createCommitment(input: { kind: "follow_up", description: "x" }) { commitment { id } } }`);
    expect(bad.errors?.[0].extensions?.fields).toEqual([{ path: 'input.accountId', message: expect.any(String), messageKey: 'revenue.promiseTarget' }]);

    const LIST = `query($a: ID!) { commitments(accountId: $a, status: "open") { totalCount edges { node { id description } } } }`;
    const forBoss = await (await as('manager@rapport.dev')).gqlOk<{ commitments: { edges: { node: { id: string } }[] } }>(LIST, { a: opp.account_id });
    expect(forBoss.commitments.edges.map((e) => e.node.id)).toContain(made.createCommitment.commitment.id);
    const forPeer = await (await as('rep2@rapport.dev')).gqlOk<{ commitments: { edges: { node: { id: string } }[] } }>(LIST, { a: opp.account_id });
    expect(forPeer.commitments.edges.map((e) => e.node.id)).not.toContain(made.createCommitment.commitment.id);

    const reminded = await api.app.get(CommitmentsService).remindDue(new Date());
    expect(reminded).toBeGreaterThanOrEqual(1);
    expect(await api.app.get(CommitmentsService).remindDue(new Date())).toBe(0);
    expect(await one(`SELECT kind FROM notification WHERE user_id = $1 AND payload->>'commitmentId' = $2`, [rep1.id, made.createCommitment.commitment.id])).toEqual({ kind: 'commitment.due' });

    const manager = await one(`SELECT id, role, team_id FROM app_user WHERE email = 'manager@rapport.dev'`);
    const actor = { userId: manager.id, role: manager.role, teamId: manager.team_id, teamIds: (await api.ctx.ds.query(`SELECT id FROM team WHERE id = $1 OR manager_id = $2`, [manager.team_id, manager.id])).map((t: { id: string }) => t.id) };
    const handovers = api.app.get(HandoverService);
    const h = await handovers.start(actor, { fromUserId: rep1.id, toUserId: rep2.id });
    await handovers.run(h.id);
    expect(await one(`SELECT owner_id FROM commitment WHERE id = $1`, [made.createCommitment.commitment.id])).toEqual({ owner_id: rep2.id });
    const digest = await one(`SELECT payload FROM notification WHERE kind = 'handover.digest' AND user_id = $1 ORDER BY created_at DESC LIMIT 1`, [rep2.id]);
    expect(digest.payload.commitments.map((c: { description: string }) => c.description)).toContain('5% off the renewal if signed by Friday');
  });
});
