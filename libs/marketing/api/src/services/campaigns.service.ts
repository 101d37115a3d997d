import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { assertCanCreate, pickDefined, resolveOwner } from '@rapport/shared-api';
import { CustomFieldsService } from '@rapport/shared-auth';
import { Actor, editableKeys, fieldKeys, isAudited, toStoredValues } from '@rapport/shared-domain';
import { appendTimeline, diffFields, listPage, mentionsCustomFields, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { normalizePhone } from '@rapport/sales-domain';
import { CAMPAIGN } from '@rapport/marketing-domain';
import { CAMPAIGN_FIELDS, CampaignEntity, CampaignRepository } from '@rapport/marketing-data';
import type { CampaignFilter, CampaignOrderBy, CreateCampaignInput, UpdateCampaignInput } from '../models';

const AUDITED = ['customFields', ...fieldKeys(CAMPAIGN, isAudited)] as (keyof CampaignEntity)[];
// The owner is checked, the parent checked for loops, the tracking number folded: the rest is copied.
const SPECIAL = ['ownerId', 'parentCampaignId', 'trackingPhone'];
const ON_CREATE = editableKeys(CAMPAIGN).filter((k) => !SPECIAL.includes(k));
const ON_UPDATE = editableKeys(CAMPAIGN, 'update').filter((k) => !SPECIAL.includes(k));

/** Unique indexes a campaign write can hit, and what the person is told. */
const TAKEN: Record<string, { path: string; message: string }> = {
  campaign_tracking_phone_key: { path: 'input.trackingPhone', message: 'Another campaign already uses this tracking number.' },
  campaign_short_code_key: { path: 'input.shortCode', message: 'Another campaign already uses this short code.' },
};

/** Campaigns: list, read, create and edit, with audit and timeline (members and costs: CampaignMembersService). */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly repo: CampaignRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly customFields: CustomFieldsService,
  ) {}

  async list(actor: Actor, args: { first?: number | null; after?: string | null; count?: boolean; filter?: CampaignFilter | null; orderBy?: CampaignOrderBy[] | null }) {
    const sorting = await this.customFields.sorting<CampaignEntity>('campaign', 'cp', args.orderBy, {
      // Undated campaigns sort last; the cursor compares the same expressions.
      startDate: { column: `COALESCE(cp.start_date, DATE '9999-12-31')`, cast: 'date', read: (c: CampaignEntity) => c.startDate ?? '9999-12-31' },
      endDate: { column: `COALESCE(cp.end_date, DATE '9999-12-31')`, cast: 'date', read: (c: CampaignEntity) => c.endDate ?? '9999-12-31' },
      budget: { column: 'COALESCE(cp.budget, 0)', cast: 'numeric', read: (c: CampaignEntity) => c.budget ?? '0' },
      channel: { column: `COALESCE(cp.channel, '')`, read: (c: CampaignEntity) => c.channel ?? '' },
      name: { column: 'cp.name' },
      createdAt: { column: 'cp.created_at', cast: 'timestamptz' },
      updatedAt: { column: 'cp.updated_at', cast: 'timestamptz' },
    });
    return listPage(
      this.repo.campaigns(actor, 'read').andWhere('cp.deleted_at IS NULL'),
      'cp',
      mentionsCustomFields(args.filter) ? { ...CAMPAIGN_FIELDS, ...(await this.customFields.filterFields('campaign', 'cp')) } : CAMPAIGN_FIELDS,
      { ...args, orderBy: sorting.orderBy },
      sorting.sortable,
      { field: 'startDate', direction: 'DESC' },
      this.config.pageSizeMax,
    );
  }

  findVisible(actor: Actor, id: string, m?: EntityManager) {
    return this.repo.campaigns(actor, 'read', m).andWhere('cp.id = :id AND cp.deleted_at IS NULL', { id }).getOne();
  }

  /** The visible campaigns among `ids`, in their order (null where not visible): the parent and child loaders. */
  async visibleByIds(actor: Actor, ids: readonly string[]): Promise<(CampaignEntity | null)[]> {
    const rows = await this.repo.campaigns(actor, 'read').andWhere('cp.id IN (:...ids) AND cp.deleted_at IS NULL', { ids }).getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The visible campaigns directly below each of `parentIds`, by name. */
  async childrenOf(actor: Actor, parentIds: readonly string[]): Promise<CampaignEntity[][]> {
    const rows = await this.repo.campaigns(actor, 'read').andWhere('cp.parent_campaign_id IN (:...ids) AND cp.deleted_at IS NULL', { ids: parentIds }).orderBy('cp.name').getMany();
    return parentIds.map((id) => rows.filter((r) => r.parentCampaignId === id));
  }

  async create(actor: Actor, input: CreateCampaignInput): Promise<CampaignEntity> {
    assertCanCreate(actor, 'campaign');
    checkDates(input.startDate, input.endDate);
    return this.write(async (m) => {
      const owner = await resolveOwner(m, actor, 'campaign', input.ownerId);
      if (input.parentCampaignId) await this.assertParentVisible(m, actor, input.parentCampaignId);
      const campaign = m.create(CampaignEntity, {
        ...(toStoredValues(CAMPAIGN, pickDefined(input, ON_CREATE)) as Partial<CampaignEntity>),
        name: input.name.trim(),
        parentCampaignId: input.parentCampaignId ?? null,
        ...tracking(input.trackingPhone),
        ...owner,
        customFields: await this.customFields.validate(m, 'campaign', input.customFields, false),
        createdBy: actor.userId,
      });
      await m.save(campaign);
      await writeAudit(m, actor, { entityType: 'campaign', entityId: campaign.id, action: 'create', changes: diffFields(null, campaign, AUDITED) });
      await appendTimeline(m, actor, { subjectType: 'campaign', subjectId: campaign.id, eventType: 'record.created', payload: { name: campaign.name, type: campaign.type } });
      return m.findOneByOrFail(CampaignEntity, { id: campaign.id });
    });
  }

  async update(actor: Actor, input: UpdateCampaignInput): Promise<CampaignEntity> {
    return this.write(async (m) => {
      const before = await this.repo.campaigns(actor, 'write', m).andWhere('cp.id = :id AND cp.deleted_at IS NULL', { id: input.id }).setLock('pessimistic_write').getOne();
      if (!before) throw AppError.notFound('The campaign');
      checkDates(input.startDate === undefined ? before.startDate : input.startDate, input.endDate === undefined ? before.endDate : input.endDate);
      const patch = toStoredValues(CAMPAIGN, pickDefined(input, ON_UPDATE)) as Partial<CampaignEntity>;
      if (typeof patch.name === 'string') patch.name = patch.name.trim();
      if (input.parentCampaignId !== undefined && input.parentCampaignId !== before.parentCampaignId) {
        if (input.parentCampaignId) {
          await this.assertParentVisible(m, actor, input.parentCampaignId);
          if (await this.repo.isSelfOrDescendant(m, before.id, input.parentCampaignId)) {
            throw AppError.validation([{ path: 'input.parentCampaignId', message: 'A campaign cannot sit below itself or one of its own sub-campaigns.' }]);
          }
        }
        patch.parentCampaignId = input.parentCampaignId;
      }
      if (input.trackingPhone !== undefined) Object.assign(patch, tracking(input.trackingPhone));
      if (input.ownerId !== undefined) Object.assign(patch, await resolveOwner(m, actor, 'campaign', input.ownerId));
      if (input.customFields !== undefined) patch.customFields = await this.customFields.validate(m, 'campaign', input.customFields, true, before.customFields);
      const changes = diffFields(before, { ...before, ...patch }, AUDITED);
      await m.update(CampaignEntity, { id: before.id }, patch as never);
      if (changes.length) {
        await writeAudit(m, actor, { entityType: 'campaign', entityId: before.id, action: 'update', changes });
        await appendTimeline(m, actor, { subjectType: 'campaign', subjectId: before.id, eventType: 'record.updated', payload: { changes } });
      }
      return m.findOneByOrFail(CampaignEntity, { id: before.id });
    });
  }

  private async assertParentVisible(m: EntityManager, actor: Actor, parentId: string) {
    const parent = await this.findVisible(actor, parentId, m);
    if (!parent) throw AppError.validation([{ path: 'input.parentCampaignId', message: 'The campaign was not found.' }]);
  }

  /** Runs a write; a tracking number or short code another campaign holds is the person's mistake, not ours. */
  private async write<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.repo.ds.transaction(work);
    } catch (e) {
      const taken = e instanceof QueryFailedError ? TAKEN[(e.driverError as { constraint?: string }).constraint ?? ''] : undefined;
      if (taken) throw AppError.validation([taken]);
      throw e;
    }
  }
}

/** The tracking number as typed and in E.164 (what a dialled number is matched on). */
function tracking(phone: string | null | undefined): Pick<CampaignEntity, 'trackingPhone' | 'trackingPhoneNormalized'> {
  const typed = phone?.trim() || null;
  return { trackingPhone: typed, trackingPhoneNormalized: normalizePhone(typed) };
}

function checkDates(start: string | null | undefined, end: string | null | undefined) {
  if (start && end && end < start) throw AppError.validation([{ path: 'input.endDate', message: 'The campaign must end on or after its start date.' }]);
}
