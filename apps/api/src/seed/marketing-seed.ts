import { EntityManager } from 'typeorm';
import { CampaignCostEntity, CampaignEntity } from '@rapport/marketing-data';
import { CampaignStatus, CampaignType, defaultMemberStatus, responseStatus } from '@rapport/marketing-domain';
import { normalizePhone } from '@rapport/sales-domain';

interface DemoCampaign {
  name: string;
  type: CampaignType;
  channel: string;
  /** Months before now that it started, and how many it ran. */
  startedMonthsAgo: number;
  months: number;
  budget: number;
  /** Amounts in CNY unless a currency follows (converted at the rate of the day they were incurred). */
  costs: [category: string, amount: number, currency?: string][];
  /** Contacts invited or reached, and the share of them who responded. */
  contacts: number;
  responseRate: number;
  trackingPhone?: string;
  shortCode?: string;
  utm?: [campaign: string, source: string, medium: string];
}

// A year in three channels. Some pay back, some do not: the costs are what the numbers are judged on.
const CAMPAIGNS: DemoCampaign[] = [
  { name: 'Spring Expo 2026', type: CampaignType.TradeShow, channel: 'Events', startedMonthsAgo: 9, months: 1, budget: 300_000, costs: [['Booth', 180_000], ['Travel', 5_850, 'USD'], ['Brochures', 8_500]], contacts: 120, responseRate: 0.35, shortCode: 'EXPO26' },
  { name: 'Shenzhen Partner Summit 深圳伙伴峰会', type: CampaignType.Event, channel: 'Events', startedMonthsAgo: 6, months: 1, budget: 120_000, costs: [['Venue', 60_000], ['Catering', 18_000]], contacts: 80, responseRate: 0.5 },
  { name: 'Autumn Customer Seminar 秋季客户研讨会', type: CampaignType.Event, channel: 'Events', startedMonthsAgo: 2, months: 1, budget: 80_000, costs: [['Venue', 35_000]], contacts: 60, responseRate: 0.4 },
  { name: 'Webinar: AI in Sales', type: CampaignType.Webinar, channel: 'Digital', startedMonthsAgo: 7, months: 1, budget: 20_000, costs: [['Platform', 6_000], ['Promotion', 9_000]], contacts: 150, responseRate: 0.3, utm: ['ai-in-sales', 'newsletter', 'email'] },
  { name: 'Newsletter · monthly', type: CampaignType.Email, channel: 'Digital', startedMonthsAgo: 11, months: 12, budget: 36_000, costs: [['Sending', 12_000], ['Design', 9_600]], contacts: 200, responseRate: 0.12, utm: ['newsletter', 'newsletter', 'email'] },
  { name: 'Baidu search ads 百度搜索广告', type: CampaignType.Advertising, channel: 'Digital', startedMonthsAgo: 8, months: 6, budget: 240_000, costs: [['Media', 150_000], ['Media', 90_000]], contacts: 40, responseRate: 1, trackingPhone: '+86 400 820 1234', utm: ['brand-search', 'baidu', 'cpc'] },
  { name: 'WeChat Moments ads 朋友圈广告', type: CampaignType.Advertising, channel: 'Digital', startedMonthsAgo: 4, months: 3, budget: 160_000, costs: [['Media', 110_000]], contacts: 25, responseRate: 1, trackingPhone: '+86 400 820 5678', utm: ['moments', 'wechat', 'social'] },
  { name: 'Partner Referral Q3', type: CampaignType.Partner, channel: 'Partners', startedMonthsAgo: 5, months: 3, budget: 50_000, costs: [['Referral fees', 30_000]], contacts: 30, responseRate: 1 },
  // Paid for and reached nobody who answered: the one that surely does not pay back, whatever the random contacts.
  // Free to run (a hosted meetup): nothing spent, so its ROI is undefined, never 0 or infinite.
  { name: 'Customer meetup 客户交流会', type: CampaignType.Event, channel: 'Events', startedMonthsAgo: 1, months: 1, budget: 0, costs: [], contacts: 40, responseRate: 0.5 },
  { name: 'Airport billboard 机场广告牌', type: CampaignType.Advertising, channel: 'Events', startedMonthsAgo: 3, months: 2, budget: 90_000, costs: [['Media', 85_000]], contacts: 0, responseRate: 0 },
];

