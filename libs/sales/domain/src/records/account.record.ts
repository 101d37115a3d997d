import { BASE_FIELDS, defineRecord } from '@rapport/shared-domain';
import { AccountTier } from '../enums';

/**
 * Accounts: the companies we sell to. Every field of an account is declared here once
 * (docs/adr/0011-record-definitions.md); the entity, the API types, the filters, the export, the
 * merge and the web forms are derived from it. System columns (the normalised name and phone used
 * by duplicate detection, soft deletion) stay in the entity: nobody edits, filters or exports them.
 */
export const ACCOUNT = defineRecord({
  name: 'account',
  graphqlName: 'Account',
  table: 'account',
  alias: 'a',
  label: { one: 'recordType.account', many: 'accounts.title' },
  customFields: true,
  mergeable: true,
  fields: {
    ...BASE_FIELDS,
    // startsWith is a range on account_name_lower_idx (the repository folds it).
    name: { type: 'text', column: 'name', title: 'Name', label: 'fields.name', required: true, maxLength: 200, filter: true, sort: true, edit: true, search: true },
    industry: { type: 'text', column: 'industry', title: 'Industry', label: 'fields.industry', maxLength: 120, filter: true, edit: true, picklist: 'industry' },
    // Published as a StringFilter before definitions existed; kept so integrators' filters still work.
    tier: { type: 'enum', column: 'tier', enumName: 'AccountTier', enumValues: Object.values(AccountTier), title: 'Tier', label: 'fields.tier', filter: true, filterAs: 'text', edit: true, widget: 'select' },
    territory: { type: 'text', column: 'territory', title: 'Territory', label: 'fields.territory', maxLength: 120, filter: true, edit: true, picklist: 'territory' },
    website: { type: 'url', column: 'website', title: 'Website', label: 'fields.website', filter: true, edit: true },
    // The company's tax registration: the unified social credit code (统一社会信用代码) in mainland
    // China, the 統一編號 in Taiwan. Invoices (发票) need it, and it identifies a company for sure.
    taxId: { type: 'text', column: 'tax_id', title: 'Tax ID', label: 'accounts.fields.taxId', maxLength: 40, filter: true, edit: true },
    phone: { type: 'phone', column: 'phone', title: 'Phone', label: 'fields.phone', maxLength: 40, edit: true, personal: false },
    parentAccountId: { type: 'reference', column: 'parent_account_id', references: 'account', title: 'Parent account', label: 'accounts.fields.parent', filter: true, edit: true, widget: 'recordPicker' },
    billingAddress: { type: 'address', column: 'billing_address', title: 'Billing address', label: 'accounts.fields.billingAddress', edit: true, audit: false, export: false },
    shippingAddress: { type: 'address', column: 'shipping_address', title: 'Shipping address', label: 'accounts.fields.shippingAddress', edit: true, audit: false, export: false },
    annualRevenue: { type: 'money', column: 'annual_revenue', title: 'Annual revenue', label: 'accounts.fields.annualRevenue', min: 0, edit: true },
    employeeCount: { type: 'integer', column: 'employee_count', title: 'Employees', label: 'accounts.fields.employeeCount', min: 0, edit: true },
  },
});
