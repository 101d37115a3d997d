import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, reachesTeam, RecordScope, scopeFor } from '@rapport/shared-domain';
import { DeactivationGuards, HandoverExtensions } from '@rapport/shared-api';
import { notify, publishToOutbox, UserEntity, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { QUEUES } from '@rapport/shared-queue';
import { HandoverEntity, HandoverObject, SalesRepository } from '@rapport/sales-data';

/** What moves, per object: the open part of a book (closed deals and done tasks keep their history). */
const MOVES: Record<HandoverObject, { table: string; open: string }> = {
  leads: { table: 'lead', open: `status NOT IN ('converted', 'unqualified')` },
  opportunities: { table: 'opportunity', open: 'closed_at IS NULL' },
  accounts: { table: 'account', open: 'TRUE' },
  contacts: { table: 'contact', open: 'TRUE' },
  tasks: { table: 'activity', open: 'done = false' },
};
const CHUNK = 2000;

/**
 * A manager or admin hands a leaving rep's book to new owners: one background job moves open
 * leads, deals, tasks, accounts and contacts in chunks with progress, then sends each new owner
 * a digest. Re-running is safe: each chunk only moves rows still owned by the old owner.
 */
@Injectable()
export class HandoverService implements OnModuleInit {
  constructor(
    private readonly repo: SalesRepository,
    private readonly guards: DeactivationGuards,
    private readonly extensions: HandoverExtensions,
  ) {}

  onModuleInit() {
    // Nothing may stay owned by an inactive user: deactivation asks us what's left.
    this.guards.register((m, userId) => this.ownedCounts(m, userId));
  }

  async start(actor: Actor, input: { fromUserId: string; toUserId: string; assignments?: Partial<Record<HandoverObject, string>>; deactivate?: boolean }) {
    const assignments = Object.fromEntries(Object.keys(MOVES).map((k) => [k, input.assignments?.[k as HandoverObject] ?? input.toUserId])) as Record<HandoverObject, string>;
    return this.repo.ds.transaction(async (m) => {
      const from = await m.findOneBy(UserEntity, { id: input.fromUserId });
      if (!from) throw AppError.validation([{ path: 'input.fromUserId', message: 'This user does not exist.' }]);
      this.assertManages(actor, from.teamId, 'input.fromUserId');
      for (const [object, userId] of Object.entries(assignments)) {
        const to = await m.findOneBy(UserEntity, { id: userId, active: true });
        const path = input.assignments?.[object as HandoverObject] ? `input.assignments.${object}` : 'input.toUserId';
        if (!to || to.id === from.id) throw AppError.validation([{ path, message: 'Choose an active colleague other than the person handing over.' }]);
        this.assertManages(actor, to.teamId, path);
      }
      const running = await m.findOneBy(HandoverEntity, { fromUserId: from.id, status: 'running' });
      if (running) throw AppError.validation([{ path: 'input.fromUserId', message: 'A handover for this person is already running.' }]);
      const total = Object.values(await this.ownedCounts(m, from.id)).reduce((a, b) => a + b, 0);
      const handover = await m.save(m.create(HandoverEntity, { fromUserId: from.id, assignments, deactivateAfter: !!input.deactivate, total, createdBy: actor.userId }));
      await publishToOutbox(m, { queue: QUEUES.sales, jobName: 'transfer-ownership', payload: { handoverId: handover.id }, dedupKey: `transfer-ownership:${handover.id}` });
      await writeAudit(m, actor, { entityType: 'user', entityId: from.id, action: 'handover', changes: [{ field: 'assignments', from: null, to: assignments }] });
      return handover;
    });
  }

  find(actor: Actor, id: string) {
    return this.repo.ds.getRepository(HandoverEntity).findOneBy({ id, ...(scopeFor(actor, 'user', 'read') === RecordScope.All ? {} : { createdBy: actor.userId }) });
  }

  /** The job body. Idempotent; reports progress through `report` and the handover row. */
  async run(handoverId: string, report: (percent: number) => Promise<void> = async () => undefined): Promise<HandoverEntity> {
    const ds = this.repo.ds;
    const h = await ds.getRepository(HandoverEntity).findOneByOrFail({ id: handoverId });
    if (h.status === 'done') return h;
    await ds.getRepository(HandoverEntity).update({ id: h.id }, { status: 'running' });
    const moved: Record<string, Record<HandoverObject, string[]>> = {};
    let done = h.moved;
    for (const [object, { table, open }] of Object.entries(MOVES) as [HandoverObject, (typeof MOVES)[HandoverObject]][]) {
      const to = h.assignments[object];
      for (;;) {
        // One chunk per transaction: a crash loses at most the chunk in flight, which simply runs again.
        const ids: string[] = await ds.transaction(async (m) => {
          const result = await m.query(
            `UPDATE ${table} t SET owner_id = $2, team_id = (SELECT team_id FROM app_user WHERE id = $2), updated_at = now()
              WHERE t.id IN (SELECT id FROM ${table} WHERE owner_id = $1 AND deleted_at IS NULL AND ${open} LIMIT ${CHUNK} FOR UPDATE SKIP LOCKED)
              RETURNING t.id`,
            [h.fromUserId, to],
          );
          // TypeORM returns [rows, affectedCount] for UPDATE … RETURNING on PostgreSQL.
          const rows: { id: string }[] = Array.isArray(result[0]) ? result[0] : result;
          if (rows.length) {
            await m.query(
              `INSERT INTO audit_log (entity_type, entity_id, action, changes, actor_id)
               SELECT $1, id, 'transfer', jsonb_build_array(jsonb_build_object('field', 'ownerId', 'from', $2::text, 'to', $3::text)), $4 FROM unnest($5::uuid[]) AS id`,
              [table, h.fromUserId, to, h.createdBy, rows.map((r) => r.id)],
            );
            await m.query(`UPDATE handover SET moved = moved + $2 WHERE id = $1`, [h.id, rows.length]);
          }
          return rows.map((r) => r.id);
        });
        if (ids.length === 0) break;
        ((moved[to] ??= {} as Record<HandoverObject, string[]>)[object] ??= []).push(...ids);
        done += ids.length;
        await report(h.total ? Math.min(99, Math.floor((done / h.total) * 100)) : 99);
      }
    }
    await ds.transaction(async (m) => {
      // Other domains' records (e.g. open commitments) follow the deals.
      for (const ext of this.extensions.all()) await ext.move(m, h.fromUserId, h.assignments.opportunities);
      for (const to of new Set(Object.values(h.assignments))) await this.sendDigest(m, h, to);
      if (h.deactivateAfter) {
        await m.query(`UPDATE app_user SET active = false, updated_at = now() WHERE id = $1`, [h.fromUserId]);
        await m.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [h.fromUserId]);
      }
      await m.query(`UPDATE handover SET status = 'done', finished_at = now() WHERE id = $1`, [h.id]);
    });
    await report(100);
    return ds.getRepository(HandoverEntity).findOneByOrFail({ id: h.id });
  }

  async fail(handoverId: string, error: string) {
    await this.repo.ds.getRepository(HandoverEntity).update({ id: handoverId }, { status: 'failed', error: error.slice(0, 1000) });
  }

  /** The new owner's briefing: open deals (stage, amount, next step), open tasks, recent activity. */
  private async sendDigest(m: EntityManager, h: HandoverEntity, to: string) {
    const [from] = await m.query(`SELECT name FROM app_user WHERE id = $1`, [h.fromUserId]);
    const deals = await m.query(
      `SELECT o.id, o.name, o.amount, o.currency, o.next_step AS "nextStep", o.close_date AS "closeDate", s.name AS stage
         FROM audit_log a JOIN opportunity o ON o.id = a.entity_id JOIN stage s ON s.id = o.stage_id
        WHERE a.entity_type = 'opportunity' AND a.action = 'transfer' AND a.changes->0->>'to' = $1 AND a.changes->0->>'from' = $2
        ORDER BY o.close_date NULLS LAST LIMIT 50`,
      [to, h.fromUserId],
    );
    const tasks = await m.query(
      `SELECT id, subject, due_at AS "dueAt" FROM activity WHERE owner_id = $1 AND done = false AND type = 'task' AND id IN
         (SELECT entity_id FROM audit_log WHERE entity_type = 'activity' AND action = 'transfer' AND changes->0->>'from' = $2)
        ORDER BY due_at NULLS LAST LIMIT 50`,
      [to, h.fromUserId],
    );
    const recent = await m.query(
      `SELECT a.id, a.type, a.subject, a.occurred_at AS "occurredAt" FROM activity a
        WHERE a.account_id IN (SELECT id FROM account WHERE owner_id = $1) AND a.occurred_at > now() - interval '30 days'
        ORDER BY a.occurred_at DESC LIMIT 20`,
      [to],
    );
    const sections: Record<string, unknown[]> = {};
    for (const ext of this.extensions.all()) sections[ext.section] = await ext.digest(m, h.fromUserId, to);
    await notify(m, {
      userId: to,
      kind: 'handover.digest',
      title: `${from?.name ?? 'A colleague'} handed over ${deals.length} open deals and ${tasks.length} open tasks to you`,
      payload: { handoverId: h.id, from: from?.name ?? '', deals, tasks, recent, ...sections, path: '/sales/opportunities' },
      dedupKey: `handover:${h.id}:${to}`,
      email: true,
    });
  }

  /** What a person still owns that a handover would move, per object. */
  private async ownedCounts(m: EntityManager, userId: string): Promise<Record<HandoverObject, number>> {
    const counts = {} as Record<HandoverObject, number>;
    for (const [object, { table, open }] of Object.entries(MOVES) as [HandoverObject, (typeof MOVES)[HandoverObject]][]) {
      const [row] = await m.query(`SELECT count(*)::int AS n FROM ${table} WHERE owner_id = $1 AND deleted_at IS NULL AND ${open}`, [userId]);
      counts[object] = row.n;
    }
    return counts;
  }

  private assertManages(actor: Actor, teamId: string | null, path: string) {
    if (!reachesTeam(actor, 'handover', 'write', teamId)) throw AppError.validation([{ path, message: 'You can only hand over books within the teams you manage.' }]);
  }
}
