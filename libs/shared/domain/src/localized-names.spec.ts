import { checkNameChange, checkNameTranslations, checkOptionLabels, keepOptionLabels, localizedName, negotiateLocale } from './localized-names';

describe('localizedName', () => {
  const names = { 'zh-CN': '资格确认', 'zh-TW': '資格確認' };

  it('gives the reader their translation', () => {
    expect(localizedName('Qualification', names, 'zh-CN')).toBe('资格确认');
    expect(localizedName('Qualification', names, 'zh-TW')).toBe('資格確認');
  });

  it('falls back to the canonical name, never to the other Chinese script', () => {
    expect(localizedName('Qualification', { 'zh-CN': '资格确认' }, 'zh-TW')).toBe('Qualification');
    expect(localizedName('Qualification', { 'zh-TW': '資格確認' }, 'zh-CN')).toBe('Qualification');
  });

  it('uses the canonical name without a locale, for English without an English translation, and for blank entries', () => {
    expect(localizedName('Qualification', names, null)).toBe('Qualification');
    expect(localizedName('Qualification', names, undefined)).toBe('Qualification');
    expect(localizedName('Qualification', names, 'en')).toBe('Qualification');
    expect(localizedName('Qualification', { 'zh-CN': '  ' }, 'zh-CN')).toBe('Qualification');
    expect(localizedName('Qualification', null, 'zh-CN')).toBe('Qualification');
    expect(localizedName('Qualification', { 'zh-CN': 42 }, 'zh-CN')).toBe('Qualification');
  });

  it('lets a Chinese canonical name have an English translation', () => {
    expect(localizedName('资格确认', { en: 'Qualification' }, 'en')).toBe('Qualification');
  });
});

describe('negotiateLocale', () => {
  it('maps tags to our locales by script, then region', () => {
    expect(negotiateLocale('zh-CN')).toBe('zh-CN');
    expect(negotiateLocale('zh')).toBe('zh-CN');
    expect(negotiateLocale('zh-Hans-SG')).toBe('zh-CN');
    expect(negotiateLocale('zh-TW')).toBe('zh-TW');
    expect(negotiateLocale('zh-HK')).toBe('zh-TW');
    expect(negotiateLocale('zh-Hant')).toBe('zh-TW');
    expect(negotiateLocale('en-GB')).toBe('en');
    expect(negotiateLocale('EN')).toBe('en');
  });

  it('takes the highest quality, ties in the order sent', () => {
    expect(negotiateLocale('en;q=0.5, zh-TW;q=0.9, zh-CN;q=0.8')).toBe('zh-TW');
    expect(negotiateLocale('fr-FR, zh-CN, en')).toBe('zh-CN');
    expect(negotiateLocale(['de', 'en;q=0.3'])).toBe('en');
    expect(negotiateLocale('zh-CN;q=0, en;q=0.1')).toBe('en');
  });

  it('is null when nothing we translate into is asked for', () => {
    expect(negotiateLocale(undefined)).toBeNull();
    expect(negotiateLocale('')).toBeNull();
    expect(negotiateLocale('*')).toBeNull();
    expect(negotiateLocale('fr, de;q=0.8')).toBeNull();
    expect(negotiateLocale('zh-CN;q=0')).toBeNull();
  });
});

describe('checkNameTranslations', () => {
  it('trims, drops blanks and orders by locale', () => {
    const r = checkNameTranslations({ 'zh-TW': ' 資格確認 ', en: '', 'zh-CN': '资格确认', }, 'input.names');
    expect(r.problems).toEqual([]);
    expect(Object.entries(r.names)).toEqual([
      ['zh-CN', '资格确认'],
      ['zh-TW', '資格確認'],
    ]);
    expect(checkNameTranslations({ 'zh-CN': null }, 'input.names')).toEqual({ names: {}, problems: [] });
  });

  it('refuses other locales, non-text and names over 80 characters, by path', () => {
    const r = checkNameTranslations({ fr: 'Qualification', 'zh-CN': 5, 'zh-TW': '資'.repeat(81) }, 'input.names');
    expect(r.problems).toEqual([
      { path: 'input.names.fr', message: 'must be one of: en, zh-CN, zh-TW' },
      { path: 'input.names.zh-CN', message: 'must be text' },
      { path: 'input.names.zh-TW', message: 'must be at most 80 characters' },
    ]);
    expect(r.names).toEqual({});
    // 80 characters are fine, counted as characters rather than UTF-16 units.
    expect(checkNameTranslations({ 'zh-TW': '𠀀'.repeat(80) }, 'p').problems).toEqual([]);
  });

  it('refuses something that is not an object', () => {
    expect(checkNameTranslations(['zh-CN'], 'input.names').problems).toEqual([{ path: 'input.names', message: 'must be an object' }]);
    expect(checkNameTranslations('资格确认', 'input.names').problems).toHaveLength(1);
  });
});

