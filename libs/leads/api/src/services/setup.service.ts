import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor } from '@rapport/shared-domain';
import { diffFields, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { describeCriteria, EscalationStep, ScoreField, ScoreOperator } from '@rapport/leads-domain';
import { intakeCalendarSummary, LeadSettingsEntity, RoutingProfileEntity, RoutingRuleEntity, ScoringRuleEntity, SetupRepository, SlaPolicyEntity } from '@rapport/leads-data';
import {
  type LeadSettingsModel as LeadSettingsView,
  ReorderRoutingRulesInput,
  RoutingRuleModel,
  SaveLeadSettingsInput,
  SaveRoutingProfileInput,
  SaveRoutingRuleInput,
  SaveScoringRuleInput,
  SaveSlaPolicyInput,
} from '../models/setup.model';
import { assertAllowed } from './access';

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Admin set-up of intake: routing rules (ordered), rep routing profiles, scoring rules, SLA policies, settings. Audited. */
@Injectable()
export class SetupService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: SetupRepository,
  ) {}

  async rules(actor: Actor): Promise<RoutingRuleModel[]> {
    assertAllowed(actor, 'leadSetup', 'read');
    const rules = await this.ds.getRepository(RoutingRuleEntity).find({ order: { position: 'ASC', id: 'ASC' } });
    return rules.map((r) => ({ ...r, summary: describeCriteria(r.criteria) }));
  }

  async saveRule(actor: Actor, input: SaveRoutingRuleInput): Promise<RoutingRuleModel> {
    assertAllowed(actor, 'leadSetup', 'write');
    if (!!input.targetUserId === !!input.targetTeamId) {
      throw AppError.validation([{ path: 'input.targetUserId', message: 'Choose either a person or a team to receive the leads' }]);
    }
    const c = input.criteria;
    if (c.minScore !== undefined && c.maxScore !== undefined && c.minScore > c.maxScore) {
      throw AppError.validation([{ path: 'input.criteria.maxScore', message: 'The highest score must not be below the lowest' }]);
    }
    return this.ds.transaction(async (m) => {
      await this.assertTarget(m, input);
      const before = input.id ? await m.findOneBy(RoutingRuleEntity, { id: input.id }) : null;
      if (input.id && !before) throw AppError.notFound('The routing rule');
      const next = await this.repo.nextRulePosition(m);
      const values = {
        name: input.name.trim(),
        active: input.active,
        criteria: JSON.parse(JSON.stringify(input.criteria)),
        targetUserId: input.targetUserId ?? null,
        targetTeamId: input.targetTeamId ?? null,
        distribution: input.distribution as RoutingRuleEntity['distribution'],
      };
      const rule: RoutingRuleEntity = before ? Object.assign(m.create(RoutingRuleEntity, { ...before }), values) : m.create(RoutingRuleEntity, { ...values, position: next });
      await m.save(rule);
      await writeAudit(m, actor, { entityType: 'routing_rule', entityId: rule.id, action: before ? 'update' : 'create', changes: diffFields(before, rule, ['name', 'active', 'criteria', 'targetUserId', 'targetTeamId', 'distribution']) });
      return { ...rule, summary: describeCriteria(rule.criteria) };
    });
  }

  async reorderRules(actor: Actor, input: ReorderRoutingRulesInput): Promise<RoutingRuleModel[]> {
    assertAllowed(actor, 'leadSetup', 'write');
    await this.ds.transaction(async (m) => {
      const all = await m.find(RoutingRuleEntity, { select: { id: true } });
      const known = new Set(all.map((r) => r.id));
      if (input.ids.length !== known.size || new Set(input.ids).size !== input.ids.length || input.ids.some((id) => !known.has(id))) {
        throw AppError.validation([{ path: 'input.ids', message: 'List every rule exactly once' }]);
      }
      await this.repo.reorderRules(m, input.ids);
      await writeAudit(m, actor, { entityType: 'routing_rule', entityId: input.ids[0] ?? '00000000-0000-0000-0000-000000000000', action: 'reorder', changes: [{ field: 'order', from: null, to: input.ids }] });
    });
    return this.rules(actor);
  }

  async deleteRule(actor: Actor, id: string): Promise<string> {
    assertAllowed(actor, 'leadSetup', 'write');
    return this.deleteRow(actor, RoutingRuleEntity, 'routing_rule', id, 'The routing rule');
  }

  async profiles(actor: Actor, userIds?: string[]): Promise<RoutingProfileEntity[]> {
    assertAllowed(actor, 'leadSetup', 'read');
    return this.ds.getRepository(RoutingProfileEntity).find({ where: userIds ? { userId: In(userIds) } : {}, order: { userId: 'ASC' } });
  }

  async saveProfile(actor: Actor, input: SaveRoutingProfileInput): Promise<RoutingProfileEntity> {
    assertAllowed(actor, 'leadSetup', 'write');
    const problems = [];
    if (!validTimeZone(input.timeZone)) problems.push({ path: 'input.timeZone', message: 'Unknown time zone (use an IANA name like Asia/Shanghai)' });
    if (input.workEnd <= input.workStart) problems.push({ path: 'input.workEnd', message: 'The working day must end after it starts' });
    if (input.outOfOfficeFrom && input.outOfOfficeUntil && input.outOfOfficeUntil <= input.outOfOfficeFrom) {
      problems.push({ path: 'input.outOfOfficeUntil', message: 'The absence must end after it starts' });
    }
    if (problems.length) throw AppError.validation(problems);
    return this.ds.transaction(async (m) => {
      if (!(await this.repo.userExists(m, input.userId, { activeOnly: false }))) throw AppError.validation([{ path: 'input.userId', message: 'No such user' }]);
      const before = await m.findOneBy(RoutingProfileEntity, { userId: input.userId });
      const profile = m.create(RoutingProfileEntity, {
        ...before,
        ...input,
        workDays: [...new Set(input.workDays)].sort(),
        dailyCapacity: input.dailyCapacity ?? null,
        outOfOfficeFrom: input.outOfOfficeFrom ?? null,
        outOfOfficeUntil: input.outOfOfficeUntil ?? null,
      });
      await m.save(profile);
      await writeAudit(m, actor, { entityType: 'routing_profile', entityId: input.userId, action: before ? 'update' : 'create', changes: diffFields(before, profile, ['timeZone', 'workDays', 'workStart', 'workEnd', 'dailyCapacity', 'outOfOfficeFrom', 'outOfOfficeUntil']) });
      return profile;
    });
  }

  async scoringRules(actor: Actor): Promise<ScoringRuleEntity[]> {
    assertAllowed(actor, 'leadSetup', 'read');
    return this.ds.getRepository(ScoringRuleEntity).find({ order: { id: 'ASC' } });
  }

  async saveScoringRule(actor: Actor, input: SaveScoringRuleInput): Promise<ScoringRuleEntity> {
    assertAllowed(actor, 'leadSetup', 'write');
    const v = input.value;
    const needs = input.operator === 'exists' ? null : input.operator === 'in' ? 'list' : input.operator === 'gte' || input.operator === 'lte' ? 'number' : 'text';
    const ok = needs === null || (needs === 'list' ? Array.isArray(v) && v.every((x) => typeof x === 'string') : needs === 'number' ? v !== null && v !== '' && !Number.isNaN(Number(v)) : typeof v === 'string' && v.trim() !== '');
    if (!ok) throw AppError.validation([{ path: 'input.value', message: needs === 'list' ? 'Give a list of values' : needs === 'number' ? 'Give a number' : 'Give a value' }]);
    return this.saveRow(actor, ScoringRuleEntity, 'scoring_rule', input.id, 'The scoring rule', {
      name: input.name.trim(),
      field: input.field as ScoreField,
      operator: input.operator as ScoreOperator,
      value: (needs === null ? null : v) as ScoringRuleEntity['value'],
      points: input.points,
      active: input.active,
    });
  }

  async deleteScoringRule(actor: Actor, id: string): Promise<string> {
    assertAllowed(actor, 'leadSetup', 'write');
    return this.deleteRow(actor, ScoringRuleEntity, 'scoring_rule', id, 'The scoring rule');
  }

  async slaPolicies(actor: Actor): Promise<SlaPolicyEntity[]> {
    assertAllowed(actor, 'leadSetup', 'read');
    return this.ds.getRepository(SlaPolicyEntity).find({ order: { id: 'ASC' } });
  }

  async saveSlaPolicy(actor: Actor, input: SaveSlaPolicyInput): Promise<SlaPolicyEntity> {
    assertAllowed(actor, 'leadSetup', 'write');
    return this.saveRow(actor, SlaPolicyEntity, 'sla_policy', input.id, 'The SLA policy', {
      source: input.source?.trim().toLowerCase() || null,
      priority: input.priority ?? null,
      responseMinutes: input.responseMinutes,
      active: input.active,
    });
  }

  async deleteSlaPolicy(actor: Actor, id: string): Promise<string> {
    assertAllowed(actor, 'leadSetup', 'write');
    return this.deleteRow(actor, SlaPolicyEntity, 'sla_policy', id, 'The SLA policy');
  }

  async settings(actor: Actor): Promise<LeadSettingsView> {
    assertAllowed(actor, 'leadSetup', 'read');
    return this.view(this.ds.manager, await this.ds.manager.findOneByOrFail(LeadSettingsEntity, { id: 1 }));
  }

  async saveSettings(actor: Actor, input: SaveLeadSettingsInput): Promise<LeadSettingsView> {
    assertAllowed(actor, 'leadSetup', 'write');
    return this.ds.transaction(async (m) => {
      if (input.fallbackUserId) {
        if (!(await this.repo.userExists(m, input.fallbackUserId, { activeOnly: true }))) throw AppError.validation([{ path: 'input.fallbackUserId', message: 'The fallback owner must be an active user' }]);
      }
      if (input.calendarId && !(await this.repo.calendarExists(m, input.calendarId))) throw AppError.validation([{ path: 'input.calendarId', message: 'Choose one of the business calendars' }]);
      const before = await m.findOneByOrFail(LeadSettingsEntity, { id: 1 });
      const ladder = [...input.ladder].sort((a, b) => a.atPercent - b.atPercent) as EscalationStep[];
      const after = m.merge(LeadSettingsEntity, m.create(LeadSettingsEntity, before), { fallbackUserId: input.fallbackUserId ?? null, calendarId: input.calendarId ?? null, ladder });
      await m.save(after);
      await writeAudit(m, actor, { entityType: 'lead_settings', entityId: '00000000-0000-0000-0000-000000000001', action: 'update', changes: diffFields(before, after, ['fallbackUserId', 'calendarId', 'ladder']) });
      return this.view(m, after);
    });
  }

  /** The settings with the calendar the SLA counts in now (the chosen one, else the default one). */
  private async view(m: EntityManager, s: LeadSettingsEntity): Promise<LeadSettingsView> {
    return { fallbackUserId: s.fallbackUserId, calendarId: s.calendarId, calendar: await intakeCalendarSummary(m), ladder: s.ladder };
  }

  private async assertTarget(m: EntityManager, input: SaveRoutingRuleInput) {
    if (input.targetUserId) {
      if (!(await this.repo.userExists(m, input.targetUserId, { activeOnly: true }))) throw AppError.validation([{ path: 'input.targetUserId', message: 'Choose an active user' }]);
    } else {
      if (!(await this.repo.teamExists(m, input.targetTeamId))) throw AppError.validation([{ path: 'input.targetTeamId', message: 'No such team' }]);
    }
  }

  private async saveRow<T extends { id: string }>(actor: Actor, entity: new () => T, type: string, id: string | undefined, what: string, values: Partial<T>): Promise<T> {
    return this.ds.transaction(async (m) => {
      const before = id ? await m.findOneBy(entity, { id } as never) : null;
      if (id && !before) throw AppError.notFound(what);
      const row = before ? Object.assign(m.create(entity, { ...before } as never), values) : m.create(entity, values as never);
      await m.save(row);
      await writeAudit(m, actor, { entityType: type, entityId: row.id, action: before ? 'update' : 'create', changes: diffFields(before, row, Object.keys(values) as (keyof T)[]) });
      return row;
    });
  }

  private async deleteRow<T extends { id: string }>(actor: Actor, entity: new () => T, type: string, id: string, what: string): Promise<string> {
    return this.ds.transaction(async (m) => {
      const res = await m.delete(entity, { id } as never);
      if (!res.affected) throw AppError.notFound(what);
      await writeAudit(m, actor, { entityType: type, entityId: id, action: 'delete' });
      return id;
    });
  }
}
