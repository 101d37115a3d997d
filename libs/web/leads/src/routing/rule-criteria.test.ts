import { i18n, loadLazyMessages } from '@rapport/web-ui';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanList, criteriaPhrases, formToCriteria, formToRuleInput, ruleToForm } from './rule-criteria';

// The intake screens' words load with them (lazy/lead-intake); these tests read them directly.
beforeAll(async () => {
  await Promise.all(['en', 'zh-CN', 'zh-TW'].map((lng) => loadLazyMessages('lead-intake', lng)));
});

const rule = {
  name: 'China web leads',
  active: true,
  distribution: 'least_loaded',
  targetUserId: null,
  targetTeamId: 'team-1',
  criteria: {
    __typename: 'RoutingCriteriaModel' as const,
    sources: ['web', 'event'],
    campaigns: null,
    countries: ['CN'],
    regions: null,
    productInterests: null,
    languages: null,
    minScore: 50,
    maxScore: null,
    minEmployees: null,
    maxEmployees: 500,
  },
};

describe('routing rule criteria ↔ form values', () => {
  it('round-trips a rule: lists, open range ends, team target', () => {
    const values = ruleToForm(rule);
    expect(values).toMatchObject({ sources: ['web', 'event'], countries: ['CN'], campaigns: [], minScore: 50, maxScore: null, targetKind: 'team' });
    expect(formToRuleInput(values, 'r1')).toEqual({
      id: 'r1',
      name: 'China web leads',
      active: true,
      criteria: { sources: ['web', 'event'], countries: ['CN'], minScore: 50, maxEmployees: 500 },
      targetUserId: null,
      targetTeamId: 'team-1',
      distribution: 'least_loaded',
    });
  });

  it('a new rule matches any lead and goes to a team round-robin', () => {
    const values = ruleToForm();
    expect(formToCriteria(values)).toEqual({});
    expect(values).toMatchObject({ targetKind: 'team', distribution: 'round_robin', active: true });
  });

  it('sends only the chosen target', () => {
    const values = { ...ruleToForm(rule), targetKind: 'user' as const, targetUserId: 'u-1' };
    expect(formToRuleInput(values)).toMatchObject({ targetUserId: 'u-1', targetTeamId: null });
    expect(formToRuleInput(values)).not.toHaveProperty('id');
  });

  it('cleans typed values: trims, drops blanks and case-insensitive repeats', () => {
    expect(cleanList([' CN ', 'cn', '', 'US', '  '])).toEqual(['CN', 'US']);
    expect(formToCriteria({ regions: ['  '], minScore: 10.4, maxScore: undefined })).toEqual({ minScore: 10 });
  });

  it('describes the criteria in words', () => {
    const t = i18n.getFixedT('en');
    expect(criteriaPhrases(t, rule.criteria)).toEqual(['Source: Website, Event', 'Country: CN', 'Score ≥ 50', 'Employees ≤ 500']);
    expect(criteriaPhrases(t, {})).toEqual(['Any lead']);
    expect(criteriaPhrases(t, { minScore: 20, maxScore: 80 })).toEqual(['Score: 20–80']);
  });
});
