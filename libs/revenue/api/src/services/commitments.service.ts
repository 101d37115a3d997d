import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor } from '@rapport/shared-domain';
import { DeactivationGuards, HandoverExtensions } from '@rapport/shared-api';
import { appendTimeline, listPage, notify, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { SalesRepository } from '@rapport/sales-data';
import { CommitmentEntity } from '@rapport/revenue-data';
import { CreateCommitmentInput, ResolveCommitmentInput } from '../models/forecast.model';
import { assertAllowed } from './access';
import { RevenueRepository } from './revenue.repository';

const FIELDS = {
  id: { column: 'cm.id', type: 'id' as const },
  accountId: { column: 'cm.account_id', type: 'id' as const },
  status: { column: 'cm.status', type: 'string' as const },
  ownerId: { column: 'cm.owner_id', type: 'id' as const },
};

/**
 * The commitment ledger: what reps promised customers, with due dates and an honest status.
 * A manager's list of a customer's commitments is the team's promises (the visibility scope does it).
 */
@Injectable()
export class CommitmentsService implements OnModuleInit {
  constructor(
    private readonly repo: RevenueRepository,
    private readonly sales: SalesRepository,
    private readonly guards: DeactivationGuards,
    private readonly handovers: HandoverExtensions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.guards.register(async (m, userId) => ({ commitments: await m.count(CommitmentEntity, { where: { ownerId: userId, status: 'open' } }) }));
    this.handovers.register({
      section: 'commitments',
      move: async (m, from, to) => {
        const rows: unknown[] = await m.query(
          `UPDATE commitment SET owner_id = $2, team_id = (SELECT team_id FROM app_user WHERE id = $2), updated_at = now()
            WHERE owner_id = $1 AND status = 'open' AND deleted_at IS NULL RETURNING id`,
          [from, to],
        );
        return (Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows).length;
      },
      digest: (m, _from, to) =>
        m.query(
          `SELECT c.id, c.kind, c.description, c.due_at AS "dueAt", a.name AS account FROM commitment c LEFT JOIN account a ON a.id = c.account_id
            WHERE c.owner_id = $1 AND c.status = 'open' AND c.deleted_at IS NULL ORDER BY c.due_at NULLS LAST LIMIT 50`,
          [to],
        ),
    });
  }

  list(actor: Actor, args: { first?: number | null; after?: string | null; accountId?: string | null; status?: string | null; opportunityId?: string | null }) {
    const qb = this.repo.commitments(actor, 'read').andWhere('cm.deleted_at IS NULL');
    if (args.accountId) qb.andWhere('cm.account_id = :a', { a: args.accountId });
    if (args.opportunityId) qb.andWhere('cm.opportunity_id = :o', { o: args.opportunityId });
    if (args.status) qb.andWhere('cm.status = :s', { s: args.status });
    return listPage(qb, 'cm', FIELDS, { first: args.first, after: args.after }, { dueAt: { column: `COALESCE(cm.due_at, 'infinity')`, cast: 'timestamptz', read: (c: CommitmentEntity) => c.dueAt ?? 'infinity' } }, { field: 'dueAt', direction: 'ASC' }, this.config.pageSizeMax);
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
      const due: { id: string; owner_id: string; description: string; due_at: Date }[] = await m.query(
        `SELECT id, owner_id, description, due_at FROM commitment
          WHERE status = 'open' AND deleted_at IS NULL AND reminded_at IS NULL AND due_at IS NOT NULL AND due_at <= $1::timestamptz + interval '1 day'
          FOR UPDATE SKIP LOCKED`,
        [now],
      );
      for (const c of due) {
        await notify(m, {
          userId: c.owner_id,
          kind: 'commitment.due',
          title: `Promise due ${c.due_at.toISOString().slice(0, 10)}: ${c.description}`,
          payload: { commitmentId: c.id, description: c.description, dueAt: c.due_at.toISOString(), path: '/sales/commitments' },
          dedupKey: `commitment-due:${c.id}`,
          email: true,
        });
      }
      if (due.length) await m.query(`UPDATE commitment SET reminded_at = $2 WHERE id = ANY($1::uuid[])`, [due.map((c) => c.id), now]);
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
