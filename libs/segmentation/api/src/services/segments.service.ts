import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { CustomFieldsService } from '@rapport/shared-auth';
import { SegmentConditions } from '@rapport/shared-api';
import { writeAudit, type ConditionContext } from '@rapport/shared-database';
import { ACCOUNT_FIELDS, CONTACT_FIELDS } from '@rapport/sales-data';
import { checkRuleShape, conditionsOf, findCycle, referencedSegments, type SegmentRule } from '@rapport/segmentation-domain';
import { compileRule, type CompiledRule, type ReferencedSegment, SegmentEntity, SegmentRepository, StrategyRepository } from '@rapport/segmentation-data';

/**
 * Segments (issue 17 items 2–3): rules checked and compiled against the condition catalogue,
 * counted and sampled within what the reader may see, saved, and refreshed into the membership
 * history. Refresh runs as the system (membership is everyone the rule matches); every read of
 * members is scoped again.
 */
@Injectable()
export class SegmentsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: SegmentRepository,
    private readonly conditions: SegmentConditions,
    private readonly customFields: CustomFieldsService,
    private readonly strategies: StrategyRepository,
  ) {}

  assertRead(actor: Actor): void {
    if (scopeFor(actor, 'segment', 'read') === RecordScope.None) throw AppError.forbidden();
  }

  private assertWrite(actor: Actor, segment?: SegmentEntity): void {
    const scope = scopeFor(actor, 'segment', 'write');
    if (scope === RecordScope.None || (segment && scope !== RecordScope.All && segment.ownerId !== actor.userId)) throw AppError.forbidden();
  }

  catalogue(actor: Actor) {
    this.assertRead(actor);
    return this.conditions.all().map((d) => ({
      key: d.key,
      group: d.group,
      params: d.params.map((p) => ({ name: p.name, type: p.type, required: p.required ?? false, choices: p.choices ? [...p.choices] : null, min: p.min ?? null, max: p.max ?? null, lookup: p.lookup ?? null })),
    }));
  }

  private async context(rule: SegmentRule): Promise<ConditionContext> {
    const fieldsOf = (group: 'contact' | 'account') => conditionsOf(rule).some((c) => c.condition === `${group}.field` && String(c.params['field'] ?? '').startsWith('customFields.'));
    return {
      fields: {
        contact: fieldsOf('contact') ? { ...CONTACT_FIELDS, ...(await this.customFields.filterFields('contact', 'c')) } : CONTACT_FIELDS,
        account: fieldsOf('account') ? { ...ACCOUNT_FIELDS, ...(await this.customFields.filterFields('account', 'a')) } : ACCOUNT_FIELDS,
      },
    };
  }

  /** The segments a rule reaches through "member of", transitively (each level one query). */
  private async reachable(rule: SegmentRule): Promise<Map<string, ReferencedSegment>> {
    const found = new Map<string, ReferencedSegment>();
    let next = referencedSegments(rule);
    while (next.length) {
      const rows = await this.ds.getRepository(SegmentEntity).findBy({ id: In(next) });
      for (const r of rows) found.set(r.id, { dynamic: r.dynamic, rule: r.rule as unknown as SegmentRule });
      next = [...new Set(rows.filter((r) => r.dynamic).flatMap((r) => referencedSegments(r.rule as unknown as SegmentRule)))].filter((id) => !found.has(id));
    }
    return found;
  }

  /** Checks the rule's shape and every condition's parameters, refuses cycles, and compiles it. */
  async compile(rule: unknown, selfId?: string, path = 'rule'): Promise<{ rule: SegmentRule; compiled: CompiledRule }> {
    const shape = checkRuleShape(rule, path);
    if (!shape.rule) throw AppError.validation(shape.problems, 'The segment rule is not valid.');
    const segments = await this.reachable(shape.rule);
    if (selfId) {
      const cycle = findCycle(selfId, new Map([...[...segments].map(([id, s]) => [id, s.rule] as const), [selfId, shape.rule]]));
      if (cycle) throw AppError.validation([{ path, message: 'segments may not contain each other in a loop' }], 'The segment rule is not valid.');
    }
    const compiled = compileRule(shape.rule, { conditions: (k) => this.conditions.get(k), context: await this.context(shape.rule), segments });
    return { rule: shape.rule, compiled };
  }

  async preview(actor: Actor, rule: unknown, sampleSize = 10) {
    this.assertRead(actor);
    const { compiled } = await this.compile(rule);
    const started = performance.now();
    const { sample, ...count } = await this.repo.preview(compiled, actor, sampleSize);
    return { ...count, sample, tookMs: Math.round(performance.now() - started) };
  }

  async why(actor: Actor, args: { rule?: unknown; segmentId?: string; contactId: string }) {
    this.assertRead(actor);
    const segment = args.segmentId ? await this.get(actor, args.segmentId) : null;
    if (!segment && args.rule === undefined) throw AppError.validation([{ path: 'segmentId', message: 'Give a segment or a rule.' }]);
    const { compiled } = await this.compile(segment ? segment.rule : args.rule);
    // A contact the reader may not see is reported like one that does not exist.
    if (!(await this.repo.contactVisible(actor, args.contactId))) throw AppError.notFound('The contact');
    const result = await this.repo.why(compiled, args.contactId);
    if (!result) throw AppError.notFound('The contact');
    return { matches: result.matches, conditions: compiled.leaves.map((l, i) => ({ path: l.path, condition: l.condition, matches: result.leaves[i] })) };
  }

  list(actor: Actor, includeArchived = false): Promise<SegmentEntity[]> {
    this.assertRead(actor);
    const qb = this.ds.getRepository(SegmentEntity).createQueryBuilder('s').orderBy('lower(s.name)').addOrderBy('s.id').limit(500);
    if (!includeArchived) qb.where('s.archived_at IS NULL');
    return qb.getMany();
  }

  async get(actor: Actor, id: string): Promise<SegmentEntity> {
    this.assertRead(actor);
    const segment = await this.ds.getRepository(SegmentEntity).findOneBy({ id });
    if (!segment) throw AppError.notFound('The segment');
    return segment;
  }

  /** The sales lists' "in segment" filter: for readers of segments, a segment that exists. */
  async membersFilter(actor: Actor, segmentId: string, contactId: string): Promise<{ sql: string; params: Record<string, unknown> }> {
    await this.get(actor, segmentId);
    return this.repo.memberPredicate(segmentId, contactId);
  }

  async create(actor: Actor, input: { name: string; description?: string | null; dynamic: boolean; rule: unknown; refreshMinutes?: number | null }): Promise<SegmentEntity> {
    this.assertWrite(actor);
    const name = input.name.trim();
    if (!name) throw AppError.validation([{ path: 'input.name', message: 'Give the segment a name.' }]);
    if (!input.dynamic && input.refreshMinutes) throw AppError.validation([{ path: 'input.refreshMinutes', message: 'A static segment is not refreshed on a schedule.' }]);
    const { rule, compiled } = await this.compile(input.rule, undefined, 'input.rule');
    const started = performance.now();
    return this.ds.transaction(async (m) => {
      const segment = await m.save(
        m.create(SegmentEntity, { name, description: input.description?.trim() || null, dynamic: input.dynamic, rule: rule as never, refreshMinutes: input.dynamic ? (input.refreshMinutes ?? null) : null, ownerId: actor.userId, teamId: actor.teamId ?? null }),
      );
      // The first membership (a static segment's snapshot) is taken with the segment, so it never exists empty.
      await this.repo.refresh(m, segment.id, compiled, 'create', started);
      await writeAudit(m, actor, { entityType: 'segment', entityId: segment.id, action: 'create', changes: [{ field: 'rule', from: null, to: rule }] });
      return m.findOneByOrFail(SegmentEntity, { id: segment.id });
    });
  }

  async update(actor: Actor, input: { id: string; name?: string; description?: string | null; rule?: unknown; refreshMinutes?: number | null }): Promise<SegmentEntity> {
    const segment = await this.get(actor, input.id);
    this.assertWrite(actor, segment);
    const patch: Partial<SegmentEntity> = {};
    if (input.name !== undefined) patch.name = input.name.trim();
    if (input.description !== undefined) patch.description = input.description?.trim() || null;
    if (input.refreshMinutes !== undefined) {
      if (!segment.dynamic && input.refreshMinutes) throw AppError.validation([{ path: 'input.refreshMinutes', message: 'A static segment is not refreshed on a schedule.' }]);
      patch.refreshMinutes = input.refreshMinutes;
    }
    if (input.rule !== undefined) patch.rule = (await this.compile(input.rule, segment.id, 'input.rule')).rule as never;
    return this.ds.transaction(async (m) => {
      await m.update(SegmentEntity, { id: segment.id }, { ...patch, updatedAt: new Date() } as never);
      const changes = Object.entries(patch).map(([field, to]) => ({ field, from: (segment as unknown as Record<string, unknown>)[field] ?? null, to }));
      if (changes.length) await writeAudit(m, actor, { entityType: 'segment', entityId: segment.id, action: 'update', changes });
      return m.findOneByOrFail(SegmentEntity, { id: segment.id });
    });
  }

  /** Refreshes now: a dynamic segment follows its rule, a static one retakes its snapshot. */
  async refresh(actor: Actor | null, id: string, trigger: 'schedule' | 'manual' = 'manual') {
    const segment = actor ? await this.get(actor, id) : await this.ds.getRepository(SegmentEntity).findOneBy({ id });
    if (!segment) throw AppError.notFound('The segment');
    if (actor) this.assertWrite(actor, segment);
    const { compiled } = await this.compile(segment.rule);
    const started = performance.now();
    const result = await this.ds.transaction(async (m) => {
      const diff = await this.repo.refresh(m, segment.id, compiled, trigger, started);
      // Newcomers join each active strategy's treated group or holdout in the same transaction.
      for (const strategyId of await this.strategies.activeOf(m, segment.id)) await this.strategies.assign(m, strategyId);
      return diff;
    });
    return { segment: await this.ds.getRepository(SegmentEntity).findOneByOrFail({ id }), ...result };
  }

  /** The scheduled run: refreshes every dynamic segment that is due, one after another; a failing one does not stop the rest. */
  async refreshDue(): Promise<{ refreshed: number; failed: string[] }> {
    const failed: string[] = [];
    let refreshed = 0;
    for (const id of await this.repo.due()) {
      try {
        await this.refresh(null, id, 'schedule');
        refreshed++;
      } catch {
        failed.push(id);
      }
    }
    return { refreshed, failed };
  }

  async archive(actor: Actor, id: string, archived: boolean): Promise<SegmentEntity> {
    const segment = await this.get(actor, id);
    this.assertWrite(actor, segment);
    await this.ds.getRepository(SegmentEntity).update({ id }, { archivedAt: archived ? new Date() : null, updatedAt: new Date() });
    return this.ds.getRepository(SegmentEntity).findOneByOrFail({ id });
  }

  /** Members of a segment the caller already holds (it was read with the reader's access). */
  async members(actor: Actor, segment: SegmentEntity, first = 50, after: string | null = null) {
    this.assertRead(actor);
    const size = Math.max(1, Math.min(200, first));
    const rows = await this.repo.members(segment.id, actor, size + 1, after);
    return { items: rows.slice(0, size), nextCursor: rows.length > size ? rows[size - 1].id : null };
  }

  async refreshes(actor: Actor, segment: SegmentEntity, first = 60) {
    this.assertRead(actor);
    return this.repo.refreshes(segment.id, Math.max(1, Math.min(500, first)));
  }

  async stays(actor: Actor, id: string, contactId: string) {
    await this.get(actor, id);
    if (!(await this.repo.contactVisible(actor, contactId))) return [];
    return (await this.repo.stays(id, contactId)).map((s) => ({ ...s, segmentId: id, contactId }));
  }
}
