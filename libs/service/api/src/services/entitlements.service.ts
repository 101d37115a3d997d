import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, isLocalDate } from '@rapport/shared-domain';
import { AppError, type FieldError } from '@rapport/shared-errors';
import { entitlementFor, entitlementProblems } from '@rapport/service-domain';
import { EntitlementEntity, EntitlementRepository, ServiceSlaPolicyEntity } from '@rapport/service-data';
import type { CreateEntitlementInput, UpdateEntitlementInput } from '../models/entitlement.model';
import { assertServiceSetup } from './service-access';

/**
 * Entitlements (issue 18 item 5): an account's service contracts, read by whoever may read the
 * account, created and changed by service set-up's writers who may read it. `serveUnder` chooses
 * the contract (and so the SLA policy) a case of the account and product is served under.
 */
@Injectable()
export class EntitlementsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: EntitlementRepository,
  ) {}

  async ofAccount(actor: Actor, accountId: string): Promise<EntitlementEntity[]> {
    if (!(await this.repo.accountVisible(actor, accountId))) throw AppError.notFound('The account');
    return (await this.repo.ofAccounts([accountId])).get(accountId) ?? [];
  }

  /** The contract in force on `on` for the account and product, or null. */
  async serveUnder(actor: Actor, accountId: string, productId: string | null, on: string): Promise<EntitlementEntity | null> {
    return entitlementFor(await this.ofAccount(actor, accountId), on, productId);
  }

  async create(actor: Actor, input: CreateEntitlementInput): Promise<EntitlementEntity> {
    assertServiceSetup(actor, 'write');
    if (!(await this.repo.accountVisible(actor, input.accountId))) throw AppError.notFound('The account');
    const row = {
      accountId: input.accountId,
      name: input.name.trim(),
      level: input.level?.trim() || null,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      policyId: input.policyId,
      productIds: input.productIds ?? [],
      visitsTotal: input.visitsTotal ?? null,
      visitsUsed: 0,
      hoursTotal: input.hoursTotal ?? null,
      hoursUsed: 0,
    };
    await this.check(row);
    return this.ds.getRepository(EntitlementEntity).save({ ...row, createdBy: actor.userId });
  }

  async update(actor: Actor, input: UpdateEntitlementInput): Promise<EntitlementEntity> {
    assertServiceSetup(actor, 'write');
    const current = await this.ds.getRepository(EntitlementEntity).findOneBy({ id: input.id });
    if (!current || !(await this.repo.accountVisible(actor, current.accountId))) throw AppError.notFound('The entitlement', 'record');
    const row = {
      ...current,
      name: input.name?.trim() ?? current.name,
      level: input.level === undefined ? current.level : input.level?.trim() || null,
      startsOn: input.startsOn ?? current.startsOn,
      endsOn: input.endsOn === undefined ? current.endsOn : input.endsOn,
      policyId: input.policyId ?? current.policyId,
      productIds: input.productIds ?? current.productIds,
      visitsTotal: input.visitsTotal === undefined ? current.visitsTotal : input.visitsTotal,
      visitsUsed: input.visitsUsed ?? current.visitsUsed,
      hoursTotal: input.hoursTotal === undefined ? current.hoursTotal : input.hoursTotal,
      hoursUsed: input.hoursUsed ?? current.hoursUsed,
      updatedAt: new Date(),
    };
    await this.check(row);
    return this.ds.getRepository(EntitlementEntity).save(row);
  }

  private async check(row: Omit<EntitlementEntity, 'id' | 'createdBy' | 'createdAt' | 'updatedAt'>): Promise<void> {
    const errors: FieldError[] = [];
    for (const key of ['startsOn', 'endsOn'] as const) {
      const v = row[key];
      if (v !== null && !isLocalDate(v)) errors.push({ path: `input.${key}`, message: 'is not a date' });
    }
    if (!errors.length) errors.push(...entitlementProblems(row).map((p) => ({ path: `input.${p.path}`, message: p.message })));
    if (!(await this.ds.getRepository(ServiceSlaPolicyEntity).existsBy({ id: row.policyId }))) errors.push({ path: 'input.policyId', message: 'is not an SLA policy' });
    if (errors.length) throw AppError.validation(errors);
  }
}
