import { entitlementFor, entitlementProblems, inForce, type EntitlementTerms } from './entitlement';

const contract = (id: string, over: Partial<EntitlementTerms> = {}): EntitlementTerms => ({
  id,
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  productIds: [],
  visitsTotal: null,
  visitsUsed: 0,
  hoursTotal: null,
  hoursUsed: 0,
  policyId: `policy-${id}`,
  ...over,
});

describe('entitlements', () => {
  it('is in force from its first to its last day, until what it counts is used up', () => {
    const c = contract('a', { visitsTotal: 2, visitsUsed: 1 });
    expect(['2025-12-31', '2026-01-01', '2026-12-31', '2027-01-01'].map((d) => inForce(c, d))).toEqual([false, true, true, false]);
    expect(inForce({ ...c, visitsUsed: 2 }, '2026-06-01')).toBe(false);
    expect(inForce(contract('b', { endsOn: null }), '2030-01-01')).toBe(true);
  });

  it('serves a case under the contract naming its product, else the newest covering everything', () => {
    const all = contract('all');
    const renewal = contract('renewal', { startsOn: '2026-07-01' });
    const pumps = contract('pumps', { productIds: ['pump'] });
    const expired = contract('old', { productIds: ['pump'], endsOn: '2026-03-31' });
    expect(entitlementFor([all, renewal, pumps, expired], '2026-08-01', 'pump')?.id).toBe('pumps');
    expect(entitlementFor([all, renewal, pumps, expired], '2026-08-01', 'valve')?.id).toBe('renewal');
    expect(entitlementFor([all, renewal], '2026-03-01', null)?.id).toBe('all');
    expect(entitlementFor([pumps], '2026-08-01', null)).toBeNull();
    expect(entitlementFor([], '2026-08-01', 'pump')).toBeNull();
  });

  it('names impossible terms by path', () => {
    expect(entitlementProblems({ ...contract('x'), endsOn: '2025-01-01', visitsTotal: 3, visitsUsed: 4, hoursTotal: -1, hoursUsed: -2 })).toEqual([
      { path: 'endsOn', message: 'must not be before the start' },
      { path: 'visitsUsed', message: 'must not be more than the total' },
      { path: 'hoursTotal', message: 'must not be negative' },
      { path: 'hoursUsed', message: 'must not be negative' },
    ]);
    expect(entitlementProblems(contract('ok'))).toEqual([]);
  });
});
