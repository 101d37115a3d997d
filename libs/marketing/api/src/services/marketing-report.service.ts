import { Injectable } from '@nestjs/common';
import { Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { isIsoDateTime } from '@rapport/shared-util';
import { budgetsToSum, byChannel, campaignReturn, centsToDecimal, type AttributionModel, type CampaignFigures } from '@rapport/marketing-domain';
import { AttributionRepository, CampaignEntity, CampaignRepository } from '@rapport/marketing-data';
import type { Campaign, MarketingReport, ReturnFigures } from '../models';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: string) => DATE.test(v) && isIsoDateTime(v);

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

  async report(actor: Actor, args: { from: string | null; to: string | null; model: AttributionModel; windowDays: number; currency: string }): Promise<MarketingReport> {
    if (scopeFor(actor, 'campaign', 'read') !== RecordScope.All) throw AppError.forbidden();
    const problems = [
      // Null means "open end"; anything else, the empty string included, must be a real calendar day.
      ...(args.from != null && !isDay(args.from) ? [{ path: 'from', message: 'Use a date like 2026-12-31.' }] : []),
      ...(args.to != null && !isDay(args.to) ? [{ path: 'to', message: 'Use a date like 2026-12-31.' }] : []),
      ...(!/^[A-Z]{3}$/.test(args.currency) ? [{ path: 'currency', message: 'Use a 3-letter currency code such as CNY.' }] : []),
      ...(!Number.isInteger(args.windowDays) || args.windowDays < 0 || args.windowDays > 730 ? [{ path: 'windowDays', message: 'The window is 0 to 730 days.' }] : []),
    ];
    if (problems.length) throw AppError.validation(problems);
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
