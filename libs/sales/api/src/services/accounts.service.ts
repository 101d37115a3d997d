import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { CustomFieldsService, PicklistsService } from '@rapport/shared-auth';
import { Actor, editableKeys, fieldKeys, isAudited, toStoredValues } from '@rapport/shared-domain';
import { appendTimeline, assertReferencesVisible, diffFields, listPage, mentionsCustomFields, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { ACCOUNT, normalizeCompanyName, normalizePhone } from '@rapport/sales-domain';
import { ACCOUNT_FIELDS, AccountEntity, FOLDED_SORT, SalesRepository } from '@rapport/sales-data';
import { AccountFilter, AccountOrderBy, CreateAccountInput, UpdateAccountInput } from '../models';
import { assertCanCreate, ContactSets, pickDefined, resolveOwner } from '@rapport/shared-api';

const AUDITED: (keyof AccountEntity)[] = ['customFields', ...fieldKeys(ACCOUNT, isAudited)];
// The owner is set through resolveOwner (who may own what), not copied.
const EDITABLE = editableKeys(ACCOUNT).filter((k) => k !== 'ownerId');

@Injectable()
export class AccountsService {
  constructor(
    private readonly repo: SalesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly customFields: CustomFieldsService,
    private readonly picklists: PicklistsService,
    private readonly contactSets: ContactSets,
  ) {}

  async list(actor: Actor, args: { first?: number | null; after?: string | null; count?: boolean; filter?: AccountFilter | null; orderBy?: AccountOrderBy[] | null; inSegment?: string | null }) {
    const sorting = await this.customFields.sorting<AccountEntity>('account', 'a', args.orderBy, { name: FOLDED_SORT('a.name'), createdAt: { column: 'a.created_at', cast: 'timestamptz' }, updatedAt: { column: 'a.updated_at', cast: 'timestamptz' } });
    const qb = this.repo.accounts(actor, 'read');
    if (args.inSegment) {
      // Accounts with a current member among their live contacts.
      const set = await this.contactSets.predicate('segment', actor, args.inSegment, 'x.id', 'inSegment');
      qb.andWhere(`EXISTS (SELECT 1 FROM contact x WHERE x.account_id = a.id AND x.deleted_at IS NULL AND ${set.sql})`, set.params);
    }
    return listPage(
      qb,
      'a',
      // Custom-field specs cost a query: load them only when the filter uses them.
      mentionsCustomFields(args.filter) ? { ...ACCOUNT_FIELDS, ...(await this.customFields.filterFields('account', 'a')) } : ACCOUNT_FIELDS,
      { ...args, orderBy: sorting.orderBy },
      sorting.sortable,
      { field: 'name', direction: 'ASC' },
      this.config.pageSizeMax,
    );
  }

  findVisible(actor: Actor, id: string) {
    return this.repo.accounts(actor, 'read').andWhere('a.id = :id', { id }).getOne();
  }

  visibleByIds(actor: Actor, ids: readonly string[]) {
    return this.repo.visibleByIds<AccountEntity>('account', actor, ids);
  }

  async create(actor: Actor, input: CreateAccountInput): Promise<AccountEntity> {
    assertCanCreate(actor, 'account');
    return this.repo.ds.transaction(async (m) => {
      const owner = await resolveOwner(m, actor, 'account', input.ownerId);
      await assertReferencesVisible(m, actor, [{ path: 'input.parentAccountId', object: 'account', id: input.parentAccountId }]);
      const account = m.create(AccountEntity, {
        ...toStoredValues(ACCOUNT, pickDefined(input, EDITABLE)),
        // Industry and territory come from their configured lists (docs/adr/0018-picklists.md).
        ...(await this.picklists.checkRecord(m, ACCOUNT, input as unknown as Record<string, unknown>)),
        name: input.name.trim(),
        nameNormalized: normalizeCompanyName(input.name),
        phoneNormalized: normalizePhone(input.phone),
        ...owner,
        customFields: await this.customFields.validate(m, 'account', input.customFields, false),
        createdBy: actor.userId,
      } as Partial<AccountEntity>);
      await m.save(account);
      await writeAudit(m, actor, { entityType: 'account', entityId: account.id, action: 'create', changes: diffFields(null, account, AUDITED) });
      await appendTimeline(m, actor, { subjectType: 'account', subjectId: account.id, eventType: 'record.created', payload: { name: account.name } });
      return m.findOneByOrFail(AccountEntity, { id: account.id });
    });
  }

  async update(actor: Actor, input: UpdateAccountInput): Promise<AccountEntity> {
    return this.repo.ds.transaction(async (m) => {
      const before = await this.repo.accounts(actor, 'write', m).andWhere('a.id = :id', { id: input.id }).setLock('pessimistic_write').getOne();
      if (!before) throw AppError.notFound('The account');
      if (input.parentAccountId === input.id) throw AppError.validation([{ path: 'input.parentAccountId', message: 'An account cannot be its own parent.' }]);
      if (input.parentAccountId && input.parentAccountId !== before.parentAccountId) {
        await assertReferencesVisible(m, actor, [{ path: 'input.parentAccountId', object: 'account', id: input.parentAccountId }]);
      }
      const patch = {
        ...toStoredValues(ACCOUNT, pickDefined(input, EDITABLE)),
        ...(await this.picklists.checkRecord(m, ACCOUNT, input as unknown as Record<string, unknown>, before as unknown as Record<string, unknown>)),
      } as Partial<AccountEntity>;
      if (input.name !== undefined) {
        patch.name = input.name.trim();
        patch.nameNormalized = normalizeCompanyName(input.name);
      }
      if (input.phone !== undefined) patch.phoneNormalized = normalizePhone(input.phone);
      if (input.ownerId !== undefined) Object.assign(patch, await resolveOwner(m, actor, 'account', input.ownerId));
      if (input.customFields !== undefined) patch.customFields = await this.customFields.validate(m, 'account', input.customFields, true, before.customFields);
      const changes = diffFields(before, { ...before, ...patch }, AUDITED);
      await m.update(AccountEntity, { id: before.id }, patch as never);
      if (changes.length) {
        await writeAudit(m, actor, { entityType: 'account', entityId: before.id, action: 'update', changes });
        await appendTimeline(m, actor, { subjectType: 'account', subjectId: before.id, eventType: 'record.updated', payload: { changes } });
      }
      return m.findOneByOrFail(AccountEntity, { id: before.id });
    });
  }
}
