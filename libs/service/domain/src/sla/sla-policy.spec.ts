import { period, weekdays } from '@rapport/shared-domain';
import { slaClocks } from './sla-clock';
import { policyProblems, targetsFor, type SlaPolicyTerms } from './sla-policy';

const GOLD: SlaPolicyTerms = {
  targets: { urgent: { firstResponse: 30, nextResponse: 60, resolution: 240 }, normal: { firstResponse: 240, nextResponse: null, resolution: 2400 } },
  warnAtPercent: 75,
};

describe('service SLA policies', () => {
  it('accepts sound terms and names each problem by path', () => {
    expect(policyProblems(GOLD)).toEqual([]);
    expect(
      policyProblems({ targets: { high: { firstResponse: 600, nextResponse: 0, resolution: 120 }, low: { firstResponse: 1.5, nextResponse: null, resolution: 10 ** 9 } }, warnAtPercent: 100 }),
    ).toEqual([
      { path: 'targets.low.firstResponse', message: 'must be whole minutes between 1 and a year' },
      { path: 'targets.low.resolution', message: 'must be whole minutes between 1 and a year' },
      { path: 'targets.high.nextResponse', message: 'must be whole minutes between 1 and a year' },
      { path: 'targets.high.firstResponse', message: 'must not be later than the resolution' },
      { path: 'warnAtPercent', message: 'must be a whole percent between 1 and 99' },
    ]);
    expect(policyProblems({ targets: {}, warnAtPercent: 75 })).toEqual([{ path: 'targets', message: 'give at least one target' }]);
  });

  it('gives the clock the targets of the case’s priority, and none for a priority it does not cover', () => {
    expect(targetsFor(GOLD, 'urgent')).toEqual({ firstResponse: 30, nextResponse: 60, resolution: 240, warnAtPercent: 75 });
    const cal = { timeZone: 'Asia/Shanghai', week: weekdays([period('09:00-17:00')]) };
    const created = new Date('2026-12-01T09:00:00+08:00');
    const clocks = slaClocks([{ at: created, kind: 'created', targets: targetsFor(GOLD, 'low') }], cal, created);
    expect(clocks).toEqual([]);
    expect(slaClocks([{ at: created, kind: 'created', targets: targetsFor(GOLD, 'normal') }], cal, created).map((c) => c.kind)).toEqual(['first_response', 'resolution']);
  });
});
