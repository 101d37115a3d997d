import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { CreateHooks } from '@rapport/shared-api';
import { CustomFieldsService } from '@rapport/shared-auth';
import { Actor, editableKeys, fieldKeys, isAudited } from '@rapport/shared-domain';
import { appendTimeline, assertReferencesVisible, diffFields, inTransaction, publishToOutbox, listPage, mentionsCustomFields, writeAudit } from '@rapport/shared-database';
import { EntityManager } from 'typeorm';
import { AppError } from '@rapport/shared-errors';
import { checkLeadStatusChange, LEAD, leadIdentity } from '@rapport/sales-domain';
import { LEAD_FIELDS, LeadEntity, SalesRepository } from '@rapport/sales-data';
import { CreateLeadInput, LeadFilter, LeadOrderBy, UpdateLeadInput } from '../models';
import { assertCanCreate, pickDefined, resolveOwner } from '@rapport/shared-api';

const AUDITED = ['customFields', ...fieldKeys(LEAD, isAudited)] as (keyof LeadEntity)[];
// The identity fields are trimmed and folded together (leadIdentity); the owner is checked.
const IDENTITY = ['firstName', 'lastName', 'company', 'email', 'phone'] as const;
const plain = (k: string) => k !== 'ownerId' && !(IDENTITY as readonly string[]).includes(k);
const ON_CREATE = editableKeys(LEAD).filter(plain);
const ON_UPDATE = editableKeys(LEAD, 'update').filter(plain);

@Injectable()
export class LeadsService {
  constructor(
    private readonly repo: SalesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly customFields: CustomFieldsService,
    private readonly createHooks: CreateHooks,
  ) {}

  async list(actor: Actor, args: { first?: number | null; after?: string | null; count?: boolean; filter?: LeadFilter | null; orderBy?: LeadOrderBy[] | null }) {
    const sorting = await this.customFields.sorting<LeadEntity>('lead', 'l', args.orderBy, {
      createdAt: { column: 'l.created_at', cast: 'timestamptz' },
      updatedAt: { column: 'l.updated_at', cast: 'timestamptz' },
      lastName: { column: 'l.last_name' },
      company: { column: `COALESCE(l.company, '')`, read: (l: LeadEntity) => l.company ?? '' },
      score: { column: 'l.score', cast: 'int' },
    });
    return listPage(
      this.repo.leads(actor, 'read'),
      'l',
      // Custom-field specs cost a query: load them only when the filter uses them.
      mentionsCustomFields(args.filter) ? { ...LEAD_FIELDS, ...(await this.customFields.filterFields('lead', 'l')) } : LEAD_FIELDS,
      { ...args, orderBy: sorting.orderBy },
      sorting.sortable,
      { field: 'createdAt', direction: 'DESC' },
      this.config.pageSizeMax,
    );
  }

  findVisible(actor: Actor, id: string) {
    return this.repo.leads(actor, 'read').andWhere('l.id = :id', { id }).getOne();
  }

  /** Creates a lead; `within` runs it in the caller's transaction. */
  async create(actor: Actor, input: CreateLeadInput, within?: EntityManager): Promise<LeadEntity> {
    assertCanCreate(actor, 'lead');
    return inTransaction(this.repo.ds, within, async (m) => {
      const owner = await resolveOwner(m, actor, 'lead', input.ownerId);
      await assertReferencesVisible(m, actor, [{ path: 'input.campaignId', object: 'campaign', id: input.campaignId }]);
      const lead = m.create(LeadEntity, {
        ...(pickDefined(input, ON_CREATE) as Partial<LeadEntity>),
        ...leadIdentity(input),
        ...owner,
        customFields: await this.customFields.validate(m, 'lead', input.customFields, false),
        createdBy: actor.userId,
      } as Partial<LeadEntity>);
      await m.save(lead);
      await writeAudit(m, actor, { entityType: 'lead', entityId: lead.id, action: 'create', changes: diffFields(null, lead, AUDITED) });
      await appendTimeline(m, actor, { subjectType: 'lead', subjectId: lead.id, eventType: 'record.created', payload: { source: lead.source, campaign: lead.campaignSource } });
      // The leads domain scores it here, so the lead comes back (and lists) with its score, not 0.
      await this.createHooks.run(m, 'lead', [lead.id]);
      return m.findOneByOrFail(LeadEntity, { id: lead.id });
    });
  }

  async update(actor: Actor, input: UpdateLeadInput): Promise<LeadEntity> {
    return this.repo.ds.transaction(async (m) => {
      const before = await this.repo.leads(actor, 'write', m).andWhere('l.id = :id', { id: input.id }).setLock('pessimistic_write').getOne();
      if (!before) throw AppError.notFound('The lead');
      if (input.status && input.status !== before.status) {
        const problem = checkLeadStatusChange(before.status, input.status);
        if (problem) throw AppError.validation([{ path: 'input.status', message: problem }]);
      }
      // The input's validation refuses a null last name, so the merged identity always has one.
      const merged = { ...before, ...pickDefined(input, [...IDENTITY]) } as Parameters<typeof leadIdentity>[0];
      const patch: Partial<LeadEntity> = { ...(pickDefined(input, ON_UPDATE) as Partial<LeadEntity>), ...leadIdentity(merged) };
      if (input.ownerId !== undefined) Object.assign(patch, await resolveOwner(m, actor, 'lead', input.ownerId));
      if (input.campaignId !== before.campaignId) await assertReferencesVisible(m, actor, [{ path: 'input.campaignId', object: 'campaign', id: input.campaignId }]);
      if (input.customFields !== undefined) patch.customFields = await this.customFields.validate(m, 'lead', input.customFields, true, before.customFields);
      const changes = diffFields(before, { ...before, ...patch }, AUDITED);
      await m.update(LeadEntity, { id: before.id }, patch as never);
      if (changes.length) {
        await writeAudit(m, actor, { entityType: 'lead', entityId: before.id, action: 'update', changes });
        await appendTimeline(m, actor, { subjectType: 'lead', subjectId: before.id, eventType: 'record.updated', payload: { changes } });
        await publishToOutbox(m, { queue: 'leads', jobName: 'score-lead', payload: { leadId: before.id }, dedupKey: `score-lead:${before.id}:${Date.now()}` });
      }
      return m.findOneByOrFail(LeadEntity, { id: before.id });
    });
  }
}
