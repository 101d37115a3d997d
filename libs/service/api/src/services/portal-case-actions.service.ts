import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { appendTimeline, writeAudit } from '@rapport/shared-database';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError, msg } from '@rapport/shared-errors';
import { isDone, type StatusCategory } from '@rapport/service-domain';
import { CaseEntity, CaseMessageEntity, CaseRepository, PortalRepository } from '@rapport/service-data';
import type { ClosePortalCaseInput, OpenPortalCaseInput, ReplyToPortalCaseInput } from '../models/portal.model';
import { CaseClocksService } from './case-clocks.service';
import { CasesService, opened } from './cases.service';
import { RoutingService } from './routing.service';

const DAY = 86_400_000;

/**
 * What a customer does with their cases in the portal (issue 19 item 4): open one (it waits in its
 * routing queue like a mail would), write on one (a resolved case reopens within the reopen window,
 * as for mail; a closed one takes no more), and close one. Each is one transaction that writes the
 * thread, the clock event and the clocks' summary, through the `portalCase` scope.
 */
@Injectable()
export class PortalCaseActionsService {
  constructor(
    private readonly portal: PortalRepository,
    private readonly repo: CaseRepository,
    private readonly cases: CasesService,
    private readonly clocks: CaseClocksService,
    private readonly routing: RoutingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(actor: Actor, input: OpenPortalCaseInput, now = new Date()): Promise<string> {
    const customer = this.customerOf(actor);
    const subject = input.subject.trim();
    const description = input.description.trim();
    return this.repo.ds.transaction(async (m) => {
      // Only a product the picker offered (their contracts', else the active catalogue): no guessing at others.
      if (input.productId && !(await this.portal.offeredProducts(now, customer.accountId, 1, input.productId, m)).length) {
        throw AppError.validation([{ path: 'input.productId', ...msg('service.portalProductNotOffered') }]);
      }
      const intake = await this.repo.intakeOwner(m);
      const k = await this.cases.openIn(
        m,
        {
          subject,
          description,
          channel: 'portal',
          priority: 'normal',
          contactId: customer.contactId,
          accountId: await this.repo.accountOfContact(m, customer.contactId),
          productId: input.productId ?? null,
          ownerId: intake?.ownerId ?? null,
          teamId: intake?.teamId ?? null,
        } as Partial<CaseEntity> & { subject: string; priority: 'normal' },
        actor.userId,
        now,
      );
      await this.customerWrote(m, k, customer.contactId, description, now);
      await writeAudit(m, actor, { entityType: 'case', entityId: k.id, action: 'create', changes: [{ field: 'subject', from: null, to: subject }] });
      if (k.accountId) await appendTimeline(m, actor, opened(k));
      await this.routing.enqueue(m, [k.id], now);
      return k.id;
    });
  }

  async reply(actor: Actor, input: ReplyToPortalCaseInput, now = new Date()): Promise<string> {
    const customer = this.customerOf(actor);
    return this.repo.ds.transaction(async (m) => {
      const k = await this.lock(m, actor, input.caseId);
      const statuses = await this.repo.statuses(m);
      const category = statuses.find((s) => s.key === k.status)?.category as StatusCategory | undefined;
      const reopenable = category === 'resolved' && k.resolvedAt !== null && now.getTime() - (k.resolvedAt as Date).getTime() <= this.config.serviceReopenDays * DAY;
      if (category === 'closed' || (category && isDone(category) && !reopenable)) {
        throw AppError.validation([{ path: 'input.caseId', message: 'This case is closed; open a new case.' }]);
      }
      if (reopenable || category === 'waiting') {
        const open = statuses.find((s) => s.category === 'open' && s.active);
        if (open) await this.cases.moveTo(m, actor, k, open.key, now);
      }
      await this.customerWrote(m, k, customer.contactId, input.body.trim(), now);
      return k.id;
    });
  }

  /** The customer closes their case; closing a closed one changes nothing. */
  async close(actor: Actor, input: ClosePortalCaseInput, now = new Date()): Promise<string> {
    this.customerOf(actor);
    return this.repo.ds.transaction(async (m) => {
      const k = await this.lock(m, actor, input.caseId);
      const statuses = await this.repo.statuses(m);
      if (statuses.find((s) => s.key === k.status)?.category === 'closed') return k.id;
      const closed = statuses.find((s) => s.category === 'closed' && s.active);
      if (!closed) throw AppError.validation([], 'No closed case status is set up; ask an administrator.');
      await this.cases.moveTo(m, actor, k, closed.key, now, 'input.caseId');
      return k.id;
    });
  }

  private customerOf(actor: Actor): NonNullable<Actor['customer']> {
    if (!actor.customer || scopeFor(actor, 'portalCase', 'write') === RecordScope.None) throw AppError.forbidden();
    return actor.customer;
  }

  private async lock(m: EntityManager, actor: Actor, id: string): Promise<CaseEntity> {
    const k = await this.portal.cases(actor, 'write', m).andWhere('k.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!k) throw AppError.notFound('The case');
    return k;
  }

  /** The customer's message on the thread with its clock event, and the clocks' summary after it. */
  private async customerWrote(m: EntityManager, k: CaseEntity, contactId: string, body: string, now: Date): Promise<void> {
    const id = randomUUID();
    await m.insert(CaseMessageEntity, { id, caseId: k.id, direction: 'inbound', channel: 'portal', contactId, subject: k.subject as string, body, createdAt: now });
    await this.repo.appendEvents(m, k.id, null, [{ kind: 'customer_message', at: now, data: { channel: 'portal', messageId: id } }]);
    await this.clocks.refresh(m, k.id, now);
  }
}
