import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor } from '@rapport/shared-domain';
import { DeactivationGuards, HandoverExtensions } from '@rapport/shared-api';
import { appendTimeline, listPage, notify, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { SalesRepository } from '@rapport/sales-data';
import { COMMITMENT_FIELDS, COMMITMENT_ORDER, CommitmentEntity, CommitmentRepository, RevenueRepository } from '@rapport/revenue-data';
import { CreateCommitmentInput, ResolveCommitmentInput } from '../models/forecast.model';
import { assertAllowed } from './access';

/**
 * The commitment ledger: what reps promised customers, with due dates and an honest status.
 * A manager's list of a customer's commitments is the team's promises (the visibility scope does it).
 */
@Injectable()
export class CommitmentsService implements OnModuleInit {
  constructor(
    private readonly repo: RevenueRepository,
    private readonly ledger: CommitmentRepository,
    private readonly sales: SalesRepository,
    private readonly guards: DeactivationGuards,
    private readonly handovers: HandoverExtensions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.guards.register(async (m, userId) => ({ commitments: await m.count(CommitmentEntity, { where: { ownerId: userId, status: 'open' } }) }));
    this.handovers.register({
      section: 'commitments',
      move: (m, from, to) => this.ledger.reassignOpen(from, to, m),
      digest: (m, _from, to) => this.ledger.openDigest(to, m),
    });
  }

  list(actor: Actor, args: { first?: number | null; after?: string | null; accountId?: string | null; status?: string | null; opportunityId?: string | null }) {
    const qb = this.repo.commitments(actor, 'read').andWhere('cm.deleted_at IS NULL');
    if (args.accountId) qb.andWhere('cm.account_id = :a', { a: args.accountId });
    if (args.opportunityId) qb.andWhere('cm.opportunity_id = :o', { o: args.opportunityId });
    if (args.status) qb.andWhere('cm.status = :s', { s: args.status });
    return listPage(qb, 'cm', COMMITMENT_FIELDS, { first: args.first, after: args.after }, COMMITMENT_ORDER, { field: 'dueAt', direction: 'ASC' }, this.config.pageSizeMax);
  }

  async create(actor: Actor, input: CreateCommitmentInput): Promise<CommitmentEntity> {
    assertAllowed(actor, 'commitment', 'write');
    if (!input.accountId && !input.contactId && !input.opportunityId && !input.activityId) {
      throw AppError.validation([{ path: 'input.accountId', message: 'Say whom the promise was made to: an account, contact, opportunity or activity' }]);
    }
    if (!input.description.trim()) throw AppError.validation([{ path: 'input.description', message: 'Describe what was promised' }]);
    return this.repo.ds.transaction(async (m) => {
      const accountId = await this.linkedAccount(actor, input);
      const c = m.create(CommitmentEntity, {
        kind: input.kind,
        description: input.description.trim(),
        dueAt: input.dueAt ?? null,
        accountId,
        contactId: input.contactId ?? null,
        opportunityId: input.opportunityId ?? null,
        activityId: input.activityId ?? null,
        ownerId: actor.userId,
        teamId: actor.teamId,
        createdBy: actor.userId,
      });
      await m.save(c);
      await writeAudit(m, actor, { entityType: 'commitment', entityId: c.id, action: 'create', changes: [{ field: 'description', from: null, to: c.description }] });
      if (accountId) await appendTimeline(m, actor, { subjectType: 'account', subjectId: accountId, eventType: 'commitment.made', payload: { commitmentId: c.id, kind: c.kind, description: c.description, dueAt: c.dueAt } });
      return c;
    });
  }

  async resolve(actor: Actor, input: ResolveCommitmentInput): Promise<CommitmentEntity> {
    return this.repo.ds.transaction(async (m) => {
      const c = await this.repo.commitments(actor, 'write', m).andWhere('cm.id = :id AND cm.deleted_at IS NULL', { id: input.id }).setLock('pessimistic_write').getOne();
      if (!c) throw AppError.notFound('The commitment');
      const from = c.status;
      c.status = input.status as CommitmentEntity['status'];
      c.resolvedAt = c.status === 'open' ? null : new Date();
      await m.save(c);
      await writeAudit(m, actor, { entityType: 'commitment', entityId: c.id, action: 'update', changes: [{ field: 'status', from, to: c.status }] });
      if (c.accountId) await appendTimeline(m, actor, { subjectType: 'account', subjectId: c.accountId, eventType: `commitment.${c.status}`, payload: { commitmentId: c.id, description: c.description } });
      return c;
    });
  }

  /** The reminder job: open promises due within a day (or overdue) remind their owner once. */
  async remindDue(now = new Date()): Promise<number> {
    return this.repo.ds.transaction(async (m) => {
      const due = await this.ledger.dueForReminder(now, m);
      for (const c of due) {
        await notify(m, {
          userId: c.ownerId,
          kind: 'commitment.due',
          title: `Promise due ${c.dueAt.toISOString().slice(0, 10)}: ${c.description}`,
          payload: { commitmentId: c.id, description: c.description, dueAt: c.dueAt.toISOString(), path: '/sales/commitments' },
          dedupKey: `commitment-due:${c.id}`,
          email: true,
        });
      }
      if (due.length) await this.ledger.markReminded(due.map((c) => c.id), now, m);
      return due.length;
    });
  }

  /** Every linked record must be visible to the actor; the promise belongs to the explicit account, else the first link's account. */
  private async linkedAccount(actor: Actor, input: CreateCommitmentInput): Promise<string | null> {
    const links = [
      ['account', input.accountId],
      ['opportunity', input.opportunityId],
      ['contact', input.contactId],
      ['activity', input.activityId],
    ] as const;
    let accountId: string | null = null;
    for (const [object, id] of links) {
      if (!id) continue;
      const [row] = await this.sales.visibleByIds<{ id: string; accountId?: string | null }>(object, actor, [id]);
      if (!row) throw AppError.validation([{ path: `input.${object}Id`, message: `No such ${object}, or you may not see it` }]);
      accountId ??= object === 'account' ? row.id : (row.accountId ?? null);
    }
    return accountId;
  }
}
