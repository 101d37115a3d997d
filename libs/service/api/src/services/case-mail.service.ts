import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { appendTimeline } from '@rapport/shared-database';
import { classifyMail, header, messageIdsIn, parseInboundWithAttachments, type InboundAttachment, type ParsedInbound } from '@rapport/shared-domain';
import type { InboundMessage } from '@rapport/shared-mail';
import { normalizePersonName } from '@rapport/sales-domain';
import { caseNumberIn, isDone, type StatusCategory } from '@rapport/service-domain';
import { CaseEntity, CaseMessageEntity, CaseRepository } from '@rapport/service-data';
import { CaseClocksService } from './case-clocks.service';
import { RoutingService } from './routing.service';
import { CasesService, opened } from './cases.service';
import { CaseAttachmentsService } from './case-attachments.service';

export type CaseMailOutcome = 'opened' | 'threaded' | 'reopened' | 'followed-up' | 'duplicate' | 'auto-reply' | 'report' | 'loop' | 'no-sender';

const DAY = 24 * 3600_000;

/**
 * Mail to the support address (issue 18 item 3): a customer's message opens a case or continues one.
 * Robots never do (`classifyMail`: delivery reports, complaints and auto-replies are dropped, and
 * mail from our own address is a loop). The thread is found by the Message-IDs the mail quotes
 * (In-Reply-To, References: our replies' and the customer's earlier ones), else by the case number
 * in the subject when the sender is the case's person or of its account. The sender is matched to a
 * contact by address; an unknown sender becomes a new contact flagged for review, never a guess.
 * A resolved case is reopened within SERVICE_REOPEN_DAYS; a closed one, or an older resolution,
 * gets a new case that follows it. Exactly once: the mail's Message-ID is unique among messages.
 */
@Injectable()
export class CaseMailService {
  private readonly logger = new Logger(CaseMailService.name);

