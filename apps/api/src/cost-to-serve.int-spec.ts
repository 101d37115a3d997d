import { AccountTier } from '@rapport/sales-domain';
import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Cost to serve per channel (issue 19 item 6) on real PostgreSQL: prices per handled minute
 * (calls) or per case (mail), the dashboard's cases, minutes and cost per channel and per account
 * tier, over the cases the viewer may read; set-up refusals by field.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
const COST = `query($from: DateTime, $to: DateTime) { serviceDashboard(from: $from, to: $to) { costToServe {
  currency cases handledMinutes cost
  byChannel { channel cases handledMinutes basis rate cost costPerCase }
  byTier { tier cases handledMinutes cost costPerCase } } } }`;
const SET = 'mutation($i: SetServiceChannelCostInput!) { setServiceChannelCost(input: $i) { channel basis amount } }';
type Cost = { currency: string; cases: number; handledMinutes: number; cost: number; byChannel: { channel: string; cases: number; handledMinutes: number; basis: string | null; rate: number | null; cost: number; costPerCase: number | null }[]; byTier: { tier: string | null; cases: number; cost: number }[] };
let manager: ApiClient;
let agent: ApiClient;
let rep: ApiClient;
let repAccount: string;

const cost = async (c: ApiClient, from: Date) => (await c.gqlOk<{ serviceDashboard: { costToServe: Cost } }>(COST, { from: from.toISOString(), to: new Date(Date.now() + 60_000).toISOString() })).serviceDashboard.costToServe;

beforeAll(async () => {
  manager = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceManager })).email);
  const agentUser = await api.ctx.newUser({ role: Role.ServiceAgent });
  agent = await api.signedIn(agentUser.email);
  const repUser = await api.ctx.newUser({ role: Role.SalesRep });
  rep = await api.signedIn(repUser.email);
  repAccount = (await api.ctx.newAccount({ name: 'Key customer', tier: AccountTier.Key, owner: { owner: repUser.id, team: null } })).id;
  const other = (await api.ctx.newAccount({ name: 'Small customer', tier: AccountTier.Small })).id;
  const open = async (accountId: string, channel: string) =>
    (await agent.gqlOk<{ createCase: { case: { id: string } } }>('mutation($i: CreateCaseInput!) { createCase(input: $i) { case { id } } }', { i: { subject: `About ${channel}`, accountId, channel } })).createCase.case.id;
  const call = (caseId: string, durationSeconds: number) => agent.gqlOk('mutation($i: LogCaseCallInput!) { logCaseCall(input: $i) { message { id } } }', { i: { caseId, direction: 'INBOUND', body: 'Talked it through', durationSeconds } });
  const phoneGold = await open(repAccount, 'PHONE');
  await call(phoneGold, 600);
  await call(phoneGold, 300);
  await call(await open(other, 'PHONE'), 90);
  await open(repAccount, 'EMAIL');
  await open(other, 'EMAIL');
  await open(other, 'EMAIL');
});

describe('cost to serve', () => {
  const from = new Date(Date.now() - 3_600_000);

  it('prices calls by the handled minute and mail by the case, per channel and per tier', async () => {
    expect((await manager.gqlOk<{ setServiceChannelCost: unknown[] }>(SET, { i: { channel: 'PHONE', basis: 'MINUTE', amount: 2.5 } })).setServiceChannelCost).toEqual([{ channel: 'PHONE', basis: 'MINUTE', amount: 2.5 }]);
    await manager.gqlOk(SET, { i: { channel: 'EMAIL', basis: 'CASE', amount: 12 } });
    const c = await cost(agent, from);
    expect(c.currency).toBe('CNY');
    // 16.5 minutes of calls × 2.50, and 3 mails × 12.
    expect(c.byChannel.find((r) => r.channel === 'PHONE')).toEqual({ channel: 'PHONE', cases: 2, handledMinutes: 16.5, basis: 'MINUTE', rate: 2.5, cost: 41.25, costPerCase: 20.63 });
    expect(c.byChannel.find((r) => r.channel === 'EMAIL')).toMatchObject({ cases: 3, handledMinutes: 0, basis: 'CASE', cost: 36, costPerCase: 12 });
    expect(c.byChannel.find((r) => r.channel === 'CHAT')).toMatchObject({ cases: 0, basis: null, cost: 0 });
    expect(c.byTier.map((t) => [t.tier, t.cases, t.cost])).toEqual([
      ['key', 2, 37.5 + 12],
      ['small', 3, 3.75 + 24],
    ]);
    expect([c.cases, c.handledMinutes, c.cost]).toEqual([5, 16.5, 77.25]);
  });

  it('counts only the cases the viewer may read (a rep: their own customer’s)', async () => {
    const c = await cost(rep, from);
    expect([c.cases, c.cost]).toEqual([2, 49.5]);
    expect(c.byTier.map((t) => t.tier)).toEqual(['key']);
  });

  it('removes a price, and refuses a bad amount or a missing basis by field; agents may not price', async () => {
    await manager.gqlOk(SET, { i: { channel: 'EMAIL', amount: null } });
    expect((await cost(agent, from)).byChannel.find((r) => r.channel === 'EMAIL')).toMatchObject({ basis: null, cost: 0 });
    const bad = await manager.gql(SET, { i: { channel: 'CHAT', basis: 'MINUTE', amount: 1.005 } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'input.amount' }] });
    const noBasis = await manager.gql(SET, { i: { channel: 'CHAT', amount: 3 } });
    expect(noBasis.errors?.[0]?.extensions).toMatchObject({ fields: [{ path: 'input.basis' }] });
    expect((await agent.gql(SET, { i: { channel: 'CHAT', basis: 'CASE', amount: 3 } })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await agent.gqlOk<{ serviceChannelCosts: { channel: string }[] }>('{ serviceChannelCosts { channel } }')).serviceChannelCosts.map((p) => p.channel)).toEqual(['PHONE']);
  });
});
