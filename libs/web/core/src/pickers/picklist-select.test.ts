import { describe, expect, it } from 'vitest';
import { picklistOptions } from '../records/record-catalogue';
import { picklistValueLabel } from './picklist-select';

const values = [
  { __typename: 'PicklistValue' as const, value: 'Software', label: 'Software', names: { 'zh-CN': '软件', 'zh-TW': '軟體' }, position: 10, active: true },
  { __typename: 'PicklistValue' as const, value: 'Energy', label: 'Energy', names: { 'zh-CN': '能源' }, position: 20, active: true },
];

describe('picklist labels', () => {
  it('read the UI language’s translation, else the stored value (no fallback between the Chinese scripts)', () => {
    expect(picklistValueLabel(values, 'Software', 'zh-TW')).toBe('軟體');
    expect(picklistValueLabel(values, 'Energy', 'zh-TW')).toBe('Energy');
    expect(picklistValueLabel(values, 'Energy', 'zh-CN')).toBe('能源');
    // A value no longer configured still shows, as stored.
    expect(picklistValueLabel(values, 'Whaling', 'zh-CN')).toBe('Whaling');
  });

  it('give the filter builder each picklist field of a record type its values, labelled', () => {
    const options = picklistOptions(
      'account',
      (list) => (list === 'industry' ? values : []),
      (_list, v) => picklistValueLabel(values, v, 'zh-CN'),
    );
    expect(Object.keys(options).sort()).toEqual(['industry', 'territory']);
    expect(options.industry).toEqual([
      { value: 'Software', label: '软件' },
      { value: 'Energy', label: '能源' },
    ]);
    expect(options.territory).toEqual([]);
  });
});
