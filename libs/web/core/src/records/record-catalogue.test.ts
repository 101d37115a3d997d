import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { detailFieldsOf, fieldLabelKey, filterFieldsOf, formFieldsOf, formRulesOf, formValuesOf, recordField, recordInputOf } from './record-catalogue';

const t = ((key: string) => `t:${key}`) as unknown as TFunction;

describe('the web catalogue of accounts', () => {
  it('offers the editable fields with a generic control, and not the owner or references', () => {
    expect(formFieldsOf('account').map((f) => f.name)).toEqual(['name', 'industry', 'tier', 'territory', 'website', 'taxId', 'phone', 'annualRevenue', 'employeeCount']);
  });

  it('turns form values into the API input: trimmed texts, blanks cleared, numbers as given', () => {
    expect(recordInputOf('account', { name: '  Acme ', industry: '   ', tier: 'KEY', employeeCount: 12, annualRevenue: undefined })).toEqual({
      name: 'Acme',
      industry: null,
      tier: 'KEY',
      territory: null,
      website: null,
      taxId: null,
      phone: null,
      annualRevenue: null,
      employeeCount: 12,
    });
  });

  it('starts the form from a record, absent texts undefined so placeholders show', () => {
    const values = formValuesOf('account', { name: 'Acme', industry: null, tier: 'KEY', annualRevenue: 5 });
    expect(values).toMatchObject({ name: 'Acme', industry: undefined, tier: 'KEY', annualRevenue: 5, employeeCount: null });
  });

  it('derives the API’s rules for a field', () => {
    expect(formRulesOf(recordField('account', 'name')!, t)).toEqual([
      { required: true, whitespace: true, message: 't:validation.required' },
      { max: 200, message: 't:validation.maxLength' },
    ]);
    expect(formRulesOf(recordField('account', 'website')!, t)).toEqual([{ type: 'url', message: 't:validation.url' }]);
  });

  it('builds the filter builder’s fields; the tier keeps the stored values its text filter compares', () => {
    const fields = filterFieldsOf('account', t);
    expect(fields.map((f) => [f.id, f.kind])).toEqual([
      ['ownerId', 'user'],
      ['createdAt', 'datetime'],
      ['updatedAt', 'datetime'],
      ['name', 'text'],
      ['industry', 'text'],
      ['tier', 'select'],
      ['territory', 'text'],
      ['website', 'text'],
      ['taxId', 'text'],
    ]);
    expect(fields.find((f) => f.id === 'tier')?.options?.[0]).toEqual({ value: 'strategic', label: 't:accountTier.STRATEGIC' });
    expect(fields.find((f) => f.id === 'name')?.nullable).toBe(false);
  });

  it('lists detail rows with owner and creation last, and labels audited fields by their definition', () => {
    expect(detailFieldsOf('account', ['name']).map((f) => f.name)).toEqual(['industry', 'tier', 'territory', 'website', 'taxId', 'phone', 'parentAccountId', 'annualRevenue', 'employeeCount', 'ownerId', 'createdAt']);
    expect(fieldLabelKey('employeeCount')).toBe('accounts.fields.employeeCount');
    expect(fieldLabelKey('noSuchField')).toBeNull();
  });
});

describe('the web catalogue of contacts', () => {
  it('offers the closed list of languages as a select, labelled by the page', () => {
    const locale = filterFieldsOf('contact', t, (_f, v) => `lang:${v}`).find((f) => f.id === 'locale');
    expect(locale).toMatchObject({ kind: 'select', nullable: false, options: [{ value: 'en', label: 'lang:en' }, { value: 'zh-CN', label: 'lang:zh-CN' }, { value: 'zh-TW', label: 'lang:zh-TW' }] });
    // The email filter matches any address and has no "is empty" (an empty list is not null).
    expect(filterFieldsOf('contact', t).find((f) => f.id === 'email')).toMatchObject({ kind: 'text', nullable: false });
  });
});

describe('the web catalogue of leads', () => {
  it('keeps a blank first name as empty text (the field is never null) and a blank company as null', () => {
    const input = recordInputOf('lead', { firstName: '  ', lastName: ' Wu ', company: ' ', source: 'WEB' });
    expect(input).toMatchObject({ firstName: '', lastName: 'Wu', company: null, source: 'WEB' });
  });

  it('offers the status on edit only: a new lead starts as new', () => {
    expect(formFieldsOf('lead').map((f) => f.name)).not.toContain('status');
    expect(formFieldsOf('lead', 'update').map((f) => f.name)).toContain('status');
    expect(Object.keys(recordInputOf('lead', { lastName: 'Wu', status: 'WORKING' }, 'update'))).toContain('status');
  });
});
