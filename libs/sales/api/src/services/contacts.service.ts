import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { CustomFieldsService } from '@rapport/shared-auth';
import { Actor, editableKeys, fieldKeys, isAudited, toStoredValues } from '@rapport/shared-domain';
import { appendTimeline, diffFields, listPage, mentionsCustomFields, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { CONTACT, normalizeEmailAddress, normalizePersonName, normalizePhone } from '@rapport/sales-domain';
import { CONTACT_FIELDS, ContactEntity, FOLDED_SORT, SalesRepository } from '@rapport/sales-data';
import { ContactFilter, ContactOrderBy, CreateContactInput, UpdateContactInput } from '../models';
import { assertCanCreate, ContactSets, pickDefined, resolveOwner } from '@rapport/shared-api';

const AUDITED = ['customFields', ...fieldKeys(CONTACT, isAudited)] as (keyof ContactEntity)[];
// Fields copied as given; names, addresses and numbers are normalised below, the owner is resolved.
const PLAIN = editableKeys(CONTACT).filter((k) => !['ownerId', 'firstName', 'lastName', 'emails', 'phones'].includes(k));

@Injectable()
export class ContactsService {
  constructor(
    private readonly repo: SalesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly customFields: CustomFieldsService,
    private readonly contactSets: ContactSets,
  ) {}

  async list(actor: Actor, args: { first?: number | null; after?: string | null; count?: boolean; filter?: ContactFilter | null; orderBy?: ContactOrderBy[] | null; inSegment?: string | null }) {
    const sorting = await this.customFields.sorting<ContactEntity>('contact', 'c', args.orderBy, { lastName: FOLDED_SORT('c.last_name'), createdAt: { column: 'c.created_at', cast: 'timestamptz' }, updatedAt: { column: 'c.updated_at', cast: 'timestamptz' } });
    const qb = this.repo.contacts(actor, 'read');
    if (args.inSegment) {
      const set = await this.contactSets.predicate('segment', actor, args.inSegment, 'c.id', 'inSegment');
      qb.andWhere(set.sql, set.params);
    }
    return listPage(
      qb,
      'c',
      // Custom-field specs cost a query: load them only when the filter uses them.
      mentionsCustomFields(args.filter) ? { ...CONTACT_FIELDS, ...(await this.customFields.filterFields('contact', 'c')) } : CONTACT_FIELDS,
      { ...args, orderBy: sorting.orderBy },
      sorting.sortable,
      { field: 'lastName', direction: 'ASC' },
      this.config.pageSizeMax,
    );
  }

  /** Contacts by id as the reader may see them (null where not): for other domains' records that point at a person. */
  visibleByIds(actor: Actor, ids: readonly string[]) {
    return this.repo.visibleByIds<ContactEntity>('contact', actor, ids);
  }

  findVisible(actor: Actor, id: string) {
    return this.repo.contacts(actor, 'read').andWhere('c.id = :id', { id }).getOne();
  }

  async create(actor: Actor, input: CreateContactInput): Promise<ContactEntity> {
    assertCanCreate(actor, 'contact');
    return this.repo.ds.transaction(async (m) => {
      const owner = await resolveOwner(m, actor, 'contact', input.ownerId);
      await this.assertAccountVisible(actor, input.accountId, m);
      const contact = m.create(ContactEntity, {
        ...contactFields(input),
        firstName: input.firstName?.trim() ?? '',
        lastName: input.lastName.trim(),
        ...owner,
        customFields: await this.customFields.validate(m, 'contact', input.customFields, false),
        createdBy: actor.userId,
      });
      contact.nameNormalized = normalizePersonName(contact.firstName, contact.lastName);
      await m.save(contact);
      await writeAudit(m, actor, { entityType: 'contact', entityId: contact.id, action: 'create', changes: diffFields(null, contact, AUDITED) });
      await appendTimeline(m, actor, { subjectType: 'contact', subjectId: contact.id, eventType: 'record.created', payload: { name: `${contact.firstName} ${contact.lastName}`.trim() } });
      if (contact.accountId) {
        await appendTimeline(m, actor, { subjectType: 'account', subjectId: contact.accountId, eventType: 'contact.added', payload: { contactId: contact.id, name: `${contact.firstName} ${contact.lastName}`.trim() } });
      }
      return m.findOneByOrFail(ContactEntity, { id: contact.id });
    });
  }

  async update(actor: Actor, input: UpdateContactInput): Promise<ContactEntity> {
    return this.repo.ds.transaction(async (m) => {
      const before = await this.repo.contacts(actor, 'write', m).andWhere('c.id = :id', { id: input.id }).setLock('pessimistic_write').getOne();
      if (!before) throw AppError.notFound('The contact');
      if (input.accountId) await this.assertAccountVisible(actor, input.accountId, m);
      const patch: Partial<ContactEntity> = contactFields(input);
      if (input.firstName !== undefined) patch.firstName = input.firstName?.trim() ?? '';
      if (input.lastName !== undefined) patch.lastName = input.lastName.trim();
      if (input.ownerId !== undefined) Object.assign(patch, await resolveOwner(m, actor, 'contact', input.ownerId));
      if (input.customFields !== undefined) patch.customFields = await this.customFields.validate(m, 'contact', input.customFields, true, before.customFields);
      const after = { ...before, ...patch };
      patch.nameNormalized = normalizePersonName(after.firstName, after.lastName);
      const changes = diffFields(before, after, AUDITED);
      await m.update(ContactEntity, { id: before.id }, patch as never);
      if (changes.length) {
        await writeAudit(m, actor, { entityType: 'contact', entityId: before.id, action: 'update', changes });
        await appendTimeline(m, actor, { subjectType: 'contact', subjectId: before.id, eventType: 'record.updated', payload: { changes } });
      }
      return m.findOneByOrFail(ContactEntity, { id: before.id });
    });
  }

  private async assertAccountVisible(actor: Actor, accountId: string | null | undefined, m: Parameters<SalesRepository['accounts']>[2]) {
    if (accountId && !(await this.repo.accounts(actor, 'read', m).andWhere('a.id = :id', { id: accountId }).getExists())) {
      throw AppError.validation([{ path: 'input.accountId', message: 'This account does not exist.' }]);
    }
  }
}

function contactFields(input: Partial<CreateContactInput>): Partial<ContactEntity> {
  const out = toStoredValues(CONTACT, pickDefined(input, PLAIN)) as Partial<ContactEntity>;
  // The API input refuses null for these lists (their columns are never empty); `?? []` is for the type.
  if (input.emails !== undefined) out.emails = [...new Set((input.emails ?? []).map((e) => normalizeEmailAddress(e)).filter((e): e is string => !!e))];
  if (input.phones !== undefined) {
    out.phones = (input.phones ?? []).map((p) => p.trim()).filter(Boolean);
    out.phonesNormalized = out.phones.map((p) => normalizePhone(p)).filter((p): p is string => !!p);
  }
  return out;
}
