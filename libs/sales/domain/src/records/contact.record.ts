import { BASE_FIELDS, defineRecord } from '@rapport/shared-domain';
import { PreferredChannel } from '../enums';

/**
 * Contacts: the people at accounts (docs/adr/0011). System columns (the folded name and the
 * normalised phones duplicate detection matches on, soft deletion) stay in the entity.
 */
export const CONTACT = defineRecord({
  name: 'contact',
  graphqlName: 'Contact',
  table: 'contact',
  alias: 'c',
  label: { one: 'recordType.contact', many: 'contacts.title' },
  customFields: true,
  mergeable: true,
  fields: {
    ...BASE_FIELDS,
    firstName: { type: 'text', column: 'first_name', title: 'First name', label: 'fields.firstName', nullable: false, columnDefault: '', maxLength: 100, filter: true, edit: true, personal: true, search: true },
    // startsWith is a range on contact_last_name_lower_idx (the repository folds it).
    lastName: { type: 'text', column: 'last_name', title: 'Last name', label: 'fields.lastName', required: true, maxLength: 100, filter: true, sort: true, edit: true, personal: true, search: true },
    title: { type: 'text', column: 'title', title: 'Title', label: 'fields.title', maxLength: 120, filter: true, edit: true },
    emails: {
      type: 'emailList', column: 'emails', title: 'Email addresses', label: 'contacts.fields.emails', description: 'The first is the primary address.',
      maxItems: 10, message: 'Enter valid email addresses.', edit: true, merge: false, personal: true, search: true,
    },
    // Any of the contact's addresses; `contains` uses the trigram index contact_emails_trgm_idx.
    email: { type: 'email', expression: 'text_array_join({a}.emails)', title: 'Email', label: 'fields.email', filter: ['eq', 'ne', 'in', 'contains', 'startsWith'], resolved: true, export: false, description: 'The primary email.' },
    phones: { type: 'phoneList', column: 'phones', title: 'Phone numbers', label: 'contacts.fields.phones', maxItems: 10, maxLength: 40, edit: true, merge: false, personal: true },
    accountId: { type: 'reference', column: 'account_id', references: 'account', title: 'Account', label: 'fields.account', message: 'Choose an account.', filter: true, edit: true },
    // Where the person lives by the clock: mailings sent "at 9:00 in each recipient's time zone" use it.
    timeZone: { type: 'text', column: 'time_zone', title: 'Time zone', label: 'contacts.fields.timeZone', maxLength: 64, format: 'timeZone', message: 'Choose a time zone such as Asia/Shanghai.', filter: ['eq', 'ne', 'in', 'isNull'], edit: true },
    locale: { type: 'text', column: 'locale', title: 'Language', label: 'contacts.fields.locale', oneOf: ['en', 'zh-CN', 'zh-TW'], nullable: false, columnDefault: 'en', filter: true, edit: true },
    // Set when the service desk creates a person from an unknown sender's mail (issue 18): someone
    // checks it is not a second record of a known person, merges or clears it.
    needsReview: { type: 'boolean', column: 'needs_review', title: 'Needs review', label: 'contacts.fields.needsReview', nullable: false, columnDefault: false, filter: true, edit: true, merge: false, description: 'Created from an unknown sender; check it is not a duplicate, then clear.' },
    preferredChannel: { type: 'enum', column: 'preferred_channel', enumName: 'PreferredChannel', enumValues: Object.values(PreferredChannel), title: 'Preferred channel', label: 'contacts.fields.preferredChannel', edit: true },
  },
});