const monthsAgo = (n: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
};

/**
 * Campaigns for the demo (issue 14): a year of marketing under one parent, in three channels, with
 * costs, members and responses. The leads the sales seed tagged with a campaign's name are its
 * members (they responded: that is how they came in); contacts are invited or reached, and some respond.
 */
export async function seedMarketing(m: EntityManager, ids: { marketerId: string; teamId: string | null }): Promise<void> {
  const owner = { ownerId: ids.marketerId, teamId: ids.teamId, createdBy: ids.marketerId };
  const year = await m.save(
    m.create(CampaignEntity, { name: 'Marketing 2026 市场营销', type: CampaignType.Other, status: CampaignStatus.Active, channel: null, startDate: monthsAgo(11), endDate: monthsAgo(-1), budget: '1200000.00', ...owner }),
  );
  for (const [i, c] of CAMPAIGNS.entries()) {
    const ended = c.startedMonthsAgo - c.months >= 0;
    const campaign = await m.save(
      m.create(CampaignEntity, {
        name: c.name,
        type: c.type,
        status: ended ? CampaignStatus.Completed : CampaignStatus.Active,
        parentCampaignId: year.id,
        channel: c.channel,
        startDate: monthsAgo(c.startedMonthsAgo),
        endDate: monthsAgo(c.startedMonthsAgo - c.months),
        budget: c.budget.toFixed(2),
        expectedCost: (c.budget * 0.9).toFixed(2),
        expectedRevenue: (c.budget * (i % 3 === 0 ? 4 : 2)).toFixed(2),
        expectedResponseRate: Math.round(c.responseRate * 100),
        trackingPhone: c.trackingPhone ?? null,
        trackingPhoneNormalized: normalizePhone(c.trackingPhone),
        shortCode: c.shortCode ?? null,
        utmCampaign: c.utm?.[0] ?? null,
        utmSource: c.utm?.[1] ?? null,
        utmMedium: c.utm?.[2] ?? null,
        ...owner,
      }),
    );
    const costs = c.costs.map(([category, amount, currency = 'CNY'], k) => ({ campaignId: campaign.id, incurredOn: monthsAgo(Math.max(c.startedMonthsAgo - k, 0)), category, amount: amount.toFixed(2), currency, createdBy: ids.marketerId }));
    if (costs.length) await m.insert(CampaignCostEntity, costs);
    const responded = responseStatus(c.type);
    // Leads that came in through the campaign point at it and are its responding members, from the
    // day they came; the deals converted from them name it as their campaign.
    await m.query(`UPDATE lead SET campaign_id = $1 WHERE campaign = $2 AND deleted_at IS NULL`, [campaign.id, c.name]);
    await m.query(`UPDATE opportunity o SET campaign_id = $1 FROM lead l WHERE l.campaign_id = $1 AND l.converted_opportunity_id = o.id`, [campaign.id]);
    await m.query(
      `INSERT INTO campaign_member (campaign_id, lead_id, status, responded_at, created_at, created_by)
       SELECT $1, l.id, $2, l.created_at, l.created_at, $3 FROM lead l WHERE l.campaign_id = $1 AND l.deleted_at IS NULL`,
      [campaign.id, responded, ids.marketerId],
    );
    // Contacts: a stable pseudo-random sample per campaign; the first share of them responded.
    await m.query(
      `INSERT INTO campaign_member (campaign_id, contact_id, status, responded_at, created_at, created_by)
       SELECT $1, s.id, CASE WHEN s.n <= $3::int * $4::numeric THEN $5 ELSE $6 END, CASE WHEN s.n <= $3::int * $4::numeric THEN $7::date + (s.n % 20)::int ELSE NULL END, $7::date, $8
         FROM (SELECT c.id, row_number() OVER (ORDER BY md5(c.id::text || $2)) AS n FROM contact c WHERE c.deleted_at IS NULL) s
        WHERE s.n <= $3::int`,
      [campaign.id, c.name, c.contacts, c.responseRate, responded, defaultMemberStatus(c.type), monthsAgo(c.startedMonthsAgo), ids.marketerId],
    );
  }
}
