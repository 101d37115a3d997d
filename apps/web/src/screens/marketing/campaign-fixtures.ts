import type { CampaignDetailFragment, CampaignMemberFieldsFragment, CampaignRoiFieldsFragment } from '@rapport/web-data-access';

// Test data for the campaign screens' render tests (vitest only).

export function campaignRow(overrides: Partial<CampaignDetailFragment> = {}): CampaignDetailFragment {
  return {
    __typename: 'Campaign',
    id: 'cmp-1',
    customFields: {},
    createdAt: '2026-01-02T08:00:00Z',
    updatedAt: '2026-01-02T08:00:00Z',
    name: 'Shanghai Expo 2026',
    type: 'TRADE_SHOW',
    status: 'ACTIVE',
    channel: 'Events',
    startDate: '2026-03-10',
    endDate: '2026-03-12',
    currency: 'CNY',
    budget: 200000,
    expectedCost: null,
    expectedRevenue: null,
    expectedResponseRate: null,
    targetAudience: null,
    utmCampaign: null,
    utmSource: null,
    utmMedium: null,
    trackingPhone: null,
    shortCode: 'EXPO26',
    owner: { __typename: 'UserRef', id: 'u-admin', name: 'Ada Admin' },
    parent: null,
    children: [],
    totals: { __typename: 'CampaignTotals', actualCost: 150000, members: 40, responses: 10, responseRate: 0.25, subCampaigns: 0 },
    viewerCan: { __typename: 'CampaignViewerCan', update: true },
    ...overrides,
  };
}

export function roi(overrides: Partial<CampaignRoiFieldsFragment> = {}): CampaignRoiFieldsFragment {
  return {
    __typename: 'CampaignRoi',
    model: 'EVEN',
    windowDays: 90,
    currency: 'CNY',
    missingRates: [],
    actualCost: 150000,
    wonAmount: 300000,
    wonDeals: 2,
    opportunities: 5,
    pipelineAmount: 80000,
    leads: 12,
    responses: 10,
    roi: 1,
    costPerLead: 12500,
    costPerWonDeal: 75000,
    ...overrides,
  };
}

export function member(id: string, overrides: Partial<CampaignMemberFieldsFragment> = {}): CampaignMemberFieldsFragment {
  return {
    __typename: 'CampaignMember',
    id,
    campaignId: 'cmp-1',
    status: 'invited',
    respondedAt: null,
    createdAt: '2026-03-01T08:00:00Z',
    contact: null,
    lead: null,
    ...overrides,
  };
}
