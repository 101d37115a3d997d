import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CallLines, resolveOwner, assertCanCreate } from '@rapport/shared-api';
import { Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { assertReferencesVisible } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { normalizePersonName, normalizePhone } from '@rapport/sales-domain';
import { ContactEntity, SalesRepository } from '@rapport/sales-data';
import type { CasePriority } from '@rapport/service-domain';
import { CaseEntity, CaseRepository } from '@rapport/service-data';
import type { CreateCaseFromCallInput } from '../models/case-call.model';
import { RoutingService } from './routing.service';
import { CasesService } from './cases.service';
import { CaseThreadService } from './case-thread.service';

export interface CallerFound {
  phoneNumber: string;
  line: { number: string; name: string | null } | null;
  contacts: ContactEntity[];
  openCases: CaseEntity[];
}

/**
 * The phone channel (issue 18 item 4). The agent's screen opens on who is calling: the contacts with
 * the number the agent may see and their open cases (and, through the contact, their recent orders),
 * so a known problem is continued rather than opened again; the dialled number names the line (a
 * campaign's tracking number, through CallLines). A new problem becomes a case in one step, its
 * first message the call, which is also the agent's first response.
 */
@Injectable()
export class CaseCallService {
  constructor(
    private readonly repo: CaseRepository,
    private readonly sales: SalesRepository,
    private readonly cases: CasesService,
    private readonly thread: CaseThreadService,
    private readonly lines: CallLines,
    private readonly routing: RoutingService,
  ) {}

  async lookup(actor: Actor, phoneNumber: string, dialledNumber?: string | null): Promise<CallerFound> {
    const phone = this.number(phoneNumber, 'phoneNumber');
    const dialled = dialledNumber?.trim() ? this.number(dialledNumber, 'dialledNumber') : null;
    const m = this.repo.ds.manager;
    const contacts = await this.callers(m, actor, phone);
    const accountIds = [...new Set(contacts.map((c) => c.accountId).filter((a): a is string => !!a))];
    const openCases = contacts.length
      ? await this.repo
          .cases(actor, 'read', m)
          .andWhere('k.resolved_at IS NULL AND k.closed_at IS NULL')
          .andWhere(accountIds.length ? '(k.contact_id IN (:...contactIds) OR k.account_id IN (:...accountIds))' : 'k.contact_id IN (:...contactIds)', { contactIds: contacts.map((c) => c.id), accountIds })
          .orderBy('k.created_at', 'DESC')
          .addOrderBy('k.id', 'DESC')
          .limit(20)
          .getMany()
      : [];
    return { phoneNumber: phone, line: dialled ? await this.line(m, dialled) : null, contacts, openCases };
  }

  async openFromCall(actor: Actor, input: CreateCaseFromCallInput, now = new Date()): Promise<CaseEntity> {
    assertCanCreate(actor, 'case');
    const phone = this.number(input.phoneNumber, 'phoneNumber');
    const dialled = input.dialledNumber?.trim() ? this.number(input.dialledNumber, 'dialledNumber') : null;
    return this.repo.ds.transaction(async (m) => {
      await assertReferencesVisible(m, actor, [{ path: 'input.contactId', object: 'contact', id: input.contactId }]);
      const owner = await resolveOwner(m, actor, 'case', null);
      const contactId = input.contactId ?? (await this.callers(m, actor, phone))[0]?.id ?? (await this.newCaller(m, actor, phone, input.callerName, owner));
      const line = dialled ? await this.line(m, dialled) : null;
      const k = await this.cases.openForContact(
        m,
        actor,
        { subject: input.subject.trim(), description: input.body.trim(), channel: 'phone', priority: (input.priority ?? 'normal') as CasePriority, contactId, owner },
        now,
      );
      // The name is kept with the number: what the line was called when the call came in.
      const lineLabel = line ? (line.name ? `${line.name} · ${line.number}` : line.number) : null;
      await this.thread.logCallIn(m, actor, k, { direction: 'inbound', phoneNumber: phone, line: lineLabel, durationSeconds: input.durationSeconds ?? null, body: input.body }, now);
      // Queued for someone with the skills to call back; otherwise whoever took the call works it.
      if (input.route) await this.routing.enqueue(m, [k.id], now);
      else await this.cases.startWork(m, actor, k, now);
      return m.findOneByOrFail(CaseEntity, { id: k.id });
    });
  }

  /** Contacts with this number the actor may see, most recently changed first. */
  private async callers(m: EntityManager, actor: Actor, phone: string): Promise<ContactEntity[]> {
    if (scopeFor(actor, 'contact', 'read') === RecordScope.None) return [];
    return this.sales.contacts(actor, 'read', m).andWhere(':phone = ANY(c.phones_normalized)', { phone }).orderBy('c.updated_at', 'DESC').addOrderBy('c.id', 'DESC').limit(5).getMany();
  }

  /** An unknown caller becomes a contact flagged for review, never a guess at someone else's record. */
  private async newCaller(m: EntityManager, actor: Actor, phone: string, name: string | null | undefined, owner: { ownerId: string | null; teamId: string | null }): Promise<string> {
    if (scopeFor(actor, 'contact', 'write') === RecordScope.None) {
      throw AppError.validation([{ path: 'input.phoneNumber', message: 'No contact you may see has this number; choose the caller or ask someone who may add contacts.' }]);
    }
    const lastName = name?.trim() || phone;
    return this.repo.createUnreviewedCaller(m, { phone, firstName: '', lastName, nameNormalized: normalizePersonName('', lastName), ...owner });
  }

  private async line(m: EntityManager, dialled: string): Promise<{ number: string; name: string | null }> {
    const known = await this.lines.lineOf(m, dialled);
    return { number: dialled, name: known?.name ?? null };
  }

  private number(raw: string, field: string): string {
    const e164 = normalizePhone(raw);
    if (!e164) throw AppError.validation([{ path: `input.${field}`, message: 'Enter a phone number, such as +86 138 0013 8000.' }]);
    return e164;
  }
}
