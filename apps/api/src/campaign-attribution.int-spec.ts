import { ATTRIBUTION_MODELS, splitAmount, type AttributionModel } from '@rapport/marketing-domain';
import { AttributionRepository } from '@rapport/marketing-data';
import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Attribution and return (issue 14): won deals split among the campaigns whose responses touched
 * them, under four models, each deal's shares adding up to its amount; the influence window's
 * edges; ROI undefined without cost; and the SQL split equal to the pure rule on random deals.
 */
const api = useTestApi();
let marketer: ApiClient;
const T0 = new Date('2026-06-01T00:00:00Z');
const before = (days: number, ms = 0) => new Date(T0.getTime() - days * 86_400_000 - ms);
const ROI = 'roi(model: $model) { wonAmount wonDeals opportunities pipelineAmount leads roi actualCost }';

type Roi = { wonAmount: number; wonDeals: number; opportunities: number; pipelineAmount: number; leads: number; roi: number | null; actualCost: number };
async function roiOf(id: string, model: string): Promise<Roi> {
  return (await marketer.gqlOk<{ campaign: { roi: Roi } }>(`query($id: ID!, $model: AttributionModel!) { campaign(id: $id) { ${ROI} } }`, { id, model })).campaign.roi;
}

const member = (campaignId: string, person: { contactId?: string; leadId?: string }, respondedAt: Date) => api.ctx.insertRow('campaign_member', { campaignId, status: 'responded', respondedAt, ...person });
const wonDeal = (accountId: string, amount: string, createdAt = T0) => api.ctx.newOpportunity({ accountId, amount, stageName: 'Closed Won', createdAt });

beforeAll(async () => {
  marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
});