describe('checkNameChange', () => {
  it('trims the canonical name and normalises the translations; what is absent stays unchanged', () => {
    expect(checkNameChange({ name: '  Cloud seat ', names: { 'zh-TW': ' 雲端使用者授權 ', en: ' ' } })).toEqual({ change: { name: 'Cloud seat', names: { 'zh-TW': '雲端使用者授權' } }, problems: [] });
    expect(checkNameChange({ names: {} })).toEqual({ change: { names: {} }, problems: [] });
    expect(checkNameChange({})).toEqual({ change: {}, problems: [] });
  });

  it('refuses a blank or too long name and bad translations at once, under the given path', () => {
    const r = checkNameChange({ name: '   ', names: { 'zh-CN': '座'.repeat(81) } }, 'input');
    expect(r.problems).toEqual([
      { path: 'input.name', message: 'must be 1 to 80 characters' },
      { path: 'input.names.zh-CN', message: 'must be at most 80 characters' },
    ]);
    expect(r.change).toEqual({ names: {} });
    expect(checkNameChange({ name: 'x'.repeat(81) }).problems).toEqual([{ path: 'input.name', message: 'must be 1 to 80 characters' }]);
    // Characters, not UTF-16 units: 80 supplementary-plane characters are a valid name.
    expect(checkNameChange({ name: '𠀀'.repeat(80) }).problems).toEqual([]);
    expect(checkNameChange({ name: null }).problems).toEqual([{ path: 'input.name', message: 'must be 1 to 80 characters' }]);
  });
});

describe('checkOptionLabels', () => {
  const options = ['SMB', 'Enterprise'];

  it('keeps translations of existing options in the options’ order', () => {
    const r = checkOptionLabels(options, { Enterprise: { 'zh-CN': '大型企业' }, SMB: { 'zh-CN': '中小企业', 'zh-TW': '中小企業' } }, 'input.optionLabels');
    expect(r.problems).toEqual([]);
    expect(Object.keys(r.optionLabels)).toEqual(['SMB', 'Enterprise']);
    expect(r.optionLabels['SMB']).toEqual({ 'zh-CN': '中小企业', 'zh-TW': '中小企業' });
  });

  it('refuses labels of options that do not exist and bad translations', () => {
    const r = checkOptionLabels(options, { Huge: { 'zh-CN': '巨型' }, SMB: { ja: '中小企業' } }, 'input.optionLabels');
    expect(r.problems).toEqual([
      { path: 'input.optionLabels.Huge', message: 'must be one of: SMB, Enterprise' },
      { path: 'input.optionLabels.SMB.ja', message: 'must be one of: en, zh-CN, zh-TW' },
    ]);
  });

  it('drops options whose translations are all blank', () => {
    expect(checkOptionLabels(options, { SMB: { 'zh-CN': ' ' }, Enterprise: null }, 'p')).toEqual({ optionLabels: {}, problems: [] });
  });

  it('forgets the labels of removed options', () => {
    expect(keepOptionLabels(['SMB'], { SMB: { 'zh-CN': '中小企业' }, Enterprise: { 'zh-CN': '大型企业' } })).toEqual({ SMB: { 'zh-CN': '中小企业' } });
    expect(keepOptionLabels(['SMB'], null)).toEqual({});
  });
});
