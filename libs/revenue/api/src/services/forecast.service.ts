import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, reachesTeam, reachesUser } from '@rapport/shared-domain';
import { UserEntity, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { attainmentPercent, DealForForecast, FORECAST_CATEGORIES, fromCents, Period, periodRange, rollUp, toCents } from '@rapport/revenue-domain';
import { ForecastAdjustmentEntity, ForecastDealRow, ForecastRepository, QuotaEntity } from '@rapport/revenue-data';
import { AdjustForecastInput, Forecast, SetQuotaInput } from '../models/forecast.model';
import { assertAllowed } from './access';

const money = (cents: number) => Number(fromCents(cents));
const asDeal = (d: ForecastDealRow): DealForForecast => ({ amountCents: toCents(d.amount ?? 0), category: d.category, probability: d.probability, won: d.won, lost: d.lost });

/**
 * Forecasts by rep, by team rolled up the hierarchy, by month, quarter or year. A deal counts in
 * the period of its close date (closed deals: the day they closed). Managers' adjustments are kept
 * beside the reps' numbers, never over them; weekly snapshots show how the call moved.
 */
@Injectable()
export class ForecastService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: ForecastRepository,
  ) {}

  /** The people a forecast covers, after checking the caller may see them. */
  async usersInScope(m: EntityManager, actor: Actor, teamId?: string | null, userId?: string | null): Promise<{ id: string; name: string }[]> {
    assertAllowed(actor, 'forecast', 'read');
    if (userId) {
      const u = await this.person(m, userId);
      if (!u || !reachesUser(actor, 'forecast', 'read', u)) throw AppError.notFound('The person');
      return [{ id: u.id, name: u.name }];
    }
    if (teamId) {
      if (!reachesTeam(actor, 'forecast', 'read', teamId)) throw AppError.notFound('The team');
      return this.repo.salesPeopleInTeamTree(teamId, m);
    }
    // Everyone whose deals the forecast scope reaches.
    return this.repo.salesPeopleInScope(actor, m);
  }

  /** One person by id, with what the scope rules need (their team). */
  private person(m: EntityManager, id: string) {
    return m.findOne(UserEntity, { where: { id }, select: { id: true, name: true, teamId: true } });
  }

  /** Adjustments and quotas: only for the people and teams the actor's adjustment scope reaches. */
  private async assertAdjusts(m: EntityManager, actor: Actor, teamId?: string | null, userId?: string | null): Promise<void> {
    if (userId) {
      const u = await this.person(m, userId);
      if (!u || !reachesUser(actor, 'forecastAdjustment', 'write', u)) throw AppError.notFound('The person');
    } else if (teamId && !reachesTeam(actor, 'forecastAdjustment', 'write', teamId)) {
      throw AppError.notFound('The team');
    }
  }

  async forecast(actor: Actor, period: Period, teamId?: string | null, userId?: string | null): Promise<Forecast> {
    const range = periodRange(period);
    const m = this.ds.manager;
    const users = await this.usersInScope(m, actor, teamId, userId);
    const ids = users.map((u) => u.id);
    const deals = await this.repo.dealsCountedIn(range, ids, m);
    const quotas = await this.quotas(m, ids, period);
    const byRep = users.map((u) => {
      const r = rollUp(deals.filter((d) => d.ownerId === u.id).map(asDeal));
      const quota = quotas.get(u.id) ?? null;
      return {
        userId: u.id,
        name: u.name,
        categories: FORECAST_CATEGORIES.map((c) => ({ category: c, amount: money(r.categories[c]) })),
        weighted: money(r.weightedCents),
        quota: quota === null ? null : money(quota),
        attainment: attainmentPercent(r.categories.closed, quota),
      };
    });
    const total = rollUp(deals.map(asDeal));
    const quotaTotal = quotas.size ? [...quotas.values()].reduce((a, b) => a + b, 0) : null;
    const adjustments = await m.find(ForecastAdjustmentEntity, {
      where: { year: period.year, quarter: period.month ? 0 : (period.quarter ?? 0), month: period.month ?? 0, ...(userId ? { userId } : teamId ? { teamId } : {}) },
      order: { createdAt: 'DESC' },
    });
    const scoped = adjustments.filter((a) => (userId ? a.userId === userId : teamId ? a.teamId === teamId : !a.userId && !a.teamId));
    const latest = new Map<string, ForecastAdjustmentEntity>();
    for (const a of scoped) if (!latest.has(a.category)) latest.set(a.category, a);
    return {
      period: range.label,
      currency: 'CNY',
      categories: FORECAST_CATEGORIES.map((c) => ({ category: c, amount: money(total.categories[c]) })),
      weighted: money(total.weightedCents),
      quota: quotaTotal === null ? null : money(quotaTotal),
      attainment: attainmentPercent(total.categories.closed, quotaTotal),
      adjustments: scoped.map((a) => ({ ...a, amount: Number(a.amount) })),
      adjusted: FORECAST_CATEGORIES.map((c) => ({ category: c, amount: latest.has(c) ? Number(latest.get(c)!.amount) : money(total.categories[c]) })),
      byRep,
      trend: await this.trend(m, ids, period),
    };
  }

  /** Quota per user for the period: an exact row, else the sum of the finer rows inside it. */
  private async quotas(m: EntityManager, userIds: string[], p: Period): Promise<Map<string, number>> {
    const rows = await this.repo.quotaRows(userIds, p.year, m);
    const out = new Map<string, number>();
    for (const id of userIds) {
      const mine = rows.filter((r) => r.userId === id);
      const inQuarter = (month: number) => Math.ceil(month / 3) === p.quarter;
      const exact = mine.find((r) => (p.month ? r.month === p.month : p.quarter ? r.quarter === p.quarter && r.month === 0 : r.quarter === 0 && r.month === 0));
      let cents: number | null = exact ? toCents(exact.amount) : null;
      if (cents === null && !p.month) {
        const finer = p.quarter ? mine.filter((r) => r.month && inQuarter(r.month)) : mine.filter((r) => r.quarter && !r.month);
        if (finer.length) cents = finer.reduce((s, r) => s + toCents(r.amount), 0);
      }
      if (cents !== null) out.set(id, cents);
    }
    return out;
  }

  private async trend(m: EntityManager, userIds: string[], p: Period) {
    if (!p.quarter || p.month) return [];
    const rows = await this.repo.trend(userIds, p.year, p.quarter, m);
    return rows.map((r) => ({ takenOn: r.takenOn, commit: money(r.commitCents), bestCase: money(r.bestCaseCents), closed: money(r.closedCents), weighted: money(r.weightedCents) }));
  }

  async adjust(actor: Actor, input: AdjustForecastInput): Promise<ForecastAdjustmentEntity> {
    assertAllowed(actor, 'forecastAdjustment', 'write', 'Only managers adjust a forecast.');
    if (!input.userId && !input.teamId) throw AppError.validation([{ path: 'input.teamId', message: 'Adjust a team’s or a person’s forecast' }]);
    periodRange(input.period);
    return this.ds.transaction(async (m) => {
      await this.assertAdjusts(m, actor, input.teamId, input.userId);
      const row = m.create(ForecastAdjustmentEntity, {
        managerId: actor.userId,
        userId: input.userId ?? null,
        teamId: input.userId ? null : (input.teamId ?? null),
        year: input.period.year,
        quarter: input.period.month ? 0 : (input.period.quarter ?? 0),
        month: input.period.month ?? 0,
        category: input.category,
        amount: input.amount.toFixed(2),
        note: input.note ?? null,
      });
      await m.save(row);
      await writeAudit(m, actor, { entityType: 'forecast_adjustment', entityId: row.id, action: 'create', changes: [{ field: input.category, from: null, to: row.amount }] });
      return row;
    });
  }

  async setQuota(actor: Actor, input: SetQuotaInput): Promise<QuotaEntity> {
    assertAllowed(actor, 'forecastAdjustment', 'write', 'Only managers set quotas.');
    return this.ds.transaction(async (m) => {
      await this.assertAdjusts(m, actor, null, input.userId);
      const quarter = input.period.month ? 0 : (input.period.quarter ?? 0);
      const month = input.period.month ?? 0;
      const before = await this.repo.quotaFor(input.userId, { year: input.period.year, quarter, month }, m);
      const row = m.create(QuotaEntity, { id: before?.id, userId: input.userId, year: input.period.year, quarter, month, amount: input.amount.toFixed(2) });
      await m.save(row);
      await writeAudit(m, actor, { entityType: 'quota', entityId: row.id, action: before ? 'update' : 'create', changes: [{ field: 'amount', from: before?.amount ?? null, to: row.amount }] });
      return row;
    });
  }

  /** The weekly snapshot job: each rep's current-quarter numbers as of `on`. Idempotent per day. */
  async snapshot(on = new Date()): Promise<number> {
    const year = on.getUTCFullYear();
    const quarter = Math.floor(on.getUTCMonth() / 3) + 1;
    const takenOn = on.toISOString().slice(0, 10);
    const range = periodRange({ year, quarter });
    const users = await this.repo.activeSalesPeople();
    const deals = await this.repo.dealsCountedIn(range, null);
    for (const u of users) {
      const r = rollUp(deals.filter((d) => d.ownerId === u.id).map(asDeal));
      await this.repo.saveSnapshot({ takenOn, userId: u.id, teamId: u.teamId, year, quarter, categories: r.categories, weightedCents: r.weightedCents });
    }
    return users.length;
  }
}
