import { ChurnBand, LifecycleStage } from './enums';
import { churnBand, lifecycleStage } from './lifecycle';

const base = { purchaseDays: 0, recencyDays: null, churnRisk: null, hasOpenOpportunity: false, subscribed: false };

describe('churnBand', () => {
  it('bands at 0.4 and 0.7', () => {
    expect([0, 0.39, 0.4, 0.69, 0.7, 1].map(churnBand)).toEqual([ChurnBand.Low, ChurnBand.Low, ChurnBand.Medium, ChurnBand.Medium, ChurnBand.High, ChurnBand.High]);
  });
});

describe('lifecycleStage', () => {
  it('places people who never bought by what they are in', () => {
    expect(lifecycleStage(base)).toBe(LifecycleStage.Lead);
    expect(lifecycleStage({ ...base, subscribed: true })).toBe(LifecycleStage.Subscriber);
    expect(lifecycleStage({ ...base, subscribed: true, hasOpenOpportunity: true })).toBe(LifecycleStage.Opportunity);
  });

  it('uses recency for one-time buyers, whom BG/NBD always calls alive', () => {
    expect(lifecycleStage({ ...base, purchaseDays: 1, recencyDays: 30, churnRisk: 0 })).toBe(LifecycleStage.Customer);
    expect(lifecycleStage({ ...base, purchaseDays: 1, recencyDays: 365 })).toBe(LifecycleStage.AtRisk);
    expect(lifecycleStage({ ...base, purchaseDays: 1, recencyDays: 800 })).toBe(LifecycleStage.Lapsed);
  });

  it('uses the churn risk for repeat buyers', () => {
    expect(lifecycleStage({ ...base, purchaseDays: 3, recencyDays: 10, churnRisk: 0.1 })).toBe(LifecycleStage.RepeatCustomer);
    expect(lifecycleStage({ ...base, purchaseDays: 3, recencyDays: 300, churnRisk: 0.75 })).toBe(LifecycleStage.AtRisk);
    expect(lifecycleStage({ ...base, purchaseDays: 3, recencyDays: 900, churnRisk: 0.95 })).toBe(LifecycleStage.Lapsed);
  });
});
