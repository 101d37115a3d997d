import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { PipelineEntity, StageEntity } from '@rapport/sales-data';
import { AppError } from '@rapport/shared-errors';

/** Pipelines and their ordered stages: configuration every sales user may read. */
@Injectable()
export class PipelinesService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async list(): Promise<(PipelineEntity & { stages: StageEntity[] })[]> {
    const pipelines = await this.ds.getRepository(PipelineEntity).find({ order: { isDefault: 'DESC', name: 'ASC' } });
    const stages = pipelines.length ? await this.ds.getRepository(StageEntity).find({ where: { pipelineId: In(pipelines.map((p) => p.id)) }, order: { position: 'ASC' } }) : [];
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
}
