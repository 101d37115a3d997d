import { BASE_FIELDS, defineRecord } from '@rapport/shared-domain';
import { CASE_PRIORITIES } from '../sla/sla-policy';

/** Where a case came from (issue 18 item 1): its first message's channel. */
export const CASE_CHANNELS = ['email', 'phone', 'portal', 'chat', 'web', 'other'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/** What kind of help is asked for. */
export const CASE_TYPES = ['question', 'problem', 'incident', 'request'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/**
 * Service cases (issue 18, docs/adr/0022): a customer's problem, from any channel, in one thread.
 * The number is given by the server (`CS-2026-000123`, counted per year). The status is one of the
 * configured statuses (`case_status`), each saying whether the SLA clock runs in it; the status and
 * the priority change through their own mutations, which write the case's event log the clocks are
 * derived from, so they are not plain edits here. Owned by the agent working it; read through its
 * account as well (RECORD_PARENTS).
 */
export const CASE = defineRecord({
  name: 'case',
  graphqlName: 'Case',
  table: 'service_case',
  alias: 'k',
  label: { one: 'service.recordType', many: 'service.cases.title' },
  customFields: true,
  mergeable: false,
  fields: {
    ...BASE_FIELDS,
    // The owner's team is the queue the case is worked in (routing queues are issue 19): the list shows it.
    teamId: { ...BASE_FIELDS.teamId, output: true, description: 'The owner’s team: the queue the case is worked in.' },
    number: { type: 'text', column: 'number', title: 'Number', label: 'service.fields.number', nullable: false, filter: ['eq', 'in'], sort: true, description: 'CS-<year>-<sequence>, given by the server.' },
    subject: { type: 'text', column: 'subject', title: 'Subject', label: 'service.fields.subject', required: true, maxLength: 300, filter: true, sort: true, edit: true },
    description: { type: 'longText', column: 'description', title: 'Description', label: 'service.fields.description', maxLength: 20000, edit: true, audit: false },
    accountId: { type: 'reference', output: true, column: 'account_id', references: 'account', title: 'Account', label: 'fields.account', filter: true, edit: true, description: 'Defaults to the contact’s account.' },
    contactId: { type: 'reference', output: true, column: 'contact_id', references: 'contact', title: 'Contact', label: 'service.fields.contact', filter: true, edit: true },
    productId: { type: 'reference', output: true, column: 'product_id', references: 'product', title: 'Product', label: 'service.fields.product', filter: true, edit: true, description: 'What the problem is with; chooses the contract that covers it.' },
    opportunityId: { type: 'reference', output: true, column: 'opportunity_id', references: 'opportunity', title: 'Opportunity', label: 'service.fields.opportunity', filter: true, edit: true },
    orderId: { type: 'reference', output: true, column: 'order_id', references: 'order', title: 'Order', label: 'service.fields.order', filter: true, edit: true, description: 'The order the problem is about: one of the customer’s (the contact’s or the account’s) that you may read.' },
    type: { type: 'enum', column: 'type', enumName: 'CaseType', enumValues: CASE_TYPES, title: 'Type', label: 'service.fields.type', nullable: false, columnDefault: 'question', filter: true, edit: true },
    priority: { type: 'enum', column: 'priority', enumName: 'CasePriority', enumValues: CASE_PRIORITIES, title: 'Priority', label: 'service.fields.priority', nullable: false, columnDefault: 'normal', filter: true, sort: true, edit: 'create', description: 'Changed later with setCasePriority (the SLA targets follow, time spent kept).' },
    status: { type: 'text', column: 'status', title: 'Status', label: 'fields.status', nullable: false, columnDefault: 'new', filter: ['eq', 'in', 'ne'], description: 'A key of caseStatuses; changed with setCaseStatus.' },
    channel: { type: 'enum', column: 'channel', enumName: 'CaseChannel', enumValues: CASE_CHANNELS, title: 'Channel', label: 'service.fields.channel', nullable: false, columnDefault: 'web', filter: true, edit: 'create' },
    parentId: { type: 'reference', output: true, column: 'parent_id', references: 'case', title: 'Merged into', label: 'service.fields.parent', filter: true, description: 'The case this one was merged into.' },
    splitFromId: { type: 'reference', output: true, column: 'split_from_id', references: 'case', title: 'Split from', label: 'service.fields.splitFrom', filter: true, description: 'The case this one was split off from (part of its thread moved here).' },
    followsCaseId: { type: 'reference', output: true, column: 'follows_case_id', references: 'case', title: 'Follows', label: 'service.fields.followsCase', filter: true, description: 'The earlier case this one continues (a customer wrote again after it was closed).' },
    entitlementId: { type: 'reference', output: true, column: 'entitlement_id', references: 'entitlement', title: 'Contract', label: 'service.fields.entitlement', filter: true, audit: true, description: 'The account’s contract the case is served under (chosen when it is created).' },
    queueId: { type: 'reference', output: true, column: 'queue_id', references: 'routingQueue', title: 'Queue', label: 'service.fields.queue', filter: true, description: 'The routing queue the case waited in (issue 19): set when it is queued, kept after it is answered.' },
    slaPolicyId: { type: 'reference', output: true, column: 'sla_policy_id', references: 'serviceSlaPolicy', title: 'SLA policy', label: 'service.fields.slaPolicy', filter: true, audit: true },
    slaDueAt: { type: 'datetime', column: 'sla_due_at', title: 'Next SLA due', label: 'service.fields.slaDueAt', filter: true, sort: true, description: 'When the earliest running milestone is due; null when none runs.' },
    slaBreached: { type: 'boolean', column: 'sla_breached', title: 'SLA breached', label: 'service.fields.slaBreached', nullable: false, columnDefault: false, filter: true },
    firstResponseAt: { type: 'datetime', column: 'first_response_at', title: 'First response', label: 'service.fields.firstResponseAt', filter: true },
    resolvedAt: { type: 'datetime', column: 'resolved_at', title: 'Resolved', label: 'service.fields.resolvedAt', filter: true, sort: true },
    closedAt: { type: 'datetime', column: 'closed_at', title: 'Closed', label: 'service.fields.closedAt', filter: true },
    isOpen: { type: 'boolean', expression: '({a}.resolved_at IS NULL AND {a}.closed_at IS NULL)', title: 'Open', label: 'service.fields.isOpen', filter: true },
  },
});
