import { BASE_FIELDS, defineRecord } from '@rapport/shared-domain';
import { CampaignStatus, CampaignType } from '../enums';

/**
 * Campaigns: what marketing spends on to reach people (docs/adr/0013). Declared once like the
 * sales records (docs/adr/0011). Amounts are in the campaign's currency, chosen on create (its
 * budget, costs and return are reported in it). The actual cost is the sum of the cost lines and the
 * return is attributed from won deals, so neither is a field here. Tracking identities (UTM values,
 * a tracking phone number, a short code for print) tie inbound responses back to the campaign.
 */
export const CAMPAIGN = defineRecord({
  name: 'campaign',
  graphqlName: 'Campaign',
  table: 'campaign',
  alias: 'cp',
  label: { one: 'recordType.campaign', many: 'campaigns.title' },
  customFields: true,
  mergeable: false,
  fields: {
    ...BASE_FIELDS,
    name: { type: 'text', column: 'name', title: 'Name', label: 'fields.name', required: true, maxLength: 200, filter: true, sort: true, edit: true, search: true },
    type: { type: 'enum', column: 'type', enumName: 'CampaignType', enumValues: Object.values(CampaignType), title: 'Type', label: 'campaigns.fields.type', required: true, message: 'Choose a campaign type.', filter: true, edit: 'create' },
    status: { type: 'enum', column: 'status', enumName: 'CampaignStatus', enumValues: Object.values(CampaignStatus), title: 'Status', label: 'fields.status', nullable: false, columnDefault: CampaignStatus.Planned, filter: true, edit: true },
    parentCampaignId: { type: 'reference', column: 'parent_campaign_id', references: 'campaign', title: 'Parent campaign', label: 'campaigns.fields.parent', filter: true, edit: true },
    channel: { type: 'text', column: 'channel', title: 'Channel', label: 'campaigns.fields.channel', maxLength: 80, filter: true, sort: true, edit: true },
    startDate: { type: 'date', column: 'start_date', title: 'Start date', label: 'campaigns.fields.startDate', filter: true, sort: true, edit: true },
    endDate: { type: 'date', column: 'end_date', title: 'End date', label: 'campaigns.fields.endDate', filter: true, sort: true, edit: true },
    currency: { type: 'text', column: 'currency', title: 'Currency', label: 'fields.currency', pattern: '^[A-Z]{3}$', message: 'Use a 3-letter currency code such as CNY.', nullable: false, columnDefault: 'CNY', edit: 'create' },
    budget: { type: 'money', column: 'budget', title: 'Budget', label: 'campaigns.fields.budget', min: 0, minMessage: 'The amount cannot be negative.', filter: true, sort: true, edit: true },
    expectedCost: { type: 'money', column: 'expected_cost', title: 'Expected cost', label: 'campaigns.fields.expectedCost', min: 0, minMessage: 'The amount cannot be negative.', edit: true },
    expectedRevenue: { type: 'money', column: 'expected_revenue', title: 'Expected revenue', label: 'campaigns.fields.expectedRevenue', min: 0, minMessage: 'The amount cannot be negative.', edit: true },
    expectedResponseRate: { type: 'number', column: 'expected_response_rate', title: 'Expected response rate (%)', label: 'campaigns.fields.expectedResponseRate', min: 0, edit: true },
    targetAudience: { type: 'longText', column: 'target_audience', title: 'Target audience', label: 'campaigns.fields.targetAudience', maxLength: 2000, edit: true, audit: false },
    utmCampaign: { type: 'text', column: 'utm_campaign', title: 'UTM campaign', label: 'campaigns.fields.utmCampaign', maxLength: 200, filter: true, edit: true },
    utmSource: { type: 'text', column: 'utm_source', title: 'UTM source', label: 'campaigns.fields.utmSource', maxLength: 200, filter: true, edit: true },
    utmMedium: { type: 'text', column: 'utm_medium', title: 'UTM medium', label: 'campaigns.fields.utmMedium', maxLength: 200, filter: true, edit: true },
    trackingPhone: { type: 'phone', column: 'tracking_phone', title: 'Tracking phone number', label: 'campaigns.fields.trackingPhone', maxLength: 40, filter: true, edit: true },
    shortCode: { type: 'text', column: 'short_code', title: 'Short code', label: 'campaigns.fields.shortCode', maxLength: 40, pattern: '^[A-Za-z0-9-]{2,40}$', message: 'Use 2 to 40 letters, digits or hyphens.', filter: true, edit: true },
    // The tracking number in E.164, which an inbound call's dialled number is matched on.
    trackingPhoneNormalized: { type: 'text', column: 'tracking_phone_normalized', title: 'Folded tracking phone', label: 'campaigns.fields.trackingPhone', output: false, export: false },
  },
});
