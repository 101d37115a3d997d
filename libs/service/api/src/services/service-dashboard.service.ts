import { Injectable } from '@nestjs/common';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { ATTAINMENT_TARGET, attainmentRows, breachDays, firstResponseTotals, openByAge, reportPeriod } from '@rapport/service-domain';
import { CaseRepository, ServiceReportRepository } from '@rapport/service-data';
import type { ServiceDashboard } from '../models/service-dashboard.model';

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
    const [ages, attainment, week] = await Promise.all([
      this.reports.openByAge(actor, now),
      this.reports.attainment(actor, period.from, period.to),
      this.reports.week(actor, timeZone, now, WEEK_DAYS),
    ]);
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
    };
  }
}
