import { channelCostProblems, costToServe, type ChannelUsage } from './cost-to-serve';

const usage: ChannelUsage[] = [
  { channel: 'phone', tier: 'gold', cases: 3, handledSeconds: 1_800 },
  { channel: 'phone', tier: null, cases: 1, handledSeconds: 90 },
  { channel: 'email', tier: 'gold', cases: 10, handledSeconds: 0 },
  { channel: 'chat', tier: 'silver', cases: 2, handledSeconds: 600 },
];

describe('costToServe', () => {
  it('prices phone and chat by the handled minute, mail by the case, and leaves unpriced channels at 0', () => {
    const r = costToServe(usage, [
      { channel: 'phone', basis: 'minute', amount: 2.5 },
      { channel: 'email', basis: 'case', amount: 12 },
      { channel: 'chat', basis: 'minute', amount: 1.2 },
    ]);
    const phone = r.byChannel.find((c) => c.channel === 'phone')!;
    // 31.5 minutes × 2.50 = 78.75 over 4 cases.
    expect(phone).toEqual({ channel: 'phone', cases: 4, handledMinutes: 31.5, basis: 'minute', rate: 2.5, cost: 78.75, costPerCase: 19.69 });
    expect(r.byChannel.find((c) => c.channel === 'email')).toMatchObject({ cases: 10, cost: 120, costPerCase: 12 });
    expect(r.byChannel.find((c) => c.channel === 'chat')).toMatchObject({ handledMinutes: 10, cost: 12 });
    expect(r.byChannel.find((c) => c.channel === 'portal')).toEqual({ channel: 'portal', cases: 0, handledMinutes: 0, basis: null, rate: null, cost: 0, costPerCase: null });
    expect(r.total).toEqual({ cases: 16, handledMinutes: 41.5, cost: 210.75 });
  });

  it('adds up per customer tier, cases without a tier last', () => {
    const r = costToServe(usage, [{ channel: 'phone', basis: 'minute', amount: 2 }, { channel: 'email', basis: 'case', amount: 10 }]);
    expect(r.byTier.map((t) => [t.tier, t.cases, t.cost])).toEqual([
      ['gold', 13, 160],
      ['silver', 2, 0],
      [null, 1, 3],
    ]);
  });

  it('refuses negative amounts and fractions of a fen', () => {
    expect(channelCostProblems(-1, 'input.amount')).toHaveLength(1);
    expect(channelCostProblems(1.005, 'input.amount')).toHaveLength(1);
    expect(channelCostProblems(Number.NaN, 'input.amount')).toHaveLength(1);
    expect(channelCostProblems(12.34, 'input.amount')).toEqual([]);
  });
});
