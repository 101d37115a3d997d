import { Injectable } from '@nestjs/common';
import { Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { budgetsToSum, byChannel, campaignReturn, centsToDecimal, type AttributionModel, type CampaignFigures } from '@rapport/marketing-domain';
import { AttributionRepository, CampaignEntity, CampaignRepository } from '@rapport/marketing-data';
import type { Campaign, MarketingReport, ReturnFigures } from '../models';


/** Figures as the API reports them: numbers, and ROI from the exact decimals. */
function figures(f: Omit<CampaignFigures, 'channel'>): ReturnFigures {
  return {
    budget: Number(f.budget),
    actualCost: Number(f.actualCost),
    wonAmount: Number(f.wonAmount),
    wonDeals: f.wonDeals,
    members: f.members,
    responses: f.responses,
    roi: campaignReturn({ actualCost: f.actualCost, attributedWon: f.wonAmount }).roi,
  };
}

/**
 * The marketing dashboard (issue 14): cost against attributed return per campaign and per channel,
 * for the campaigns that started in a period, in one set-based statement. Readers are those who
 * may read campaigns (it shows every campaign's figures).
 */
@Injectable()
export class MarketingReportService {
  constructor(
    private readonly attribution: AttributionRepository,
    private readonly campaigns: CampaignRepository,
  ) {}

  /** `args` are validated at the edge (MarketingReportArgs): real days or null, a 3-letter currency, a window in range. */
  async report(actor: Actor, args: { from: string | null; to: string | null; model: AttributionModel; windowDays: number; currency: string }): Promise<MarketingReport> {
    if (scopeFor(actor, 'campaign', 'read') !== RecordScope.All) throw AppError.forbidden();
    const m = this.campaigns.ds.manager;
    const [rows, missingRates] = await Promise.all([this.attribution.byCampaign(m, args.model, args.windowDays, args, args.currency), this.attribution.missingRates(m)]);
    const own: (CampaignFigures & { id: string; parentId: string | null })[] = rows.map((r) => ({ ...r, wonAmount: centsToDecimal(BigInt(r.wonCents)) }));
    // Sums count a plan's budget once: where sub-campaigns divide it, theirs (budgetsToSum).
    const summed = budgetsToSum(own);
    const entities = rows.length ? await m.findBy(CampaignEntity, rows.map((r) => ({ id: r.id }))) : [];
    const byId = new Map(entities.map((c) => [c.id, c]));
    const channels = byChannel(summed);
    const all = byChannel(summed.map((f) => ({ ...f, channel: null })))[0];
    return {
      model: args.model,
      windowDays: args.windowDays,
      from: args.from,
      to: args.to,
      currency: args.currency,
      missingRates,
      // The GraphQL Campaign type reads the entity (money as exact text, as every campaign resolver does).
      campaigns: rows.map((r, i) => ({ campaign: byId.get(r.id)! as unknown as Campaign, ...figures(own[i]!) })),
      channels: channels.map((c) => ({ channel: c.channel, campaigns: c.campaigns, ...figures(c) })),
      total: all ? figures(all) : figures({ budget: '0.00', actualCost: '0.00', wonAmount: '0.00', wonDeals: 0, members: 0, responses: 0 }),
    };
  }
}
