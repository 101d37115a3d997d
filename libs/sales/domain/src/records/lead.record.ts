import { BASE_FIELDS, defineRecord } from '@rapport/shared-domain';
import { LeadSource, LeadStatus } from '../enums';

/**
 * Leads: inquiries before they are qualified (docs/adr/0011). Written by staff (the API), by
 * web-to-lead and by imports (libs/leads, through its LeadWriter, whose column lists come from
 * here). The folded name, company and phone are system columns duplicate detection matches on:
 * computed from the identity fields on every write (leadIdentity), never read or set directly.
 * A lead starts as `new`; its status changes through the update input (checked by the service) or
 * by conversion. Score, routing (SLA due time) and conversion fields are kept by the system.
 */
export const LEAD = defineRecord({
  name: 'lead',
  graphqlName: 'Lead',
  table: 'lead',
  alias: 'l',
  label: { one: 'recordType.lead', many: 'leads.title' },
  customFields: true,
  mergeable: true,
  fields: {
    ...BASE_FIELDS,
    firstName: { type: 'text', column: 'first_name', title: 'First name', label: 'fields.firstName', nullable: false, columnDefault: '', maxLength: 100, filter: true, edit: true, personal: true, search: true },
    lastName: { type: 'text', column: 'last_name', title: 'Last name', label: 'fields.lastName', required: true, maxLength: 100, filter: true, sort: true, edit: true, personal: true, search: true },
    company: { type: 'text', column: 'company', title: 'Company', label: 'fields.company', maxLength: 200, filter: true, sort: true, edit: true, search: true },
    title: { type: 'text', column: 'title', title: 'Title', label: 'fields.title', maxLength: 120, edit: true },
    email: { type: 'email', column: 'email', title: 'Email', label: 'fields.email', maxLength: 254, message: 'Enter a valid email address.', filter: true, edit: true, personal: true, search: true },
    phone: { type: 'phone', column: 'phone', title: 'Phone', label: 'fields.phone', maxLength: 40, filter: true, edit: true, personal: true },
    source: { type: 'enum', column: 'source', enumName: 'LeadSource', enumValues: Object.values(LeadSource), title: 'Source', label: 'fields.source', required: true, message: 'Choose a source.', filter: ['eq', 'in'], edit: true },
    status: { type: 'enum', column: 'status', enumName: 'LeadStatus', enumValues: Object.values(LeadStatus), title: 'Status', label: 'fields.status', nullable: false, columnDefault: LeadStatus.New, filter: true, edit: 'update' },
    // The campaign the lead answered (marketing resolves campaignSource to it when the lead is created,
    // docs/adr/0013); the source text stays as it came in, for routing and scoring rules.
    campaignId: { type: 'reference', column: 'campaign_id', references: 'campaign', title: 'Campaign', label: 'leads.fields.campaign', output: true, filter: true, edit: true, widget: 'recordPicker' },
    campaignSource: {
      type: 'text', column: 'campaign', title: 'Campaign source', label: 'leads.fields.campaignSource', maxLength: 200, filter: true, edit: 'create',
      description: 'The campaign the inquiry named, as it came in: a campaign name, short code or UTM campaign value.',
    },
    // Where the person lives by the clock (a form fills it from the browser): mailings sent at a local
    // hour use it, and conversion hands it to the contact.
    timeZone: { type: 'text', column: 'time_zone', title: 'Time zone', label: 'leads.fields.timeZone', maxLength: 64, format: 'timeZone', message: 'Choose a time zone such as Asia/Shanghai.', filter: ['eq', 'ne', 'in', 'isNull'], edit: true },
    country: { type: 'text', column: 'country', title: 'Country', label: 'leads.fields.country', maxLength: 80, filter: true, edit: true },
    score: { type: 'integer', column: 'score', title: 'Score', label: 'leads.fields.score', nullable: false, columnDefault: 0, filter: true, sort: true, description: 'Lead score 0–100 from the scoring rules.' },
    productInterest: { type: 'text', column: 'product_interest', title: 'Product interest', label: 'leads.fields.productInterest', maxLength: 200, filter: true, edit: true },
    region: { type: 'text', column: 'region', title: 'Region', label: 'leads.fields.region', maxLength: 80, edit: true },
    message: { type: 'longText', column: 'message', title: 'Message', label: 'leads.fields.message', maxLength: 5000, edit: true, audit: false, merge: false },
    // Routing and scoring criteria from web forms and imports (company size, the language written in).
    employees: { type: 'integer', column: 'employees', title: 'Employees', label: 'intake.field.employees', output: false },
    language: { type: 'text', column: 'language', title: 'Language', label: 'intake.field.language', maxLength: 35, output: false },
    slaDueAt: { type: 'datetime', column: 'sla_due_at', title: 'Follow up by', label: 'leads.fields.slaDueAt' },
    convertedAt: { type: 'datetime', column: 'converted_at', title: 'Converted', label: 'leadStatus.CONVERTED' },
    convertedAccountId: { type: 'reference', column: 'converted_account_id', references: 'account', title: 'Converted account', label: 'recordType.account', export: false },
    convertedContactId: { type: 'reference', column: 'converted_contact_id', references: 'contact', title: 'Converted contact', label: 'recordType.contact', export: false },
    convertedOpportunityId: { type: 'reference', column: 'converted_opportunity_id', references: 'opportunity', title: 'Converted opportunity', label: 'recordType.opportunity', export: false },
    nameNormalized: { type: 'text', column: 'name_normalized', title: 'Folded name', label: 'fields.name', nullable: false, output: false, export: false },
    companyNormalized: { type: 'text', column: 'company_normalized', title: 'Folded company', label: 'fields.company', nullable: false, columnDefault: '', output: false, export: false },
    phoneNormalized: { type: 'text', column: 'phone_normalized', title: 'Folded phone', label: 'fields.phone', output: false, export: false },
  },
});
