import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor, editableKeys, fieldKeys, isAudited } from '@rapport/shared-domain';
import { appendTimeline, assertReferencesVisible, diffFields, inTransaction, listPage, publishToOutbox, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { ACTIVITY } from '@rapport/sales-domain';
import { ACTIVITY_FIELDS, ActivityEntity, SalesRepository } from '@rapport/sales-data';
import { ActivityFilter, ActivityOrderBy, CreateActivityInput, UpdateActivityInput } from '../models';
import { assertCanCreate, pickDefined, resolveOwner } from '@rapport/shared-api';

const LINKS = ['accountId', 'contactId', 'leadId', 'opportunityId'] as const;
const AUDITED = fieldKeys(ACTIVITY, isAudited) as (keyof ActivityEntity)[];
// Create sets the subject trimmed and the time, done state and owner itself; update copies every editable field.
const ON_CREATE = editableKeys(ACTIVITY).filter((k) => !['subject', 'occurredAt', 'done'].includes(k));

@Injectable()
export class ActivitiesService {
  constructor(
    private readonly repo: SalesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The records activities are linked to, for their names in lists: those the actor may read, else null. */
  relatedVisible<T extends { id: string }>(actor: Actor, object: 'account' | 'contact' | 'lead' | 'opportunity', ids: readonly string[]) {
    return this.repo.visibleByIds<T>(object, actor, ids);
  }

  list(actor: Actor, args: { first?: number | null; after?: string | null; count?: boolean; filter?: ActivityFilter | null; orderBy?: ActivityOrderBy[] | null }) {
    return listPage(
      this.repo.activities(actor, 'read'),
      'act',
      ACTIVITY_FIELDS,
      args,
      {
        occurredAt: { column: 'act.occurred_at', cast: 'timestamptz' },
        dueAt: { column: `COALESCE(act.due_at, TIMESTAMPTZ '9999-12-31')`, cast: 'timestamptz', read: (a: ActivityEntity) => a.dueAt ?? new Date('9999-12-31T00:00:00Z') },
        createdAt: { column: 'act.created_at', cast: 'timestamptz' },
      },
      { field: 'occurredAt', direction: 'DESC' },
      this.config.pageSizeMax,
    );
  }

  /** Logs an activity; `within` runs it in the caller's transaction (a logged inbound call does more in the same one). */
  async create(actor: Actor, input: CreateActivityInput, within?: EntityManager): Promise<ActivityEntity> {
    assertCanCreate(actor, 'activity');
    if (!LINKS.some((k) => input[k])) {
      throw AppError.validation([{ path: 'input.accountId', message: 'Link the activity to an account, contact, lead or opportunity.' }]);
    }
    return inTransaction(this.repo.ds, within, async (m) => {
      await this.assertLinksVisible(actor, input, m);
      const owner = await resolveOwner(m, actor, 'activity', undefined);
      const activity = m.create(ActivityEntity, {
        ...(pickDefined(input, ON_CREATE) as Partial<ActivityEntity>),
        subject: input.subject.trim(),
        occurredAt: input.occurredAt ?? new Date(),
        done: input.done ?? false,
        doneAt: input.done ? new Date() : null,
        ...owner,
        createdBy: actor.userId,
      });
      await m.save(activity);
      await writeAudit(m, actor, { entityType: 'activity', entityId: activity.id, action: 'create', changes: diffFields(null, activity, AUDITED) });
      const payload = { activityId: activity.id, type: activity.type, subject: activity.subject, done: activity.done };
      for (const [subjectType, key] of [['account', 'accountId'], ['contact', 'contactId'], ['lead', 'leadId'], ['opportunity', 'opportunityId']] as const) {
        const subjectId = activity[key];
        if (subjectId) await appendTimeline(m, actor, { subjectType, subjectId, eventType: 'activity.logged', payload, occurredAt: activity.occurredAt });
      }
      // Engagement feeds the lead score (leads domain); the job name is declared in shared-queue.
      if (activity.leadId) await publishToOutbox(m, { queue: 'leads', jobName: 'score-lead', payload: { leadId: activity.leadId }, dedupKey: `score-lead:activity:${activity.id}` });
      return m.findOneByOrFail(ActivityEntity, { id: activity.id });
    });
  }

  async update(actor: Actor, input: UpdateActivityInput): Promise<ActivityEntity> {
    return this.repo.ds.transaction(async (m) => {
      const before = await this.repo.activities(actor, 'write', m).andWhere('act.id = :id', { id: input.id }).setLock('pessimistic_write').getOne();
      if (!before) throw AppError.notFound('The activity');
      await this.assertLinksVisible(actor, input, m);
      const patch = pickDefined(input, editableKeys(ACTIVITY)) as Partial<ActivityEntity>;
      if (input.done !== undefined && input.done !== before.done) patch.doneAt = input.done ? new Date() : null;
      const changes = diffFields(before, { ...before, ...patch }, AUDITED);
      await m.update(ActivityEntity, { id: before.id }, patch as never);
      if (changes.length) await writeAudit(m, actor, { entityType: 'activity', entityId: before.id, action: 'update', changes });
      return m.findOneByOrFail(ActivityEntity, { id: before.id });
    });
  }

  private assertLinksVisible(actor: Actor, input: Partial<CreateActivityInput>, m: EntityManager) {
    return assertReferencesVisible(m, actor, [
      { path: 'input.accountId', object: 'account', id: input.accountId },
      { path: 'input.contactId', object: 'contact', id: input.contactId },
      { path: 'input.leadId', object: 'lead', id: input.leadId },
      { path: 'input.opportunityId', object: 'opportunity', id: input.opportunityId },
    ]);
  }
}
