import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, checkNameChange, localizedName, NameChange, NameChangeInput, NameLocale, RecordScope, scopeFor } from '@rapport/shared-domain';
import { diffFields, writeAudit } from '@rapport/shared-database';
import { PipelineEntity, StageEntity } from '@rapport/sales-data';
import { AppError } from '@rapport/shared-errors';

/** Which pipeline or stage, and its new name and/or translations. */
export interface NameChangeRequest extends NameChangeInput {
  id: string;
}

type PipelineWithStages = PipelineEntity & { stages: StageEntity[] };

const AUDITED: (keyof PipelineEntity & keyof StageEntity)[] = ['name', 'names'];

/** Where a deal's timeline events name a stage: the id key and the name key written beside it. */
const STAGE_REFS: [idKey: string, nameKey: string][] = [
  ['stageId', 'stage'],
  ['fromStageId', 'from'],
  ['toStageId', 'to'],
];

/**
 * Pipelines and their ordered stages: configuration every sales user may read, and whose names
 * (with their translations, docs/adr/0010) those with the `pipeline` write grant may change.
 */
@Injectable()
export class PipelinesService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async list(m: EntityManager = this.ds.manager): Promise<PipelineWithStages[]> {
    const pipelines = await m.find(PipelineEntity, { order: { isDefault: 'DESC', name: 'ASC' } });
    const stages = pipelines.length ? await m.find(StageEntity, { where: { pipelineId: In(pipelines.map((p) => p.id)) }, order: { position: 'ASC' } }) : [];
    return pipelines.map((p) => Object.assign(p, { stages: stages.filter((s) => s.pipelineId === p.id) }));
  }

  async stagesByIds(ids: readonly string[]): Promise<(StageEntity | null)[]> {
    const rows = await this.ds.getRepository(StageEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The pipeline and stage a new deal starts in: the given ones, or the default pipeline's first stage. */
  async startingPoint(m: EntityManager, pipelineId?: string, stageId?: string): Promise<{ pipeline: PipelineEntity; stage: StageEntity }> {
    const pipeline = pipelineId ? await m.findOneBy(PipelineEntity, { id: pipelineId }) : await m.findOne(PipelineEntity, { where: {}, order: { isDefault: 'DESC', createdAt: 'ASC' } });
    if (!pipeline) throw AppError.validation([{ path: 'input.pipelineId', message: pipelineId ? 'This pipeline does not exist.' : 'Create a pipeline first.' }]);
    const stage = stageId ? await m.findOneBy(StageEntity, { id: stageId, pipelineId: pipeline.id }) : await m.findOne(StageEntity, { where: { pipelineId: pipeline.id }, order: { position: 'ASC' } });
    if (!stage) throw AppError.validation([{ path: 'input.stageId', message: 'This stage is not in the pipeline.' }]);
    return { pipeline, stage };
  }

  /**
   * A deal event's payload with its stage names in the reader's language (the current canonical
   * name without one). Events written before they carried stage ids, or naming a stage since
   * deleted, keep the name they were written with.
   */
  async localizeEventPayload(eventType: string, payload: Record<string, unknown>, locale: NameLocale | null, load: (id: string) => Promise<StageEntity | null>): Promise<Record<string, unknown>> {
    if (!eventType.startsWith('opportunity.')) return payload;
    let out = payload;
    for (const [idKey, nameKey] of STAGE_REFS) {
      const id = payload[idKey];
      const stage = typeof id === 'string' ? await load(id) : null;
      if (stage) out = { ...out, [nameKey]: localizedName(stage.name, stage.names, locale) };
    }
    return out;
  }

  /** Renames a pipeline and/or replaces its translations; audited. */
  async updatePipeline(actor: Actor, input: NameChangeRequest): Promise<PipelineWithStages> {
    this.assertMayConfigure(actor);
    const patch = namePatch(input);
    return this.ds.transaction(async (m) => {
      const before = await m.findOne(PipelineEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw AppError.notFound('The pipeline');
      await this.apply(m, actor, PipelineEntity, 'pipeline', before, patch);
      const stages = await m.find(StageEntity, { where: { pipelineId: before.id }, order: { position: 'ASC' } });
      return Object.assign(await m.findOneByOrFail(PipelineEntity, { id: before.id }), { stages });
    });
  }

  /** Renames a stage and/or replaces its translations; audited. Deals keep their stage (by id). */
  async updateStage(actor: Actor, input: NameChangeRequest): Promise<StageEntity> {
    this.assertMayConfigure(actor);
    const patch = namePatch(input);
    return this.ds.transaction(async (m) => {
      const before = await m.findOne(StageEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw AppError.notFound('The stage');
      await this.apply(m, actor, StageEntity, 'stage', before, patch);
      return m.findOneByOrFail(StageEntity, { id: before.id });
    });
  }

  private async apply<E extends PipelineEntity | StageEntity>(m: EntityManager, actor: Actor, entity: new () => E, entityType: string, before: E, patch: NameChange) {
    const changes = diffFields<PipelineEntity | StageEntity>(before, { ...before, ...patch }, AUDITED);
    if (!changes.length) return;
    await m.update(entity as never, { id: before.id }, patch as never);
    await writeAudit(m, actor, { entityType, entityId: before.id, action: 'update', changes });
  }

  /** Pipelines are shared configuration: changing them takes the all-records write grant on `pipeline`. */
  private assertMayConfigure(actor: Actor) {
    if (scopeFor(actor, 'pipeline', 'write') !== RecordScope.All) throw AppError.forbidden();
  }
}

/** The checked, normalised change of a name and its translations (shared with products); every problem at once. */
function namePatch(input: NameChangeInput): NameChange {
  const { change, problems } = checkNameChange(input);
  if (problems.length) throw AppError.validation(problems);
  return change;
}
