import { checkPicklistEntryInput, checkPicklistValue, picklistLabel, type PicklistEntry } from './picklists';

const entries: PicklistEntry[] = [
  { value: 'Energy', names: { 'zh-CN': '能源', 'zh-TW': '能源' }, position: 10, active: true },
  { value: 'Software', names: { 'zh-CN': '软件' }, position: 20, active: true },
  { value: 'Coal', names: {}, position: 30, active: false },
];

describe('checkPicklistValue', () => {
  it('takes an active configured value, trimmed, and clears on empty', () => {
    expect(checkPicklistValue('industry', entries, ' Energy ', null, 'input.industry')).toEqual({ value: 'Energy', problem: null });
    expect(checkPicklistValue('industry', entries, '', 'Energy', 'input.industry')).toEqual({ value: null, problem: null });
    expect(checkPicklistValue('industry', entries, null, 'Energy', 'input.industry')).toEqual({ value: null, problem: null });
  });

  it('keeps a retired value on the record that has it, and refuses it elsewhere', () => {
    expect(checkPicklistValue('industry', entries, 'Coal', 'Coal', 'input.industry').problem).toBeNull();
    expect(checkPicklistValue('industry', entries, 'Coal', 'Energy', 'input.industry').problem?.path).toBe('input.industry');
  });

  it('is exact: another case or a translation is not the value', () => {
    expect(checkPicklistValue('industry', entries, 'energy', null, 'p').problem).not.toBeNull();
    expect(checkPicklistValue('industry', entries, '能源', null, 'p').problem).not.toBeNull();
  });

  it('names the active values it would take, or says none are configured', () => {
    expect(checkPicklistValue('industry', entries, 'Toys', null, 'p').problem?.message).toBe('Choose one of the configured values (Energy, Software).');
    expect(checkPicklistValue('territory', [], 'North', null, 'p').problem?.message).toMatch(/^No values are configured/);
    const many = Array.from({ length: 14 }, (_, i): PicklistEntry => ({ value: `V${i}`, names: {}, position: i, active: true }));
    expect(checkPicklistValue('industry', many, 'x', null, 'p').problem?.message).toBe(`Choose one of the configured values (${many.slice(0, 12).map((e) => e.value).join(', ')}, …).`);
  });
});

describe('picklistLabel', () => {
  it('reads the translation of the reader’s locale, else the value (no fallback across scripts)', () => {
    expect(picklistLabel(entries, 'Software', 'zh-CN')).toBe('软件');
    expect(picklistLabel(entries, 'Software', 'zh-TW')).toBe('Software');
    expect(picklistLabel(entries, 'Gone', 'zh-CN')).toBe('Gone');
    expect(picklistLabel(entries, 'Energy', null)).toBe('Energy');
  });
});

describe('checkPicklistEntryInput', () => {
  it('trims the value and the translations, and lists every problem at once', () => {
    expect(checkPicklistEntryInput({ value: ' Retail ', names: { 'zh-CN': ' 零售 ', en: '' } })).toEqual({ value: 'Retail', names: { 'zh-CN': '零售' }, problems: [] });
    const bad = checkPicklistEntryInput({ value: ' ', names: { xx: 'a' }, position: 1.5 });
    expect(bad.problems.map((p) => p.path)).toEqual(['input.value', 'input.names.xx', 'input.position']);
    expect(checkPicklistEntryInput({ value: 'x'.repeat(81) }).problems.map((p) => p.path)).toEqual(['input.value']);
  });
});