describe('three won deals touched by overlapping campaigns', () => {
  const c: Record<'A' | 'B' | 'C' | 'P', string> = { A: '', B: '', C: '', P: '' };
  let deal1 = '';

  beforeAll(async () => {
    c.P = (await api.ctx.newCampaign({ name: 'Parent of A and C' })).id;
    c.A = (await api.ctx.newCampaign({ name: 'A', parentCampaignId: c.P })).id;
    c.B = (await api.ctx.newCampaign({ name: 'B' })).id;
    c.C = (await api.ctx.newCampaign({ name: 'C', parentCampaignId: c.P })).id;
    await api.ctx.insertRow('campaign_cost', { campaignId: c.A, incurredOn: '2026-04-01', category: 'Booth', amount: '500.00', currency: 'CNY' });
    await api.ctx.insertRow('campaign_cost', { campaignId: c.C, incurredOn: '2026-04-01', category: 'Media', amount: '1000.00', currency: 'CNY' });

    // Deal 1 (1,000.00 at X): A 30 days before, B 20, C 10.
    const x = await api.ctx.newAccount({});
    const [x1, x2] = [await api.ctx.newContact({ accountId: x.id }), await api.ctx.newContact({ accountId: x.id })];
    await member(c.A, { contactId: x1.id }, before(30));
    await member(c.B, { contactId: x2.id }, before(20));
    await member(c.C, { contactId: x1.id }, before(10));
    deal1 = (await wonDeal(x.id, '1000.00')).id;
    // An open deal at X, touched by the same responses: influenced, in the pipeline.
    await api.ctx.newOpportunity({ accountId: x.id, amount: '2000.00', stageName: 'Proposal', createdAt: T0 });
    // Deal 2 (100.01 at Y): B 5 days before, then A 1 day before.
    const y = await api.ctx.newAccount({});
    const y1 = await api.ctx.newContact({ accountId: y.id });
    await member(c.B, { contactId: y1.id }, before(5));
    await member(c.A, { contactId: y1.id }, before(1));
    await wonDeal(y.id, '100.01');
    // Deal 3 (500.00 at Z): a lead that became Z's contact responded to C exactly 90 days before (in);
    // the contact itself responded to A 90 days and 1 ms before (out).
    const z = await api.ctx.newAccount({});
    const z1 = await api.ctx.newContact({ accountId: z.id });
    const lz = await api.ctx.newLead({ status: 'converted', convertedContactId: z1.id, convertedAccountId: z.id });
    await member(c.C, { leadId: lz.id }, before(90));
    await member(c.A, { contactId: z1.id }, before(90, 1));
    await wonDeal(z.id, '500.00');
  });

  it.each<[string, Record<'A' | 'B' | 'C', number>, Record<'A' | 'B' | 'C', number>]>([
    // first touch: deal 1 → A, deal 2 → B, deal 3 → C.
    ['FIRST_TOUCH', { A: 1000, B: 100.01, C: 500 }, { A: 1, B: 1, C: 1 }],
    // last touch: deal 1 → C, deal 2 → A, deal 3 → C.
    ['LAST_TOUCH', { A: 100.01, B: 0, C: 1500 }, { A: 1, B: 0, C: 2 }],
    // even: deal 1 is 100000 cents / 3 = 33333 r1 each, the extra cent to the earliest (A); deal 2 is
    // 10001 / 2 = 5000 r1 each, the cent to the earlier (B). A = 333.34 + 50.00, B = 333.33 + 50.01, C = 333.33 + 500.
    ['EVEN', { A: 383.34, B: 383.34, C: 833.33 }, { A: 2, B: 2, C: 2 }],
    // position-based: deal 1 is 40/20/40 → 400, 200, 400; deal 2 (two touches) as even.
    ['POSITION_BASED', { A: 450, B: 250.01, C: 900 }, { A: 2, B: 2, C: 2 }],
  ])('%s splits each deal to the cent', async (model, won, deals) => {
    const got = { A: await roiOf(c.A, model), B: await roiOf(c.B, model), C: await roiOf(c.C, model) };
    expect({ A: got.A.wonAmount, B: got.B.wonAmount, C: got.C.wonAmount }).toEqual(won);
    expect({ A: got.A.wonDeals, B: got.B.wonDeals, C: got.C.wonDeals }).toEqual(deals);
    // Every won cent lands somewhere once: 1,000.00 + 100.01 + 500.00.
    expect(Math.round((got.A.wonAmount + got.B.wonAmount + got.C.wonAmount) * 100)).toBe(160_001);
  });

  it('counts influenced opportunities and the open pipeline, and reports ROI undefined without cost', async () => {
    const a = await roiOf(c.A, 'EVEN');
    // A touched deals 1 and 2 and the open deal (its response at Z was outside deal 3's window).
    expect(a).toMatchObject({ opportunities: 3, pipelineAmount: 2000, actualCost: 500, roi: -0.2333 });
    expect(await roiOf(c.B, 'EVEN')).toMatchObject({ actualCost: 0, roi: null, opportunities: 3 });
    // C's lead member is one lead: 1000 spent → cost per lead 1000.
    expect(await roiOf(c.C, 'EVEN')).toMatchObject({ leads: 1, roi: -0.1667 });
  });

  it('reports each campaign’s own figures per channel and in total, for the campaigns of a period', async () => {
    // These campaigns, moved to a year nothing else starts in; A and C are events, B digital, P none.
    await api.ctx.ds.query(`UPDATE campaign SET start_date = '2031-02-01', channel = CASE WHEN id = $2::uuid THEN 'Digital' WHEN id = $3::uuid THEN NULL ELSE 'Events' END WHERE id = ANY($1::uuid[])`, [[c.A, c.B, c.C, c.P], c.B, c.P]);
    type Row = { wonAmount: number; actualCost: number; roi: number | null };
    const r = await marketer.gqlOk<{ marketingReport: { campaigns: (Row & { campaign: { name: string } })[]; channels: (Row & { channel: string | null; campaigns: number })[]; total: Row } }>(
      `{ marketingReport(from: "2031-01-01", to: "2031-12-31", model: EVEN) { campaigns { campaign { name } wonAmount actualCost roi } channels { channel campaigns wonAmount actualCost roi } total { wonAmount actualCost roi } } }`,
    );
    const report = r.marketingReport;
    expect(report.campaigns.map((x) => [x.campaign.name, x.wonAmount, x.actualCost, x.roi])).toEqual([
      ['C', 833.33, 1000, -0.1667],
      ['A', 383.34, 500, -0.2333],
      ['B', 383.34, 0, null],
      ['Parent of A and C', 0, 0, null],
    ]);
    // Events = A + C: 1216.67 won for 1500 spent; total 1600.01 for 1500: ROI 0.0667.
    expect(report.channels).toEqual([
      { channel: 'Events', campaigns: 2, wonAmount: 1216.67, actualCost: 1500, roi: -0.1889 },
      { channel: 'Digital', campaigns: 1, wonAmount: 383.34, actualCost: 0, roi: null },
      { channel: null, campaigns: 1, wonAmount: 0, actualCost: 0, roi: null },
    ]);
    expect(report.total).toEqual({ wonAmount: 1600.01, actualCost: 1500, roi: 0.0667 });
    const agent = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
    expect((await agent.gql('{ marketingReport { total { roi } } }')).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    for (const bad of ['soon', '', '2026-02-30']) {
      const r = await marketer.gql('query R($from: String) { marketingReport(from: $from) { total { roi } } }', { from: bad });
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'from' }] });
    }
  });

  it('shows on the deal which campaign responses touched it, oldest first', async () => {
    const r = await marketer.gqlOk<{ opportunity: { campaigns: { campaign: { name: string }; respondedAt: string }[] } }>(`query($id: ID!) { opportunity(id: $id) { campaigns { campaign { name } respondedAt } } }`, { id: deal1 });
    expect(r.opportunity.campaigns).toEqual([
      { campaign: { name: 'A' }, respondedAt: before(30).toISOString() },
      { campaign: { name: 'B' }, respondedAt: before(20).toISOString() },
      { campaign: { name: 'C' }, respondedAt: before(10).toISOString() },
    ]);
  });

  it('rolls the return of sub-campaigns into their parent', async () => {
    // P = A + C under even: 383.34 + 833.33 = 1216.67 won, 1500 spent, deals 1, 2 and 3.
    expect(await roiOf(c.P, 'EVEN')).toMatchObject({ wonAmount: 1216.67, actualCost: 1500, wonDeals: 3, roi: -0.1889 });
  });
});

