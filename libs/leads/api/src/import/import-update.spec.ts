import { normalizePersonName, normalizePhone } from '@rapport/sales-domain';
import { LEAD_PATCH_COLUMNS } from '@rapport/leads-data';
import { ImportField } from './import-fields';
import { LEAD_UPDATE_COLUMNS, LeadColumns, planRestore, planUpdate } from './import-update';

const existing: LeadColumns = {
  first_name: 'Min',
  last_name: 'Wang',
  name_normalized: 'min wang',
  company: null,
  company_normalized: '',
  title: 'CTO',
  email: 'min@example.com',
  phone: '13800138000',
  phone_normalized: '+8613800138000',
  campaign: null,
  product_interest: null,
  country: 'CN',
  region: null,
  message: null,
  employees: null,
  language: null,
};
const incoming: LeadColumns = { first_name: 'Minnie', last_name: 'Wang', company: 'Acme Ltd', title: '', email: 'min@example.com', phone: '021 5555 1234', country: 'China', employees: 300, source: 'web', status: 'qualified' };
const mapped = new Set<ImportField>(['firstName', 'lastName', 'company', 'title', 'email', 'phone', 'country', 'employees', 'source', 'status']);

describe('planUpdate', () => {
  it('update: mapped non-empty cells overwrite, derived columns follow, source and status never change', () => {
    const p = planUpdate(existing, incoming, 'update', mapped);
    expect(p.set).toEqual({
      first_name: 'Minnie',
      name_normalized: normalizePersonName('Minnie', 'Wang'),
      company: 'Acme Ltd',
      company_normalized: 'acme',
      phone: '021 5555 1234',
      phone_normalized: normalizePhone('021 5555 1234'),
      country: 'China',
      employees: 300,
    });
    expect(p.before).toMatchObject({ first_name: 'Min', name_normalized: 'min wang', company: null, company_normalized: '', phone: '13800138000', country: 'CN', employees: null });
    expect(p.changes.map((c) => c.field)).toEqual(['firstName', 'company', 'phone', 'country', 'employees']);
  });

  it('merge: fills only empty fields', () => {
    const p = planUpdate(existing, incoming, 'merge', mapped);
    expect(p.set).toEqual({ company: 'Acme Ltd', company_normalized: 'acme', employees: 300 });
  });

  it('ignores unmapped columns and changes nothing when the values are equal', () => {
    expect(planUpdate(existing, incoming, 'update', new Set<ImportField>(['email', 'lastName'])).set).toEqual({});
  });
});

describe('planRestore', () => {
  it('puts back each group the import wrote unless someone changed it since', () => {
    const p = planUpdate(existing, incoming, 'update', mapped);
    const now = { ...existing, ...p.set, country: 'PRC' };
    const r = planRestore(now, p.before, p.set);
    expect(r.set).toEqual({
      first_name: 'Min',
      name_normalized: 'min wang',
      company: null,
      company_normalized: '',
      phone: '13800138000',
      phone_normalized: '+8613800138000',
      employees: null,
    });
    expect(r.changes.map((c) => c.field)).toEqual(['firstName', 'company', 'phone', 'employees']);
  });

  it('keeps a whole name group when any part of it was edited', () => {
    const p = planUpdate(existing, incoming, 'update', mapped);
    const now = { ...existing, ...p.set, last_name: 'Wong', name_normalized: 'minnie wong' };
    expect(planRestore(now, p.before, p.set).set).not.toHaveProperty('first_name');
  });

  it('compares numbers stored as jsonb with int columns', () => {
    expect(planRestore({ employees: 300 }, { employees: 10 }, { employees: '300' }).set).toEqual({ employees: 10 });
  });

  it('plans only columns the lead writer patches (a column missing there would be dropped silently)', () => {
    expect(LEAD_UPDATE_COLUMNS).toEqual([...LEAD_PATCH_COLUMNS]);
  });
});
