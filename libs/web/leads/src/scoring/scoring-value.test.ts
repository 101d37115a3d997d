import { i18n, loadLazyMessages } from '@rapport/web-ui';
import { beforeAll, describe, expect, it } from 'vitest';
import { conditionText, operatorsFor, ruleToScoringForm, scoringFormToInput, textToValue, valueKind, valueToText } from './scoring-value';

// The intake screens' words load with them (lazy/lead-intake); these tests read them directly.
beforeAll(async () => {
  await Promise.all(['en', 'zh-CN', 'zh-TW'].map((lng) => loadLazyMessages('lead-intake', lng)));
});

describe('scoring rule values', () => {
  it('turns the typed text into the value each operator needs', () => {
    expect(textToValue(' CEO, CTO，总经理 ,', 'in')).toEqual(['CEO', 'CTO', '总经理']);
    expect(textToValue('200', 'gte')).toBe(200);
    expect(textToValue('lots', 'gte')).toBe('lots');
    expect(textToValue(' web ', 'eq')).toBe('web');
    expect(textToValue('anything', 'exists')).toBeNull();
    expect(valueKind('contains')).toBe('text');
  });

  it('shows stored values as text and round-trips a rule', () => {
    const rule = { __typename: 'ScoringRule' as const, id: 'r1', name: 'Senior title', field: 'title', operator: 'in', value: ['CEO', 'CTO'], points: 20, active: true };
    expect(valueToText(rule.value)).toBe('CEO, CTO');
    expect(valueToText(null)).toBe('');
    expect(scoringFormToInput(ruleToScoringForm(rule), 'r1')).toEqual({ id: 'r1', name: 'Senior title', field: 'title', operator: 'in', value: ['CEO', 'CTO'], points: 20, active: true });
  });

  it('offers number comparisons for counts and sizes, text ones for the rest', () => {
    expect(operatorsFor('employees')).toContain('gte');
    expect(operatorsFor('calls')).not.toContain('contains');
    expect(operatorsFor('title')).toContain('in');
  });

  it('describes the condition in words', () => {
    const t = i18n.getFixedT('en');
    expect(conditionText(t, { field: 'employees', operator: 'gte', value: '200' })).toBe('Employees at least 200');
    expect(conditionText(t, { field: 'emailDomain', operator: 'exists', value: null })).toBe('Business email domain is filled in');
  });
});
