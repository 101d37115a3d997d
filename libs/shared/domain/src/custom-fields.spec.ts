import { CustomFieldDef, validateCustomFields } from './custom-fields';

const defs: CustomFieldDef[] = [
  { key: 'region_code', type: 'text', required: true, options: [], label: 'Region code' },
  { key: 'seats', type: 'number', required: false, options: [], label: 'Seats' },
  { key: 'renewal', type: 'date', required: false, options: [], label: 'Renewal' },
  { key: 'segment', type: 'select', required: false, options: ['SMB', 'Enterprise'], label: 'Segment' },
  { key: 'channels', type: 'multi_select', required: false, options: ['wechat', 'email'], label: 'Channels' },
  { key: 'vip', type: 'boolean', required: false, options: [], label: 'VIP' },
  { key: 'budget', type: 'currency', required: false, options: [], label: 'Budget' },
];

describe('validateCustomFields', () => {
  it('accepts and normalises good values', () => {
    const r = validateCustomFields(defs, { region_code: 'E1', seats: 20, renewal: '2027-01-31', segment: 'SMB', channels: ['wechat', 'wechat'], vip: true, budget: { amount: 10.005, currency: 'CNY' } }, 'input.customFields', false);
    expect(r.problems).toEqual([]);
    expect(r.values).toEqual({ region_code: 'E1', seats: 20, renewal: '2027-01-31', segment: 'SMB', channels: ['wechat'], vip: true, budget: { amount: 10.01, currency: 'CNY' } });
  });

  it('names every bad field with its path and a readable reason', () => {
    const r = validateCustomFields(defs, { seats: '20', renewal: '31/01/2027', segment: 'Huge', channels: ['fax'], vip: 'yes', budget: 5, nope: 1 }, 'input.customFields', false);
    expect(r.problems.map((p) => p.path).sort()).toEqual(
      ['budget', 'channels', 'nope', 'region_code', 'renewal', 'seats', 'segment', 'vip'].map((k) => `input.customFields.${k}`),
    );
    expect(r.problems.find((p) => p.path.endsWith('segment'))?.message).toBe('Segment must be one of: SMB, Enterprise.');
  });

  it('on updates checks only what is sent and lets optional values be cleared', () => {
    expect(validateCustomFields(defs, { seats: null }, 'f', true)).toEqual({ values: { seats: null }, problems: [] });
    expect(validateCustomFields(defs, { region_code: null }, 'f', true).problems[0].message).toBe('Region code is required.');
  });
});
