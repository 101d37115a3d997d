import { Injectable } from '@nestjs/common';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { ATTAINMENT_TARGET, attainmentRows, breachDays, channelCostProblems, costToServe, firstResponseTotals, openByAge, reportPeriod, type ChannelCost } from '@rapport/service-domain';
import { BASE_CURRENCY } from '@rapport/shared-domain';
import { CaseRepository, ServiceReportRepository } from '@rapport/service-data';
import type { ServiceChannelCost, ServiceDashboard, SetServiceChannelCostInput } from '../models/service-dashboard.model';
import { assertServiceSetup } from './service-access';

/** "This week" on the dashboard: today and the six days before it. */
const WEEK_DAYS = 7;

/**
 * The service dashboard (issue 18 item 9): open cases by age, SLA attainment by team, priority and
 * milestone over a period, breaches this week and the headline figures. For whoever reads cases,
 * over the cases they may read (the repository counts within the case scope); days are the default
 * business calendar's, as case numbers and visits count them.
 */
@Injectable()
export class ServiceDashboardService {
  constructor(
    private readonly reports: ServiceReportRepository,
    private readonly cases: CaseRepository,
  ) {}

  async dashboard(actor: Actor, args: { from?: Date | null; to?: Date | null }, now = new Date()): Promise<ServiceDashboard> {
    if (scopeFor(actor, 'case', 'read') === RecordScope.None) throw AppError.forbidden();
    const period = reportPeriod(args.from, args.to, now);
    if ('path' in period) throw AppError.validation([{ path: period.path, message: period.message }], period.message);
    const timeZone = (await this.cases.calendarZone(this.cases.ds.manager, null)) ?? 'UTC';
    const [ages, attainment, week, usage, prices] = await Promise.all([
      this.reports.openByAge(actor, now),
      this.reports.attainment(actor, period.from, period.to),
      this.reports.week(actor, timeZone, now, WEEK_DAYS),
      this.reports.channelUsage(actor, period.from, period.to),
      this.prices(),
    ]);
    const cost = costToServe(usage, prices);
    const open = openByAge(ages);
    const first = firstResponseTotals(attainment);
    return {
      from: period.from,
      to: period.to,
      asOf: now,
      timeZone,
      attainmentTarget: ATTAINMENT_TARGET,
      headline: {
        open: week.open,
        openBreached: week.openBreached,
        resolvedThisWeek: week.resolved,
        firstResponseMet: first.met,
        firstResponseBreached: first.breached,
        firstResponseMetRate: first.metRate,
      },
      openByAge: open.buckets,
      openByPriority: open.byPriority,
      attainment: attainmentRows(attainment),
      breachesThisWeek: breachDays(week.today, WEEK_DAYS, week.breaches, week.openBreached),
      costToServe: { currency: BASE_CURRENCY, byChannel: cost.byChannel, byTier: cost.byTier, ...cost.total },
    };
  }

  /** The channels' prices (service set-up readers). */
  async channelCosts(actor: Actor): Promise<ServiceChannelCost[]> {
    assertServiceSetup(actor, 'read');
    return this.prices();
  }

  /** Prices a channel, or removes its price (amount null); service set-up writers. */
  async setChannelCost(actor: Actor, input: SetServiceChannelCostInput): Promise<ServiceChannelCost[]> {
    assertServiceSetup(actor, 'write');
    if (input.amount === null || input.amount === undefined) {
      await this.reports.removeChannelCost(input.channel);
      return this.prices();
    }
    if (!input.basis) throw AppError.validation([{ path: 'input.basis', message: 'Say whether the price is per handled minute or per case.' }]);
    const problems = channelCostProblems(input.amount, 'input.amount');
    if (problems.length) throw AppError.validation(problems);
    await this.reports.saveChannelCost(input.channel, input.basis, input.amount);
    return this.prices();
  }

  private async prices(): Promise<ChannelCost[]> {
    return (await this.reports.channelCosts()).map((p) => ({ channel: p.channel as ChannelCost['channel'], basis: p.basis as ChannelCost['basis'], amount: Number(p.amount) }));
  }
}
