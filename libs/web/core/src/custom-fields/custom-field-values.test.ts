import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  customFieldLabel,
  customFieldsFromForm,
  customFieldsToForm,
  customOptionLabel,
  customValuesOf,
  formatCustomValue,
  type CustomFieldDef,
} from './custom-field-values';

const def = (key: string, type: CustomFieldDef['type'], extra: Partial<CustomFieldDef> = {}): CustomFieldDef => ({
  key,
  label: key,
  labels: {},
  type,
  options: [],
  required: false,
  ...extra,
});

const DEFS = [
  def('note', 'TEXT'),
  def('seats', 'NUMBER'),
  def('renewal', 'DATE'),
  def('region', 'SELECT', { options: ['North', 'South'] }),
  def('tags', 'MULTI_SELECT', { options: ['a', 'b'] }),
  def('vip', 'BOOLEAN'),
  def('budget', 'CURRENCY'),
];

describe('custom field values', () => {
  it('reads the API object defensively', () => {
    expect(customValuesOf({ a: 1 })).toEqual({ a: 1 });
    expect(customValuesOf(null)).toEqual({});
    expect(customValuesOf([1])).toEqual({});
  });

  it('labels a field in the current language, falling back to the main label', () => {
    const field = { label: 'Region', labels: { 'zh-CN': '区域', 'zh-TW': ' ' } };
    expect(customFieldLabel(field, 'zh-CN')).toBe('区域');
    expect(customFieldLabel(field, 'zh-TW')).toBe('Region');
    expect(customFieldLabel(field, 'en')).toBe('Region');
  });

  it('turns stored values into form values and back without loss', () => {
    const stored = {
      note: 'Prefers WeChat',
      seats: 40,
      renewal: '2027-03-31',
      region: 'North',
      tags: ['a', 'b'],
      vip: true,
      budget: { amount: 1200.5, currency: 'USD' },
    };
    const form = customFieldsToForm(DEFS, stored);
    expect(dayjs.isDayjs(form['renewal'])).toBe(true);
    expect(customFieldsFromForm(DEFS, form, 'update')).toEqual(stored);
  });

  it('leaves empty fields out on create, and sends nothing when nothing is filled in', () => {
    const form = customFieldsToForm(DEFS, {});
    expect(form['budget']).toEqual({ amount: null, currency: 'CNY' });
    expect(customFieldsFromForm(DEFS, form, 'create')).toBeUndefined();
    expect(customFieldsFromForm(DEFS, { ...form, note: '  hi ', seats: 0 }, 'create')).toEqual({ note: 'hi', seats: 0 });
  });

  it('stores an untouched required switch as "no" on create, and clears empty fields on update', () => {
    expect(customFieldsFromForm([def('ok', 'BOOLEAN', { required: true })], {}, 'create')).toEqual({ ok: false });
    expect(customFieldsFromForm([def('note', 'TEXT'), def('tags', 'MULTI_SELECT')], { note: ' ', tags: [] }, 'update')).toEqual({
      note: null,
      tags: null,
    });
  });

  it('upper-cases the currency of a money value', () => {
    expect(customFieldsFromForm([def('budget', 'CURRENCY')], { budget: { amount: 5, currency: 'usd' } }, 'update')).toEqual({
      budget: { amount: 5, currency: 'USD' },
    });
  });

  it('formats values for reading', () => {
    const options = {
      yes: 'Yes',
      no: 'No',
      language: 'en',
      formatMoney: (amount: number, currency: string) => `${currency} ${amount}`,
      formatDate: (iso: string) => `on ${iso}`,
    };
    expect(formatCustomValue({ type: 'BOOLEAN' }, false, options)).toBe('No');
    expect(formatCustomValue({ type: 'NUMBER' }, 1234.5, options)).toBe('1,234.5');
    expect(formatCustomValue({ type: 'CURRENCY' }, { amount: 3, currency: 'CNY' }, options)).toBe('CNY 3');
    expect(formatCustomValue({ type: 'DATE' }, '2027-01-02', options)).toBe('on 2027-01-02');
    expect(formatCustomValue({ type: 'MULTI_SELECT' }, ['a', 'b'], options)).toBe('a, b');
    expect(formatCustomValue({ type: 'TEXT' }, '', options)).toBeUndefined();
  });

  it('shows picklist options translated, falling back to the stored option, never zh-CN for zh-TW', () => {
    const segment = { optionLabels: { SMB: { 'zh-CN': '中小企业', 'zh-TW': '中小企業' }, Enterprise: { 'zh-CN': '大型企业' } } };
    expect(customOptionLabel(segment, 'SMB', 'zh-TW')).toBe('中小企業');
    expect(customOptionLabel(segment, 'Enterprise', 'zh-CN')).toBe('大型企业');
    expect(customOptionLabel(segment, 'Enterprise', 'zh-TW')).toBe('Enterprise');
    expect(customOptionLabel(segment, 'Public', 'zh-CN')).toBe('Public');
    expect(customOptionLabel({}, 'SMB', 'zh-CN')).toBe('SMB');
    const zh = { yes: '是', no: '否', language: 'zh-CN', formatMoney: () => undefined, formatDate: () => undefined };
    expect(formatCustomValue({ type: 'SELECT', ...segment }, 'SMB', zh)).toBe('中小企业');
    expect(formatCustomValue({ type: 'MULTI_SELECT', ...segment }, ['SMB', 'Enterprise', 'Other'], zh)).toBe('中小企业, 大型企业, Other');
  });
});