  constructor(
    private readonly repo: CaseRepository,
    private readonly cases: CasesService,
    private readonly clocks: CaseClocksService,
    private readonly attachments: CaseAttachmentsService,
    private readonly routing: RoutingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether the envelope is addressed to the service desk. */
  accepts(rcptTo: readonly string[]): boolean {
    return rcptTo.some((r) => r.toLowerCase() === this.config.supportMailAddress);
  }

  async receive(message: InboundMessage, now = new Date()): Promise<CaseMailOutcome> {
    const { parsed, attachments } = await parseInboundWithAttachments(message.raw, { rcptTo: message.rcptTo });
    const verdict = classifyMail(parsed);
    if (verdict.kind === 'auto-reply') return 'auto-reply';
    if (verdict.kind !== 'human-reply') return 'report';
    if (!parsed.from) return 'no-sender';
    if (parsed.from === this.config.supportMailAddress) return 'loop';
    const messageId = messageIdsIn(header(parsed.headers, 'message-id'))[0] ?? `<${createHash('sha256').update(message.raw).digest('hex').slice(0, 40)}@inbound.${this.config.inboundMailDomain}>`;
    try {
      return await this.repo.ds.transaction((m) => this.store(m, parsed, attachments, verdict.text, verdict.originalMessageIds, messageId, now));
    } catch (e) {
      // The same mail handed over twice at once (a relay retrying while the first is still stored).
      if ((e as { constraint?: string }).constraint === 'case_message_message_id_key') return 'duplicate';
      throw e;
    }
  }

  private async store(m: EntityManager, parsed: ParsedInbound, files: readonly InboundAttachment[], text: string, quoted: string[], messageId: string, now: Date): Promise<CaseMailOutcome> {
    if (await this.repo.messageExists(m, messageId)) return 'duplicate';
    const from = parsed.from!;
    const intake = await this.repo.intakeOwner(m);
    const known = await this.repo.contactByEmail(m, from);
    const person = known ?? { id: await this.repo.createUnreviewedContact(m, { address: from, ...nameOf(parsed, from), ownerId: intake?.ownerId ?? null, teamId: intake?.teamId ?? null }), accountId: null };
    let k = await this.repo.caseByMessageIds(m, quoted);
    if (!k) {
      const byNumber = caseNumberIn(parsed.subject);
      const candidate = byNumber ? await this.repo.caseByNumber(m, byNumber) : null;
      // A number anyone can type: it threads only the case's own person or someone of its account.
      if (candidate && (candidate.contactId === person.id || (candidate.accountId !== null && candidate.accountId === person.accountId))) k = candidate;
    }
    let outcome: CaseMailOutcome = 'threaded';
    if (k) {
      const statuses = await this.repo.statuses(m);
      const category = statuses.find((s) => s.key === k!.status)?.category as StatusCategory | undefined;
      const reopenable = category === 'resolved' && k.resolvedAt !== null && now.getTime() - (k.resolvedAt as Date).getTime() <= this.config.serviceReopenDays * DAY;
      if (category === 'closed' || (category && isDone(category) && !reopenable)) {
        k = await this.openFromMail(m, parsed, text, person, intake, now, k.id);
        outcome = 'followed-up';
      } else if (reopenable || category === 'waiting') {
        // The customer answered: the case is theirs to be worked again.
        const open = statuses.find((s) => s.category === 'open' && s.active);
        if (open) await this.cases.moveTo(m, null, k, open.key, now);
        if (reopenable) outcome = 'reopened';
      }
    } else {
      k = await this.openFromMail(m, parsed, text, person, intake, now, null);
      outcome = 'opened';
    }
    const rowId = randomUUID();
    // The files that pass the rules are kept with the message; the others are named on it, the text kept either way.
    const screened = this.attachments.screen(files);
    await m.insert(CaseMessageEntity, {
      id: rowId,
      caseId: k.id,
      direction: 'inbound',
      channel: 'email',
      contactId: person.id,
      fromAddress: from,
      toAddresses: parsed.to,
      subject: parsed.subject.slice(0, 1000),
      body: text,
      messageId,
      inReplyTo: messageIdsIn(header(parsed.headers, 'in-reply-to'))[0] ?? null,
      references: messageIdsIn(header(parsed.headers, 'references')).slice(-50),
      refusedAttachments: screened.refused,
      createdAt: now,
    });
    await this.attachments.store(m, k.id, rowId, screened.kept);
    await this.repo.appendEvents(m, k.id, null, [{ kind: 'customer_message', at: now, data: { channel: 'email', messageId: rowId } }]);
    await this.clocks.refresh(m, k.id, now);
    this.logger.log(`mail from ${from}: ${outcome} ${k.number}`);
    return outcome;
  }

  private async openFromMail(m: EntityManager, parsed: ParsedInbound, text: string, person: { id: string; accountId: string | null }, intake: { ownerId: string; teamId: string | null } | null, now: Date, follows: string | null): Promise<CaseEntity> {
    const subject = parsed.subject.replace(/^\s*((re|aw|fw|fwd|回复|回覆|答复|转发|轉寄)\s*[:：]\s*)+/i, '').trim().slice(0, 300) || '(no subject)';
    const k = await this.cases.openIn(
      m,
      { subject, description: text.slice(0, 20000), channel: 'email', priority: 'normal', contactId: person.id, accountId: person.accountId, followsCaseId: follows, ownerId: intake?.ownerId ?? null, teamId: intake?.teamId ?? null } as Partial<CaseEntity> & { subject: string; priority: 'normal' },
      null,
      now,
    );
    if (k.accountId) await appendTimeline(m, null, opened(k));
    // A customer's mail waits in its queue for a skilled agent; it stays with the intake owner only when no queue takes it.
    await this.routing.enqueue(m, [k.id], now);
    return k;
  }
}

/** A sender's name from the From header's display name (`"王芳" <…>`, `Wang Fang <…>`), else the address's local part. */
function nameOf(parsed: ParsedInbound, address: string): { firstName: string; lastName: string; nameNormalized: string } {
  const display = (header(parsed.headers, 'from') ?? '').replace(/<[^>]*>/g, '').replace(/["']/g, '').trim().slice(0, 100);
  const parts = display.split(/\s+/).filter(Boolean);
  // A Chinese name is one word, family name first; a Western one is "first last".
  const [firstName, lastName] = parts.length > 1 ? [parts.slice(0, -1).join(' '), parts.at(-1)!] : ['', parts[0] ?? address.split('@')[0]!];
  return { firstName, lastName, nameNormalized: normalizePersonName(firstName, lastName) };
}
