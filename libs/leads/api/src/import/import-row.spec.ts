import { normalizeCompanyName, normalizePersonName, normalizePhone } from '@rapport/sales-domain';
import { planMapping } from './import-fields';
import { copyLine, duplicateReason, prepareRow } from './import-row';

const columns = ['First', 'Last', 'Company', 'Email', 'Phone', 'Status', 'Source', 'Employees', 'Notes', 'Title'];
const plan = planMapping(columns, [
  { column: 'First', field: 'firstName' },
  { column: 'Last', field: 'lastName' },
  { column: 'Company', field: 'company' },
  { column: 'Email', field: 'email' },
  { column: 'Phone', field: 'phone' },
  { column: 'Status', field: 'status' },
  { column: 'Source', field: 'source' },
  { column: 'Employees', field: 'employees' },
  { column: 'Notes', field: 'message' },
  { column: 'Title', field: 'title' },
]);
const row = (o: Partial<Record<(typeof columns)[number], string>>) => columns.map((c) => o[c] ?? '');

describe('prepareRow', () => {
  it('normalises with the same functions as the sales services and fills the defaults', () => {
    const r = prepareRow(row({ First: ' Ｍｉｎ ', Last: 'WANG', Company: '华为技术有限公司', Email: ' Min.Wang@Example.COM ', Phone: '138 0013 8000', Employees: '1,200' }), plan);
    expect(r.errors).toEqual([]);
    expect(r.values).toMatchObject({
      first_name: 'Ｍｉｎ',
      last_name: 'WANG',
      name_normalized: normalizePersonName('Ｍｉｎ', 'WANG'),
      company: '华为技术有限公司',
      company_normalized: normalizeCompanyName('华为技术有限公司'),
      email: 'min.wang@example.com',
      phone: '138 0013 8000',
      phone_normalized: normalizePhone('138 0013 8000'),
      source: 'import',
      status: 'new',
      employees: 1200,
      errors: null,
      outcome: null,
    });
  });

  it('accepts enum values in any case', () => {
    expect(prepareRow(row({ Last: 'Li', Status: 'Working', Source: 'TRADE SHOW' }), plan).errors.map((e) => e.column)).toEqual(['Source']);
    expect(prepareRow(row({ Last: 'Li', Status: 'NURTURING', Source: 'Partner' }), plan).values).toMatchObject({ status: 'nurturing', source: 'partner' });
  });

  it('reports every problem of a row with its column, value and reason', () => {
    const r = prepareRow(row({ First: 'Ann', Email: 'ann@', Phone: 'call me', Status: 'converted', Employees: 'many', Title: 'x'.repeat(121) }), plan);
    expect(r.errors).toEqual([
      { column: 'Title', value: expect.stringMatching(/^x{97}…$/), reason: 'Longer than 120 characters.' },
      { column: 'Last', value: null, reason: 'A last name or a company is required.' },
      { column: 'Email', value: 'ann@', reason: 'Not a valid email address.' },
      { column: 'Phone', value: 'call me', reason: 'Not a phone number.' },
      { column: 'Status', value: 'converted', reason: 'Unknown status; use one of: new, working, nurturing, qualified, unqualified.' },
      { column: 'Employees', value: 'many', reason: 'Not a whole number of employees.' },
    ]);
    expect(r.values.outcome).toBe('error');
    expect(JSON.parse(r.values.errors as string)).toHaveLength(6);
  });

  it('takes a company instead of a last name, and phone extensions', () => {
    const r = prepareRow(row({ Company: 'Acme', Phone: '+1 415 555 0100 ext. 12' }), plan);
    expect(r.errors).toEqual([]);
    expect(r.values).toMatchObject({ last_name: '', company_normalized: 'acme' });
  });

  it('rejects numbers too short or too long to be a phone', () => {
    expect(prepareRow(row({ Last: 'Li', Phone: '123' }), plan).errors[0].reason).toBe('Not a phone number.');
    expect(prepareRow(row({ Last: 'Li', Phone: '+12345678901234567' }), plan).errors[0].reason).toBe('Not a phone number.');
  });

  it('counts a row with nothing in the mapped columns as an error, not as nothing', () => {
    expect(prepareRow(['', '  ', '', '', '', '', '', '', '', '', 'only unmapped data'], plan).errors).toEqual([
      { column: 'Last', value: null, reason: 'A last name or a company is required.' },
    ]);
  });
});

describe('copyLine', () => {
  it('escapes what COPY text format treats specially and writes nulls as \\N', () => {
    expect(copyLine(['a\tb', 'line1\nline2\r', 'back\\slash', null, 42])).toBe('a\\tb\tline1\\nline2\\r\tback\\\\slash\t\\N\t42\n');
  });
});

describe('duplicateReason', () => {
  it('says what matched', () => {
    expect(duplicateReason('row', 'email', 7)).toBe('Same email address as row 7; skipped.');
    expect(duplicateReason('row', null, 7)).toBe('Matches the same lead as row 7; skipped.');
    expect(duplicateReason('lead', 'phone', null)).toBe('A lead with this phone number already exists; skipped.');
    expect(duplicateReason('contact', 'email', null)).toMatch(/contact with this email address/);
    expect(duplicateReason('lead_readonly', 'email', null)).toMatch(/may not change it/);
  });
});
