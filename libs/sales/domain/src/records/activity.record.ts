import { BASE_FIELDS, defineRecord } from '@rapport/shared-domain';
import { ActivityType } from '../enums';

/**
 * Activities: calls, meetings, tasks, notes and logged emails, linked to any of an account, a
 * contact, a lead or an opportunity (docs/adr/0011). Their owner is whoever logged them (a
 * handover moves them); they carry no custom fields and are not merged.
 */
export const ACTIVITY = defineRecord({
  name: 'activity',
  graphqlName: 'Activity',
  table: 'activity',
  alias: 'act',
  label: { one: 'recordType.activity', many: 'activities.title' },
  customFields: false,
  mergeable: false,
  fields: {
    ...BASE_FIELDS,
    ownerId: { ...BASE_FIELDS.ownerId, edit: false },
    updatedAt: { ...BASE_FIELDS.updatedAt, sort: false, output: false },
    type: { type: 'enum', column: 'type', enumName: 'ActivityType', enumValues: Object.values(ActivityType), title: 'Type', label: 'activities.fields.type', required: true, message: 'Choose a type.', filter: true, edit: true },
    subject: { type: 'text', column: 'subject', title: 'Subject', label: 'activities.fields.subject', required: true, maxLength: 300, filter: true, edit: true },
    body: { type: 'longText', column: 'body', title: 'Notes', label: 'activities.fields.body', maxLength: 20000, edit: true, audit: false },
    // When it happened (logged calls, notes) or was created (tasks); orders the timeline.
    occurredAt: { type: 'datetime', column: 'occurred_at', title: 'Occurred', label: 'activities.fields.occurredAt', nullable: false, columnDefault: { sql: 'now()' }, filter: true, sort: true, edit: true, audit: false },
    dueAt: { type: 'datetime', column: 'due_at', title: 'Due', label: 'activities.fields.dueAt', filter: true, sort: true, edit: true },
    done: { type: 'boolean', column: 'done', title: 'Done', label: 'activities.fields.done', nullable: false, columnDefault: false, filter: true, edit: true },
    doneAt: { type: 'datetime', column: 'done_at', title: 'Done at', label: 'activities.fields.doneAt' },
    reminderAt: { type: 'datetime', column: 'reminder_at', title: 'Reminder', label: 'activities.fields.reminderAt', edit: true },
    accountId: { type: 'reference', column: 'account_id', references: 'account', title: 'Account', label: 'fields.account', output: true, filter: true, edit: true },
    contactId: { type: 'reference', column: 'contact_id', references: 'contact', title: 'Contact', label: 'recordType.contact', output: true, filter: true, edit: true },
    leadId: { type: 'reference', column: 'lead_id', references: 'lead', title: 'Lead', label: 'recordType.lead', output: true, filter: true, edit: true },
    opportunityId: { type: 'reference', column: 'opportunity_id', references: 'opportunity', title: 'Opportunity', label: 'recordType.opportunity', output: true, filter: true, edit: true },
  },
});
