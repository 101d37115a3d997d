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

  it('reports every problem of a row with its column, value and reason (English and its catalogue key)', () => {
    const r = prepareRow(row({ First: 'Ann', Email: 'ann@', Phone: 'call me', Status: 'converted', Source: 'fax', Employees: 'many', Title: 'x'.repeat(121) }), plan);
    expect(r.errors).toEqual([
      { column: 'Title', value: expect.stringMatching(/^x{97}…$/), reason: 'Longer than 120 characters.', messageKey: 'leads.importRowTooLong', params: { max: 120 } },
      { column: 'Last', value: null, reason: 'A last name or a company is required.', messageKey: 'leads.importRowNameOrCompany' },
      { column: 'Email', value: 'ann@', reason: 'Not a valid email address.', messageKey: 'leads.importRowEmail' },
      { column: 'Phone', value: 'call me', reason: 'Not a phone number.', messageKey: 'leads.importRowPhone' },
      {
        column: 'Source',
        value: 'fax',
        reason: 'Unknown source; use one of: web, event, import, referral, phone, email, partner, other.',
        messageKey: 'leads.importRowSource',
        params: { values: 'web, event, import, referral, phone, email, partner, other' },
      },
      {
        column: 'Status',
        value: 'converted',
        reason: 'Unknown status; use one of: new, working, nurturing, qualified, unqualified.',
        messageKey: 'leads.importRowStatus',
        params: { values: 'new, working, nurturing, qualified, unqualified' },
      },
      { column: 'Employees', value: 'many', reason: 'Not a whole number of employees.', messageKey: 'leads.importRowEmployees' },
    ]);
    expect(r.values.outcome).toBe('error');
    expect(JSON.parse(r.values.errors as string)).toEqual(r.errors);
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
      { column: 'Last', value: null, reason: 'A last name or a company is required.', messageKey: 'leads.importRowNameOrCompany' },
    ]);
  });
});

describe('copyLine', () => {
  it('escapes what COPY text format treats specially and writes nulls as \\N', () => {
    expect(copyLine(['a\tb', 'line1\nline2\r', 'back\\slash', null, 42])).toBe('a\\tb\tline1\\nline2\\r\tback\\\\slash\t\\N\t42\n');
  });
});

describe('duplicateReason', () => {
  it('says what matched, in English with a key per case', () => {
    expect(duplicateReason('row', 'email', 7)).toEqual({ message: 'Same email address as row 7; skipped.', messageKey: 'leads.importDuplicateRowEmail', params: { row: 7 } });
    expect(duplicateReason('row', 'phone', 3)).toEqual({ message: 'Same phone number as row 3; skipped.', messageKey: 'leads.importDuplicateRowPhone', params: { row: 3 } });
    expect(duplicateReason('row', null, 7)).toEqual({ message: 'Matches the same lead as row 7; skipped.', messageKey: 'leads.importDuplicateRow', params: { row: 7 } });
    expect(duplicateReason('lead', 'phone', null)).toEqual({ message: 'A lead with this phone number already exists; skipped.', messageKey: 'leads.importDuplicateLeadPhone' });
    expect(duplicateReason('contact', 'email', null)).toMatchObject({ message: expect.stringMatching(/contact with this email address/), messageKey: 'leads.importDuplicateContactEmail' });
    expect(duplicateReason('lead_readonly', 'email', null)).toMatchObject({ message: expect.stringMatching(/may not change it/), messageKey: 'leads.importDuplicateReadonlyEmail' });
  });
});
