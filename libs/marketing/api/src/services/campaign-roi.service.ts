import { Injectable } from '@nestjs/common';
import { AppError } from '@rapport/shared-errors';
import { campaignReturn, centsToDecimal, costPer, DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS, type AttributionModel } from '@rapport/marketing-domain';
import { AttributionRepository, CampaignEntity, CampaignRepository } from '@rapport/marketing-data';
import type { CampaignRoi } from '../models';

/**
 * A campaign's return with everything below it, under one attribution model: the won amount the
 * model attributes to the tree, against the tree's cost lines, in the campaign's currency
 * (docs/adr/0013, 0014).
 */
@Injectable()
export class CampaignRoiService {
  constructor(
    private readonly attribution: AttributionRepository,
    private readonly campaigns: CampaignRepository,
  ) {}

  async roi(campaignId: string, model: AttributionModel, windowDays = DEFAULT_WINDOW_DAYS): Promise<CampaignRoi> {
    if (!Number.isInteger(windowDays) || windowDays < 0 || windowDays > MAX_WINDOW_DAYS) throw AppError.validation([{ path: 'windowDays', message: 'The window is 0 to 730 days.' }]);
    const m = this.campaigns.ds.manager;
    const [ids, campaign] = await Promise.all([this.attribution.subtree(m, campaignId), m.findOneByOrFail(CampaignEntity, { id: campaignId })]);
    const [figures, [totals], missingRates] = await Promise.all([
      this.attribution.returnOf(m, ids, model, windowDays, campaign.currency),
      this.campaigns.rollUp(m, [campaignId]),
      this.attribution.missingRates(m),
    ]);
    const won = centsToDecimal(BigInt(figures.wonCents));
    const cost = totals?.actualCost ?? '0.00';
    const money = (s: string | null) => (s === null ? null : Number(s));
    return {
      model,
      windowDays,
      currency: campaign.currency,
      missingRates,
      actualCost: Number(cost),
      wonAmount: Number(won),
      wonDeals: figures.wonDeals,
      opportunities: figures.influenced,
      pipelineAmount: Number(centsToDecimal(BigInt(figures.pipelineCents))),
      leads: figures.leads,
      responses: totals?.responses ?? 0,
      roi: campaignReturn({ actualCost: cost, attributedWon: won }).roi,
      costPerLead: money(costPer(cost, figures.leads)),
      costPerWonDeal: money(costPer(cost, figures.wonDeals)),
    };
  }
}
