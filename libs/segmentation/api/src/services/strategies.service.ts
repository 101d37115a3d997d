import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { writeAudit } from '@rapport/shared-database';
import { lift } from '@rapport/segmentation-domain';
import { SegmentEntity, SegmentStrategyEntity, StrategyRepository } from '@rapport/segmentation-data';

/**
 * Segment strategies (issue 17 item 7): a holdout drawn when the strategy starts and kept as the
 * segment's members change (each refresh assigns the newcomers), mailings that skip the holdout of an
 * active strategy on a segment they target, and the measured effect per outcome with a verdict.
 */
@Injectable()
export class StrategiesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: StrategyRepository,
  ) {}

  private assertRead(actor: Actor): void {
    if (scopeFor(actor, 'segment', 'read') === RecordScope.None) throw AppError.forbidden();
  }

  private assertWrite(actor: Actor, ownerId?: string | null): void {
    const scope = scopeFor(actor, 'segment', 'write');
    if (scope === RecordScope.None || (ownerId !== undefined && scope !== RecordScope.All && ownerId !== actor.userId)) throw AppError.forbidden();
  }

  list(actor: Actor, segmentId?: string | null): Promise<SegmentStrategyEntity[]> {
    this.assertRead(actor);
    return this.ds.getRepository(SegmentStrategyEntity).find({ where: segmentId ? { segmentId } : {}, order: { createdAt: 'DESC' }, take: 200 });
  }

  async get(actor: Actor, id: string): Promise<SegmentStrategyEntity> {
    this.assertRead(actor);
    const strategy = await this.ds.getRepository(SegmentStrategyEntity).findOneBy({ id });
    if (!strategy) throw AppError.notFound('The strategy');
    return strategy;
  }

  async create(actor: Actor, input: { segmentId: string; name: string; description?: string | null; holdoutShare?: number | null; seed?: number | null; startsAt?: Date | null; endsAt?: Date | null }) {
    this.assertWrite(actor);
    const segment = await this.ds.getRepository(SegmentEntity).findOneBy({ id: input.segmentId });
    if (!segment || segment.archivedAt) throw AppError.notFound('The segment');
    const startsAt = input.startsAt ?? new Date();
    if (input.endsAt && input.endsAt <= startsAt) throw AppError.validation([{ path: 'input.endsAt', message: 'The window must end after it starts.' }]);
    return this.ds.transaction(async (m) => {
      const strategy = await m.save(
        m.create(SegmentStrategyEntity, {
          segmentId: segment.id, name: input.name.trim(), description: input.description?.trim() || null, holdoutShare: String(input.holdoutShare ?? 0.1),
          seed: input.seed ?? randomInt(0, 2_147_483_647), startsAt, endsAt: input.endsAt ?? null, ownerId: actor.userId,
        }),
      );
      await this.repo.assign(m, strategy.id);
      await writeAudit(m, actor, { entityType: 'segment_strategy', entityId: strategy.id, action: 'create', changes: [{ field: 'holdoutShare', from: null, to: strategy.holdoutShare }] });
      return strategy;
    });
  }

  /** Ends a strategy: its holdout no longer holds anyone back; its results stay. */
  async end(actor: Actor, id: string): Promise<SegmentStrategyEntity> {
    const strategy = await this.get(actor, id);
    this.assertWrite(actor, strategy.ownerId);
    await this.ds.getRepository(SegmentStrategyEntity).update({ id }, { status: 'ended', endsAt: strategy.endsAt ?? new Date() });
    return this.ds.getRepository(SegmentStrategyEntity).findOneByOrFail({ id });
  }

  async results(actor: Actor, strategy: SegmentStrategyEntity) {
    this.assertRead(actor);
    const to = strategy.endsAt && strategy.endsAt < new Date() ? strategy.endsAt : new Date();
    const sums = await this.repo.outcomes(strategy.id, strategy.startsAt, to);
    return sums.map((s) => ({ outcome: s.outcome, treated: s.treated.n, holdout: s.holdout.n, ...lift(s.treated, s.holdout) }));
  }

  async cohort(actor: Actor, args: { segmentId: string; memberAt: Date; from: Date; to: Date }) {
    this.assertRead(actor);
    if (args.to <= args.from) throw AppError.validation([{ path: 'to', message: 'The period must end after it starts.' }]);
    return this.repo.cohort(args.segmentId, args.memberAt, args.from, args.to);
  }
}
