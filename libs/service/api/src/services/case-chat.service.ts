import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { assertCanCreate, resolveOwner } from '@rapport/shared-api';
import { Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { appendTimeline } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { normalizeEmailAddress, normalizePersonName, normalizePhone } from '@rapport/sales-domain';
import { SalesRepository } from '@rapport/sales-data';
import { chatClockEvents, chatDurationSeconds, chatInOrder, chatTranscriptProblems, chatTranscriptText, type CasePriority, type ChatLine, type ChatSide } from '@rapport/service-domain';
import { CaseEntity, CaseMessageEntity, CaseRepository } from '@rapport/service-data';
import type { PostChatTranscriptInput } from '../models/case-chat.model';
import { CaseClocksService } from './case-clocks.service';
import { CasesService } from './cases.service';

/**
 * The chat channel (issue 18 item 2): a chat system posts each chat when it ends, and it joins the
 * case's one thread as a message on the chat channel whose lines drive the clocks as mail does (the
 * customer's line starts or continues them, the agent's answer stops them). It continues the case it
 * names, or opens one for the customer: found among the contacts the caller may see by email or
 * phone, else a new contact flagged for review. Posting the same chat again (its externalId) changes
 * nothing and answers with its case.
 */
@Injectable()
export class CaseChatService {
  constructor(
    private readonly repo: CaseRepository,
    private readonly sales: SalesRepository,
    private readonly cases: CasesService,
    private readonly clocks: CaseClocksService,
  ) {}

  async post(actor: Actor, input: PostChatTranscriptInput, now = new Date()): Promise<CaseEntity> {
    const raw: ChatLine[] = input.lines.map((l) => ({ at: l.at, from: l.from as ChatSide, text: l.text, author: l.author ?? null }));
    const problems = chatTranscriptProblems(raw, now);
    if (!input.caseId && !input.subject?.trim()) problems.push({ path: 'input.subject', message: 'Give the new case a subject.' });
    const email = normalizeEmailAddress(input.email);
    const phone = input.phone?.trim() ? normalizePhone(input.phone) : null;
    if (input.phone?.trim() && !phone) problems.push({ path: 'input.phone', message: 'Enter a phone number, such as +86 138 0013 8000.' });
    if (!input.caseId && !email && !phone && !problems.some((p) => p.path === 'input.phone')) {
      problems.push({ path: 'input.email', message: 'Give the customer’s email or phone number, or the case the chat was about.' });
    }
    if (problems.length) throw AppError.validation(problems);
    if (!input.caseId) assertCanCreate(actor, 'case');
    const lines = chatInOrder(raw);
    // A chat system's id stands for the chat on every retry; hashed, so any text the system uses is a safe key.
    const messageId = input.externalId?.trim() ? `<chat.${createHash('sha256').update(input.externalId.trim()).digest('hex').slice(0, 40)}@chat.rapport>` : null;

    return this.repo.ds.transaction(async (m) => {
      if (messageId) {
        // Two posts of one chat at once: the second waits here, then finds the first's message.
        await this.repo.lockMessageId(m, messageId);
        const earlier = await this.repo.caseByMessageIds(m, [messageId]);
        if (earlier) return this.readable(m, actor, earlier.id);
      }
      if (input.caseId) return this.continueCase(m, actor, input.caseId, lines, messageId, now);
      return this.openCase(m, actor, input, lines, { email, phone }, messageId, now);
    });
  }

  private async continueCase(m: EntityManager, actor: Actor, caseId: string, lines: ChatLine[], messageId: string | null, now: Date): Promise<CaseEntity> {
    const k = await this.cases.lockForWrite(m, actor, caseId);
    if (k.closedAt) throw AppError.validation([{ path: 'input.caseId', message: 'A closed case takes no more messages; post the chat without a case to open a new one.' }]);
    const message = await this.insertMessage(m, k, lines, messageId);
    const events = chatClockEvents(lines, message.id, now, true);
    await this.repo.appendEvents(m, k.id, actor.userId, events);
    await this.afterMessage(m, actor, k, events, now);
    return m.findOneByOrFail(CaseEntity, { id: k.id });
  }

  private async openCase(m: EntityManager, actor: Actor, input: PostChatTranscriptInput, lines: ChatLine[], who: { email: string | null; phone: string | null }, messageId: string | null, now: Date): Promise<CaseEntity> {
    const owner = await resolveOwner(m, actor, 'case', null);
    const contactId = (await this.knownCustomer(m, actor, who)) ?? (await this.newCustomer(m, actor, who, input.name, owner));
    const firstCustomer = lines.find((l) => l.from === 'customer')!;
    // The message's id is known before the case: its clock events name it, and they replay as the case opens.
    const messageRowId = randomUUID();
    const events = chatClockEvents(lines, messageRowId, now);
    const k = await this.cases.openForContact(
      m,
      actor,
      { subject: input.subject!.trim(), description: firstCustomer.text, channel: 'chat', priority: (input.priority ?? 'normal') as CasePriority, contactId, owner },
      now,
      { clockFrom: firstCustomer.at <= now ? firstCustomer.at : now, replay: events },
    );
    await this.insertMessage(m, k, lines, messageId, messageRowId);
    await this.afterMessage(m, actor, k, events, now);
    return m.findOneByOrFail(CaseEntity, { id: k.id });
  }

  private async insertMessage(m: EntityManager, k: CaseEntity, lines: ChatLine[], messageId: string | null, id: string = randomUUID()): Promise<CaseMessageEntity> {
    return m.save(
      m.create(CaseMessageEntity, {
        id,
        caseId: k.id,
        direction: 'inbound',
        channel: 'chat',
        contactId: k.contactId as string | null,
        messageId,
        subject: '',
        body: chatTranscriptText(lines),
        // The chat's length (first line to last): the handled minutes cost-to-serve counts, as a call's are.
        durationSeconds: chatDurationSeconds(lines),
        createdAt: lines[0]!.at,
      }),
    );
  }

  /** The first answer stamped on the case, the work started, the clocks refreshed, the account told. */
  private async afterMessage(m: EntityManager, actor: Actor, k: CaseEntity, events: { kind: string; at: Date }[], now: Date): Promise<void> {
    const answered = events.find((e) => e.kind === 'agent_response');
    if (answered && !k.firstResponseAt) await m.update(CaseEntity, { id: k.id }, { firstResponseAt: answered.at } as never);
    if (answered) await this.cases.startWork(m, actor, await m.findOneByOrFail(CaseEntity, { id: k.id }), now);
    await this.clocks.refresh(m, k.id, now);
    if (k.accountId) await appendTimeline(m, actor, { subjectType: 'account', subjectId: k.accountId as string, eventType: 'case.chat', payload: { caseId: k.id, number: k.number } });
  }

  /** The first contact the caller may see with the email, else the phone number. */
  private async knownCustomer(m: EntityManager, actor: Actor, who: { email: string | null; phone: string | null }): Promise<string | null> {
    if (scopeFor(actor, 'contact', 'read') === RecordScope.None) return null;
    const q = () => this.sales.contacts(actor, 'read', m).orderBy('c.updated_at', 'DESC').addOrderBy('c.id', 'DESC');
    if (who.email) {
      const found = await q().andWhere(':email = ANY(c.emails)', { email: who.email }).getOne();
      if (found) return found.id;
    }
    if (who.phone) {
      const found = await q().andWhere(':phone = ANY(c.phones_normalized)', { phone: who.phone }).getOne();
      if (found) return found.id;
    }
    return null;
  }

  /** An unknown customer becomes a contact flagged for review, never a guess at someone else's record. */
  private async newCustomer(m: EntityManager, actor: Actor, who: { email: string | null; phone: string | null }, name: string | null | undefined, owner: { ownerId: string | null; teamId: string | null }): Promise<string> {
    if (scopeFor(actor, 'contact', 'write') === RecordScope.None) {
      throw AppError.validation([{ path: who.email ? 'input.email' : 'input.phone', message: 'No contact you may see has this address or number; name the case, or ask someone who may add contacts.' }]);
    }
    const lastName = name?.trim() || who.email || who.phone!;
    const person = { firstName: '', lastName, nameNormalized: normalizePersonName('', lastName), ...owner };
    return who.email ? this.repo.createUnreviewedContact(m, { address: who.email, ...person }) : this.repo.createUnreviewedCaller(m, { phone: who.phone!, ...person });
  }

  /** A chat posted before: its case, if the caller may still read it (else as if it did not exist). */
  private async readable(m: EntityManager, actor: Actor, caseId: string): Promise<CaseEntity> {
    const k = await this.repo.cases(actor, 'read', m).andWhere('k.id = :id', { id: caseId }).getOne();
    if (!k) throw AppError.notFound('The case');
    return k;
  }
}
