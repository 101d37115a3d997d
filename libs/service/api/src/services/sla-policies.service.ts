import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Actor } from '@rapport/shared-domain';
import { AppError, type FieldError } from '@rapport/shared-errors';
import { CASE_PRIORITIES, policyProblems, type PriorityTargets, type SlaPolicyTerms } from '@rapport/service-domain';
import { ServiceSlaPolicyEntity } from '@rapport/service-data';
import { BusinessCalendarEntity } from '@rapport/shared-database';
import type { CreateServiceSlaPolicyInput, PriorityTargetsModel, UpdateServiceSlaPolicyInput } from '../models/sla-policy.model';
import { assertServiceSetup } from './service-access';

/**
 * Service SLA policies (issue 18 item 5): targets per priority counted in a business calendar (the
 * default one when none is named), checked whole before they are stored. Entitlements select them
 * and cases take their targets from them (ADR 0021); the default policy (one at most, active) serves
 * customers without a contract in force.
 */
@Injectable()
export class SlaPoliciesService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(actor: Actor): Promise<ServiceSlaPolicyEntity[]> {
    assertServiceSetup(actor, 'read');
    return this.ds.getRepository(ServiceSlaPolicyEntity).find({ order: { active: 'DESC', name: 'ASC' } });
  }

  async get(actor: Actor, id: string): Promise<ServiceSlaPolicyEntity> {
    assertServiceSetup(actor, 'read');
    const found = await this.ds.getRepository(ServiceSlaPolicyEntity).findOneBy({ id });
    if (!found) throw AppError.notFound('The SLA policy', 'slaPolicy');
    return found;
  }

  /** Policies by id, in one query (an account's contracts name theirs). */
  async byIds(ids: readonly string[]): Promise<Map<string, ServiceSlaPolicyEntity>> {
    const rows = await this.ds.getRepository(ServiceSlaPolicyEntity).findBy({ id: In([...ids]) });
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * The calendars policies count in, in one query: a policy's own, else the default (null when none
   * exists yet). Keys are calendar ids, `''` standing for "the default".
   */
  async calendarsFor(calendarIds: readonly string[]): Promise<Map<string, BusinessCalendarEntity | null>> {
    const named = [...new Set(calendarIds.filter(Boolean))];
    const rows = await this.ds.getRepository(BusinessCalendarEntity).find({ where: [...(named.length ? [{ id: In(named) }] : []), { isDefault: true }] });
    const found = new Map<string, BusinessCalendarEntity | null>(rows.map((r) => [r.id, r]));
    found.set('', rows.find((r) => r.isDefault) ?? null);
    return found;
  }

  async create(actor: Actor, input: CreateServiceSlaPolicyInput): Promise<ServiceSlaPolicyEntity> {
    assertServiceSetup(actor, 'write');
    const terms = { targets: targetsOf(input.targets), warnAtPercent: input.warnAtPercent ?? 75 };
    await this.check(input.targets, terms, input.calendarId ?? null);
    const isDefault = input.isDefault ?? false;
    return this.save(() =>
      this.ds.transaction(async (m) => {
        if (isDefault) await m.update(ServiceSlaPolicyEntity, { isDefault: true }, { isDefault: false, updatedAt: new Date() });
        return m.save(ServiceSlaPolicyEntity, m.create(ServiceSlaPolicyEntity, { name: input.name.trim(), calendarId: input.calendarId ?? null, ...terms, isDefault, createdBy: actor.userId }));
      }),
    );
  }

  async update(actor: Actor, input: UpdateServiceSlaPolicyInput): Promise<ServiceSlaPolicyEntity> {
    assertServiceSetup(actor, 'write');
    const current = await this.get(actor, input.id);
    const terms = { targets: input.targets ? targetsOf(input.targets) : current.targets, warnAtPercent: input.warnAtPercent ?? current.warnAtPercent };
    const calendarId = input.calendarId === undefined ? current.calendarId : input.calendarId;
    await this.check(input.targets ?? null, terms, calendarId);
    const active = input.active ?? current.active;
    const isDefault = input.isDefault ?? current.isDefault;
    // The default serves every customer without a contract: it must be in use.
    if (isDefault && !active) throw AppError.validation([{ path: input.active === false ? 'input.active' : 'input.isDefault', message: 'The default policy must be active; make another one the default first.' }]);
    const patch = { name: input.name?.trim() ?? current.name, calendarId, ...terms, active, isDefault, updatedAt: new Date() };
    return this.save(() =>
      this.ds.transaction(async (m) => {
        if (isDefault && !current.isDefault) await m.update(ServiceSlaPolicyEntity, { isDefault: true }, { isDefault: false, updatedAt: new Date() });
        await m.update(ServiceSlaPolicyEntity, { id: current.id }, patch);
        return { ...current, ...patch };
      }),
    );
  }

  private async check(list: PriorityTargetsModel[] | null, terms: SlaPolicyTerms, calendarId: string | null): Promise<void> {
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    (list ?? []).forEach((t, i) => {
      if (seen.has(t.priority)) errors.push({ path: `input.targets.${i}.priority`, message: 'is listed twice' });
      seen.add(t.priority);
    });
    // Each listed entry checked on its own (a duplicate must not hide the other's problems), paths by position.
    (list ?? []).forEach((t, i) => {
      for (const p of policyProblems({ targets: { [t.priority]: targetsOf([t])[t.priority] }, warnAtPercent: terms.warnAtPercent })) {
        const m = /^targets\.\w+\.(\w+)$/.exec(p.path);
        if (m) errors.push({ path: `input.targets.${i}.${m[1]}`, message: p.message });
      }
    });
    for (const p of policyProblems(terms)) if (!p.path.startsWith('targets.')) errors.push({ path: `input.${p.path}`, message: p.message });
    if (calendarId && !(await this.ds.getRepository(BusinessCalendarEntity).existsBy({ id: calendarId }))) errors.push({ path: 'input.calendarId', message: 'is not a business calendar' });
    if (errors.length) throw AppError.validation(errors);
  }

  private async save(write: () => Promise<ServiceSlaPolicyEntity>): Promise<ServiceSlaPolicyEntity> {
    try {
      return await write();
    } catch (e) {
      if ((e as { constraint?: string }).constraint === 'service_sla_policy_name_key') throw AppError.validation([{ path: 'input.name', message: 'is taken by another policy' }]);
      // Two made the default at once: the index keeps one, the other is asked again.
      if ((e as { constraint?: string }).constraint === 'service_sla_policy_default_key') throw AppError.validation([{ path: 'input.isDefault', message: 'Another policy was made the default just now; try again.' }]);
      throw e;
    }
  }
}

function targetsOf(list: PriorityTargetsModel[]): SlaPolicyTerms['targets'] {
  return Object.fromEntries(list.map((t) => [t.priority, { firstResponse: t.firstResponse ?? null, nextResponse: t.nextResponse ?? null, resolution: t.resolution ?? null } satisfies PriorityTargets]));
}

/** A policy's targets as the API lists them: lowest priority first. */
export function targetList(targets: SlaPolicyTerms['targets']): (PriorityTargets & { priority: string })[] {
  return CASE_PRIORITIES.filter((p) => targets[p]).map((priority) => ({ priority, ...targets[priority]! }));
}
