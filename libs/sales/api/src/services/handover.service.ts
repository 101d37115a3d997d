import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, reachesTeam, RecordScope, scopeFor } from '@rapport/shared-domain';
import { DeactivationGuards, HandoverExtensions } from '@rapport/shared-api';
import { notify, publishToOutbox, UserEntity, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { QUEUES } from '@rapport/shared-queue';
import { HANDOVER_OBJECTS, HandoverEntity, HandoverObject, HandoverRepository } from '@rapport/sales-data';

const CHUNK = 2000;

/**
 * A manager or admin hands a leaving rep's book to new owners: one background job moves open
 * leads, deals, tasks, accounts and contacts in chunks with progress, then sends each new owner
 * a digest. Re-running is safe: each chunk only moves rows still owned by the old owner.
 */
@Injectable()
export class HandoverService implements OnModuleInit {
  constructor(
    private readonly repo: HandoverRepository,
    private readonly guards: DeactivationGuards,
    private readonly extensions: HandoverExtensions,
  ) {}

  onModuleInit() {
    // Nothing may stay owned by an inactive user: deactivation asks us what's left.
    this.guards.register((m, userId) => this.repo.ownedCounts(m, userId));
  }

  async start(actor: Actor, input: { fromUserId: string; toUserId: string; assignments?: Partial<Record<HandoverObject, string>>; deactivate?: boolean }) {
    const assignments = Object.fromEntries(HANDOVER_OBJECTS.map((k) => [k, input.assignments?.[k as HandoverObject] ?? input.toUserId])) as Record<HandoverObject, string>;
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
      const total = Object.values(await this.repo.ownedCounts(m, from.id)).reduce((a, b) => a + b, 0);
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
    for (const object of HANDOVER_OBJECTS) {
      const to = h.assignments[object];
      for (;;) {
        // One chunk per transaction: a crash loses at most the chunk in flight, which simply runs again.
        const ids: string[] = await ds.transaction(async (m) => {
          const movedIds = await this.repo.moveChunk(m, object, h.fromUserId, to, CHUNK);
          if (movedIds.length) {
            await this.repo.auditTransfers(m, object, movedIds, { fromUserId: h.fromUserId, toUserId: to, actorId: h.createdBy });
            await this.repo.addMoved(m, h.id, movedIds.length);
          }
          return movedIds;
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
        await this.repo.deactivateUser(m, h.fromUserId);
        // Deactivation ends every session at once.
        await this.repo.revokeSessions(m, h.fromUserId);
      }
      await this.repo.markDone(m, h.id);
    });
    await report(100);
    return ds.getRepository(HandoverEntity).findOneByOrFail({ id: h.id });
  }

  async fail(handoverId: string, error: string) {
    await this.repo.ds.getRepository(HandoverEntity).update({ id: handoverId }, { status: 'failed', error: error.slice(0, 1000) });
  }

  /** The new owner's briefing: open deals (stage, amount, next step), open tasks, recent activity. */
  private async sendDigest(m: EntityManager, h: HandoverEntity, to: string) {
    const fromName = await this.repo.userName(m, h.fromUserId);
    const deals = await this.repo.transferredDeals(m, h.fromUserId, to);
    const tasks = await this.repo.transferredOpenTasks(m, h.fromUserId, to);
    const recent = await this.repo.recentAccountActivity(m, to);
    const sections: Record<string, unknown[]> = {};
    for (const ext of this.extensions.all()) sections[ext.section] = await ext.digest(m, h.fromUserId, to);
    await notify(m, {
      userId: to,
      kind: 'handover.digest',
      title: `${fromName ?? 'A colleague'} handed over ${deals.length} open deals and ${tasks.length} open tasks to you`,
      payload: { handoverId: h.id, from: fromName ?? '', deals, tasks, recent, ...sections, path: '/sales/opportunities' },
      dedupKey: `handover:${h.id}:${to}`,
      email: true,
    });
  }

  private assertManages(actor: Actor, teamId: string | null, path: string) {
    if (!reachesTeam(actor, 'handover', 'write', teamId)) throw AppError.validation([{ path, message: 'You can only hand over books within the teams you manage.' }]);
  }
}
