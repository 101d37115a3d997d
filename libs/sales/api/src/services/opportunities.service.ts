import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { CustomFieldsService } from '@rapport/shared-auth';
import { Actor, editableKeys, fieldKeys, isAudited, toStoredValues } from '@rapport/shared-domain';
import { appendTimeline, assertReferencesVisible, diffFields, listPage, mentionsCustomFields, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { checkStageMove, OPPORTUNITY } from '@rapport/sales-domain';
import { OPPORTUNITY_FIELDS, OpportunityEntity, SalesRepository, StageEntity } from '@rapport/sales-data';
import { CreateOpportunityInput, MoveOpportunityStageInput, OpportunityFilter, OpportunityOrderBy, UpdateOpportunityInput } from '../models';
import { assertCanCreate, pickDefined, resolveOwner } from '@rapport/shared-api';
import { PipelinesService } from './pipelines.service';

const AUDITED = ['customFields', ...fieldKeys(OPPORTUNITY, isAudited)] as (keyof OpportunityEntity)[];
// Copied as given on create; the name is trimmed, the pipeline and stage resolved, the owner checked.
const ON_CREATE = editableKeys(OPPORTUNITY).filter((k) => !['name', 'pipelineId', 'stageId', 'ownerId', 'currency'].includes(k));
// The update input has no account or pipeline (fixed once created); the stage changes through moveStage.
const ON_UPDATE = editableKeys(OPPORTUNITY, 'update').filter((k) => !['stageId', 'ownerId'].includes(k));

@Injectable()
export class OpportunitiesService {
  constructor(
    private readonly repo: SalesRepository,
    private readonly pipelines: PipelinesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly customFields: CustomFieldsService,
  ) {}

  async list(actor: Actor, args: { first?: number | null; after?: string | null; count?: boolean; filter?: OpportunityFilter | null; orderBy?: OpportunityOrderBy[] | null }) {
    const sorting = await this.customFields.sorting<OpportunityEntity>('opportunity', 'o', args.orderBy, {
      // Open-ended dates and amounts sort last; the cursor compares the same expressions.
      closeDate: { column: `COALESCE(o.close_date, DATE '9999-12-31')`, cast: 'date', read: (o: OpportunityEntity) => o.closeDate ?? '9999-12-31' },
      amount: { column: 'COALESCE(o.amount, 0)', cast: 'numeric', read: (o: OpportunityEntity) => o.amount ?? '0' },
      name: { column: 'o.name' },
      createdAt: { column: 'o.created_at', cast: 'timestamptz' },
      updatedAt: { column: 'o.updated_at', cast: 'timestamptz' },
    });
    return listPage(
      // The stage comes along in the same statement: every card and row shows it.
      this.repo.opportunities(actor, 'read').leftJoinAndMapOne('o.stage', StageEntity, 'st', 'st.id = o.stage_id'),
      'o',
      // Custom-field specs cost a query: load them only when the filter uses them.
      mentionsCustomFields(args.filter) ? { ...OPPORTUNITY_FIELDS, ...(await this.customFields.filterFields('opportunity', 'o')) } : OPPORTUNITY_FIELDS,
      { ...args, orderBy: sorting.orderBy },
      sorting.sortable,
      { field: 'closeDate', direction: 'ASC' },
      this.config.pageSizeMax,
    );
  }

  findVisible(actor: Actor, id: string) {
    return this.repo.opportunities(actor, 'read').leftJoinAndMapOne('o.stage', StageEntity, 'st', 'st.id = o.stage_id').andWhere('o.id = :id', { id }).getOne();
  }

  async create(actor: Actor, input: CreateOpportunityInput): Promise<OpportunityEntity> {
    assertCanCreate(actor, 'opportunity');
    return this.repo.ds.transaction(async (m) => {
      const owner = await resolveOwner(m, actor, 'opportunity', input.ownerId);
      await assertReferencesVisible(m, actor, [
        { path: 'input.accountId', object: 'account', id: input.accountId },
        { path: 'input.primaryContactId', object: 'contact', id: input.primaryContactId },
        { path: 'input.campaignId', object: 'campaign', id: input.campaignId },
      ]);
      const { pipeline, stage } = await this.pipelines.startingPoint(m, input.pipelineId ?? undefined, input.stageId ?? undefined);
      const opp = m.create(OpportunityEntity, {
        ...(toStoredValues(OPPORTUNITY, pickDefined(input, ON_CREATE)) as Partial<OpportunityEntity>),
        name: input.name.trim(),
        currency: input.currency ?? pipeline.currency,
        pipelineId: pipeline.id,
        stageId: stage.id,
        ...owner,
        customFields: await this.customFields.validate(m, 'opportunity', input.customFields, false),
        createdBy: actor.userId,
      });
      await m.save(opp);
      await writeAudit(m, actor, { entityType: 'opportunity', entityId: opp.id, action: 'create', changes: diffFields(null, opp, AUDITED) });
      const created = { eventType: 'opportunity.created', payload: { opportunityId: opp.id, name: opp.name, stage: stage.name, stageId: stage.id, amount: opp.amount } };
      await appendTimeline(m, actor, { subjectType: 'account', subjectId: opp.accountId, ...created });
      await appendTimeline(m, actor, { subjectType: 'opportunity', subjectId: opp.id, ...created });
      return m.findOneByOrFail(OpportunityEntity, { id: opp.id });
    });
  }

  async update(actor: Actor, input: UpdateOpportunityInput): Promise<OpportunityEntity> {
    return this.repo.ds.transaction(async (m) => {
      const before = await this.lockForWrite(actor, input.id, m);
      if (input.stageId && input.stageId !== before.stageId) {
        throw AppError.validation([{ path: 'input.stageId', message: 'Use moveOpportunityStage to change the stage.' }]);
      }
      await assertReferencesVisible(m, actor, [
        ...(input.primaryContactId !== before.primaryContactId ? [{ path: 'input.primaryContactId', object: 'contact' as const, id: input.primaryContactId }] : []),
        ...(input.campaignId !== before.campaignId ? [{ path: 'input.campaignId', object: 'campaign' as const, id: input.campaignId }] : []),
      ]);
      const patch = toStoredValues(OPPORTUNITY, pickDefined(input, ON_UPDATE)) as Partial<OpportunityEntity>;
      if (input.ownerId !== undefined) Object.assign(patch, await resolveOwner(m, actor, 'opportunity', input.ownerId));
      if (input.customFields !== undefined) patch.customFields = await this.customFields.validate(m, 'opportunity', input.customFields, true, before.customFields);
      const changes = diffFields(before, { ...before, ...patch }, AUDITED);
      await m.update(OpportunityEntity, { id: before.id }, patch as never);
      if (changes.length) {
        await writeAudit(m, actor, { entityType: 'opportunity', entityId: before.id, action: 'update', changes });
        await appendTimeline(m, actor, { subjectType: 'opportunity', subjectId: before.id, eventType: 'record.updated', payload: { changes } });
      }
      return m.findOneByOrFail(OpportunityEntity, { id: before.id });
    });
  }

  /** Kanban drag-and-drop: the stage change is validated, audited and told on the account's timeline. */
  async moveStage(actor: Actor, input: MoveOpportunityStageInput): Promise<OpportunityEntity> {
    return this.repo.ds.transaction(async (m) => {
      const before = await this.lockForWrite(actor, input.id, m);
      const target = await m.findOneBy(StageEntity, { id: input.stageId });
      if (!target) throw AppError.validation([{ path: 'input.stageId', message: 'This stage does not exist.' }]);
      if (target.id === before.stageId) return before;
      const problems = checkStageMove(target, { pipelineId: before.pipelineId, amount: before.amount === null ? null : Number(before.amount) }, input);
      if (problems.length) throw AppError.validation(problems);
      const from = await m.findOneByOrFail(StageEntity, { id: before.stageId });
      const closed = target.isWon || target.isLost;
      const patch: Partial<OpportunityEntity> = {
        stageId: target.id,
        stageChangedAt: new Date(),
        closedAt: closed ? new Date() : null,
        lostReason: target.isLost ? input.lostReason?.trim() ?? null : null,
        wonReason: target.isWon ? input.wonReason?.trim() ?? null : before.wonReason,
      };
      await m.update(OpportunityEntity, { id: before.id }, patch as never);
      await writeAudit(m, actor, { entityType: 'opportunity', entityId: before.id, action: 'update', changes: diffFields(before, { ...before, ...patch }, AUDITED) });
      const moved = {
        eventType: 'opportunity.stage_changed',
        // Stage ids let readers see the names in their own language (TimelineItem.payload); the names stay for integrations.
        payload: { opportunityId: before.id, name: before.name, from: from.name, to: target.name, fromStageId: from.id, toStageId: target.id, lostReason: patch.lostReason ?? undefined },
      };
      // The customer's stream and the deal's own.
      await appendTimeline(m, actor, { subjectType: 'account', subjectId: before.accountId, ...moved });
      await appendTimeline(m, actor, { subjectType: 'opportunity', subjectId: before.id, ...moved });
      return m.findOneByOrFail(OpportunityEntity, { id: before.id });
    });
  }

  private async lockForWrite(actor: Actor, id: string, m: Parameters<SalesRepository['opportunities']>[2]) {
    const opp = await this.repo.opportunities(actor, 'write', m).andWhere('o.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!opp) throw AppError.notFound('The opportunity');
    return opp;
  }
}
