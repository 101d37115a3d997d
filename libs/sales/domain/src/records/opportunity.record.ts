import { BASE_FIELDS, defineRecord } from '@rapport/shared-domain';

/**
 * Opportunities: deals in a pipeline's stages (docs/adr/0011). The account and pipeline are chosen
 * when the deal is created and fixed after (its quotes, forecast and history belong to them). The
 * stage changes through moveOpportunityStage (which sets the won/lost reasons and the closing
 * time), so those fields are read-only here; an update input that names another stage is refused
 * by the service with a pointer to moveOpportunityStage.
 */
export const OPPORTUNITY = defineRecord({
  name: 'opportunity',
  graphqlName: 'Opportunity',
  table: 'opportunity',
  alias: 'o',
  label: { one: 'recordType.opportunity', many: 'opportunities.title' },
  customFields: true,
  mergeable: false,
  fields: {
    ...BASE_FIELDS,
    name: { type: 'text', column: 'name', title: 'Name', label: 'fields.name', required: true, maxLength: 200, filter: true, sort: true, edit: true, search: true },
    accountId: { type: 'reference', column: 'account_id', references: 'account', title: 'Account', label: 'fields.account', required: true, message: 'Choose an account.', filter: true, edit: 'create' },
    primaryContactId: { type: 'reference', column: 'primary_contact_id', references: 'contact', title: 'Primary contact', label: 'opportunities.fields.primaryContact', edit: true },
    pipelineId: { type: 'reference', column: 'pipeline_id', references: 'pipeline', title: 'Pipeline', label: 'fields.pipeline', nullable: false, description: 'Defaults to the default pipeline.', filter: true, edit: 'create', audit: false },
    stageId: { type: 'reference', column: 'stage_id', references: 'stage', title: 'Stage', label: 'fields.stage', nullable: false, description: 'Defaults to the first stage.', filter: true, edit: true },
    amount: { type: 'money', column: 'amount', title: 'Amount', label: 'fields.amount', min: 0, minMessage: 'The amount cannot be negative.', filter: true, sort: true, edit: true },
    currency: { type: 'text', column: 'currency', title: 'Currency', label: 'fields.currency', pattern: '^[A-Z]{3}$', message: 'Use a 3-letter currency code such as CNY.', nullable: false, columnDefault: 'CNY', edit: true },
    closeDate: { type: 'date', column: 'close_date', title: 'Close date', label: 'fields.closeDate', filter: true, sort: true, edit: true },
    nextStep: { type: 'text', column: 'next_step', title: 'Next step', label: 'opportunities.fields.nextStep', maxLength: 500, edit: true },
    // The deal's primary campaign (from the lead it was converted from, or set by a rep); attribution
    // itself reads campaign responses, not this field (docs/adr/0013).
    campaignId: { type: 'reference', column: 'campaign_id', references: 'campaign', title: 'Campaign', label: 'opportunities.fields.campaign', output: true, filter: true, edit: true, widget: 'recordPicker' },
    wonReason: { type: 'text', column: 'won_reason', title: 'Won reason', label: 'opportunities.fields.wonReason', audit: true },
    lostReason: { type: 'text', column: 'lost_reason', title: 'Lost reason', label: 'opportunities.fields.lostReason', audit: true },
    closedAt: { type: 'datetime', column: 'closed_at', title: 'Closed', label: 'opportunities.fields.closedAt' },
    stageChangedAt: { type: 'datetime', column: 'stage_changed_at', title: 'Stage changed', label: 'opportunities.fields.stageChangedAt', nullable: false, columnDefault: { sql: 'now()' } },
    isClosed: { type: 'boolean', expression: '{a}.closed_at IS NOT NULL', title: 'Closed', label: 'opportunities.fields.isClosed', filter: true },
  },
});
