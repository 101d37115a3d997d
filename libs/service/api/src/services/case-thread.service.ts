import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { QUEUES } from '@rapport/shared-queue';
import type { EntityManager } from 'typeorm';
import { Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { appendTimeline, publishToOutbox } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { CaseEntity, CaseMessageEntity, CaseRepository } from '@rapport/service-data';
import type { AddCaseNoteInput, LogCaseCallInput, ReplyToCaseInput } from '../models/case.model';
import { CaseAttachmentsService } from './case-attachments.service';
import { CaseClocksService } from './case-clocks.service';
import { CasesService } from './cases.service';

/** Whether the reader may see internal notes (the caseNote capability): service staff and admins, never sales, marketing or customers. */
export const seesInternalNotes = (actor: Actor) => scopeFor(actor, 'caseNote', 'read') !== RecordScope.None;

/**
 * A case's thread (issue 18 item 2): agents' replies, internal notes and logged calls, and what
 * counts as a response for the clocks. A reply or a logged call is an agent response (it stops the
 * first or the current next response); a note is not (the customer heard nothing).
 */
@Injectable()
export class CaseThreadService {
  constructor(
    private readonly repo: CaseRepository,
    private readonly cases: CasesService,
    private readonly clocks: CaseClocksService,
    private readonly attachments: CaseAttachmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The thread of a case the reader was shown, oldest first. */
  messages(actor: Actor, caseId: string, m?: EntityManager): Promise<CaseMessageEntity[]> {
    return this.repo.messages(caseId, seesInternalNotes(actor), m).orderBy('msg.created_at', 'ASC').addOrderBy('msg.id', 'ASC').limit(1000).getMany();
  }

  async reply(actor: Actor, input: ReplyToCaseInput, now = new Date()): Promise<{ message: CaseMessageEntity; case: CaseEntity }> {
    return this.repo.ds.transaction(async (m) => {
      const k = await this.cases.lockForWrite(m, actor, input.caseId);
      if (k.closedAt) throw AppError.validation([], 'A closed case takes no more replies; open a new case linked to it.');
      const to = k.contactId ? await this.repo.contactEmail(m, k.contactId as string) : null;
      const id = randomUUID();
      const message = await m.save(
        m.create(CaseMessageEntity, {
          id,
          caseId: k.id,
          // Ours, so the customer's answer (In-Reply-To) finds the case again.
          messageId: to ? `<case-${k.id}.${id}@${this.config.inboundMailDomain}>` : null,
          fromAddress: to ? this.config.supportMailAddress : null,
          direction: 'outbound',
          // Without an address to write to, the reply is recorded for the record (and the portal) only.
          channel: to ? 'email' : 'other',
          authorId: actor.userId,
          contactId: k.contactId as string | null,
          toAddresses: to ? [to] : [],
          subject: `Re: [${k.number}] ${k.subject}`,
          body: input.body.trim(),
          createdAt: now,
        }),
      );
      // In this transaction: the mail job, which runs after the commit, finds them on the message.
      await this.attachments.attach(m, actor, k, id, input.attachmentIds);
      await this.responded(m, actor, k, now, 'reply', id);
      // Sent by the worker after this commits (the outbox), exactly once (CaseMailer).
      if (to) await publishToOutbox(m, { queue: QUEUES.serviceMail, jobName: 'send-case-reply', payload: { messageId: id }, dedupKey: `case-reply:${id}` });
      if (input.status) await this.cases.moveTo(m, actor, k, input.status, now);
      else await this.cases.startWork(m, actor, k, now);
      return { message, case: await m.findOneByOrFail(CaseEntity, { id: k.id }) };
    });
  }

  async addNote(actor: Actor, input: AddCaseNoteInput, now = new Date()): Promise<{ message: CaseMessageEntity; case: CaseEntity }> {
    if (scopeFor(actor, 'caseNote', 'write') === RecordScope.None) throw AppError.forbidden();
    return this.repo.ds.transaction(async (m) => {
      const k = await this.cases.lockForWrite(m, actor, input.caseId);
      const message = await m.save(m.create(CaseMessageEntity, { caseId: k.id, direction: 'internal', channel: 'note', authorId: actor.userId, body: input.body.trim(), createdAt: now }));
      await this.attachments.attach(m, actor, k, message.id, input.attachmentIds);
      await this.repo.appendEvents(m, k.id, actor.userId, [{ kind: 'note', at: now, data: { messageId: message.id } }]);
      return { message, case: k };
    });
  }

  /** A call with the customer, logged by the agent: an agent response for the clocks, whichever side dialled. */
  async logCall(actor: Actor, input: LogCaseCallInput, now = new Date()): Promise<{ message: CaseMessageEntity; case: CaseEntity }> {
    return this.repo.ds.transaction(async (m) => {
      const k = await this.cases.lockForWrite(m, actor, input.caseId);
      if (k.closedAt) throw AppError.validation([], 'A closed case takes no more replies; open a new case linked to it.');
      const message = await this.logCallIn(m, actor, k, input, now);
      return { message, case: await m.findOneByOrFail(CaseEntity, { id: k.id }) };
    });
  }

  /** Logs a call on a case the caller has locked (a logged call, or the call a case is opened from). */
  async logCallIn(m: EntityManager, actor: Actor, k: CaseEntity, call: Omit<LogCaseCallInput, 'caseId'>, now: Date): Promise<CaseMessageEntity> {
    const message = await m.save(
      m.create(CaseMessageEntity, {
        caseId: k.id,
        direction: call.direction,
        channel: 'phone',
        authorId: actor.userId,
        contactId: k.contactId as string | null,
        phoneNumber: call.phoneNumber ?? null,
        line: call.line ?? null,
        durationSeconds: call.durationSeconds ?? null,
        subject: '',
        body: call.body.trim(),
        createdAt: now,
      }),
    );
    await this.responded(m, actor, k, now, 'call', message.id);
    return message;
  }

  /** An agent response: logged for the clocks, the first one stamped on the case, told on the account's timeline. */
  private async responded(m: EntityManager, actor: Actor, k: CaseEntity, now: Date, how: 'reply' | 'call', messageId: string): Promise<void> {
    await this.repo.appendEvents(m, k.id, actor.userId, [{ kind: 'agent_response', at: now, data: { how, messageId } }]);
    if (!k.firstResponseAt) await m.update(CaseEntity, { id: k.id }, { firstResponseAt: now } as never);
    await this.clocks.refresh(m, k.id, now);
    if (k.accountId) await appendTimeline(m, actor, { subjectType: 'account', subjectId: k.accountId as string, eventType: `case.${how === 'reply' ? 'replied' : 'call_logged'}`, payload: { caseId: k.id, number: k.number } });
  }
}