describe('the funnel', () => {
  it('counts who reached sales after responding, with median hours, and drills into each step', async () => {
    const e = await api.ctx.newCampaign({ name: 'Funnel expo' });
    const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);
    const person = async () => {
      const account = await api.ctx.newAccount({});
      return { account, contact: await api.ctx.newContact({ accountId: account.id }) };
    };
    const [p1, p2, p3, p4, p5] = [await person(), await person(), await person(), await person(), await person()];
    const lead3 = await api.ctx.newLead({ status: 'converted', convertedContactId: p3.contact.id, convertedAccountId: p3.account.id });
    await member(e.id, { contactId: p1.contact.id }, T0);
    await member(e.id, { contactId: p2.contact.id }, T0);
    await member(e.id, { leadId: lead3.id }, T0);
    await api.ctx.insertRow('campaign_member', { campaignId: e.id, contactId: p4.contact.id, status: 'sent' });
    await member(e.id, { contactId: p5.contact.id }, T0);
    // Activities: 2 h, 4 h and 6 h after the response (the third with the contact the lead became); one before a response does not count.
    await api.ctx.newActivity({ contactId: p1.contact.id, occurredAt: at(2) });
    await api.ctx.newActivity({ contactId: p2.contact.id, occurredAt: at(4) });
    await api.ctx.newActivity({ contactId: p3.contact.id, occurredAt: at(6) });
    await api.ctx.newActivity({ contactId: p5.contact.id, occurredAt: at(-1) });
    // Opportunities 24 h (won 48 h after the response) and 72 h after.
    await api.ctx.newOpportunity({ accountId: p1.account.id, stageName: 'Closed Won', createdAt: at(24), stageChangedAt: at(48) });
    await api.ctx.newOpportunity({ accountId: p3.account.id, stageName: 'Proposal', createdAt: at(72) });
    const r = await marketer.gqlOk<{ campaign: { funnel: { step: string; count: number; medianHours: number | null }[]; members: { edges: { node: { contact: { id: string } | null; lead: { id: string } | null } }[] } } }>(
      `query($id: ID!) { campaign(id: $id) { funnel { step count medianHours } members(reached: OPPORTUNITY) { edges { node { contact { id } lead { id } } } } } }`,
      { id: e.id },
    );
    expect(r.campaign.funnel).toEqual([
      { step: 'MEMBER', count: 5, medianHours: null },
      { step: 'RESPONDED', count: 4, medianHours: null },
      { step: 'CONTACTED', count: 3, medianHours: 4 },
      { step: 'OPPORTUNITY', count: 2, medianHours: 48 },
      { step: 'WON', count: 1, medianHours: 48 },
    ]);
    expect(r.campaign.members.edges.map((x) => x.node.contact?.id ?? x.node.lead?.id).sort()).toEqual([p1.contact.id, lead3.id].sort());
  });
});

describe('the SQL split', () => {
  it('equals the pure rule on random deals, for every model', async () => {
    // A small seeded generator, so a failure can be replayed.
    let seed = 20261205;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const campaigns = await Promise.all(Array.from({ length: 5 }, (_, i) => api.ctx.newCampaign({ name: `Random ${i}` }).then((x) => x.id)));
    const deals: { id: string; amount: string }[] = [];
    for (let d = 0; d < 25; d++) {
      const account = await api.ctx.newAccount({});
      const touches = Math.floor(rnd() * 7);
      for (let t = 0; t < touches; t++) {
        const contact = await api.ctx.newContact({ accountId: account.id });
        // Some touches share a time, so the campaign id breaks the tie.
        await member(campaigns[Math.floor(rnd() * campaigns.length)]!, { contactId: contact.id }, before(Math.floor(rnd() * 4) * 7));
      }
      const cents = d === 0 ? 1 : Math.floor(rnd() * 10 ** (2 + Math.floor(rnd() * 9)));
      const amount = (cents / 100).toFixed(2);
      deals.push({ id: (await wonDeal(account.id, amount)).id, amount });
    }
    const repo = new AttributionRepository();
    const touches = await repo.touches(api.ctx.ds.manager, deals.map((d) => d.id), 90);
    for (const model of ATTRIBUTION_MODELS as readonly AttributionModel[]) {
      const sql = await repo.shares(api.ctx.ds.manager, deals.map((d) => d.id), model, 90);
      for (const deal of deals) {
        const pure = splitAmount(deal.amount, touches.filter((t) => t.dealId === deal.id), model).map((s) => [s.campaignId, s.amount]);
        const fromSql = sql.filter((s) => s.dealId === deal.id).map((s) => [s.campaignId, (Number(s.cents) / 100).toFixed(2)]);
        expect([model, deal.id, fromSql.sort()]).toEqual([model, deal.id, pure.sort()]);
      }
    }
  });
});
