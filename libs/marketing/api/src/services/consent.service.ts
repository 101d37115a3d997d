import { Injectable } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { normalizeEmailAddress } from '@rapport/sales-domain';
import { SalesRepository, type ContactEntity, type LeadEntity } from '@rapport/sales-data';
import { statusAfter, type ConsentStatus, type LawfulBasis, type SuppressionReason } from '@rapport/marketing-domain';
import { ConsentRepository, type ConsentEventEntity, type ConsentStateRow, type SubscriptionTypeEntity, type SuppressionEntity } from '@rapport/marketing-data';
import type { AddSuppressionsInput, SaveSubscriptionTypeInput, SetConsentInput } from '../models/consent.model';
import { ConsentRecorder } from './consent-recorder.service';

const PAGE_MAX = 200;

/** The addresses of a contact (all of them) or a lead (its one), normalised, without repeats. */
export function addressesOf(person: { emails?: string[] | null; email?: string | null }): string[] {
  const raw = person.emails ?? (person.email ? [person.email] : []);
  return [...new Set(raw.map(normalizeEmailAddress).filter((a): a is string => !!a))];
}

/**
 * Consent and suppression (issue 15, docs/adr/0015). Subscription types and the suppression list
 * are managed by those who manage campaigns; an answer is recorded by whoever may change the
 * contact or lead it is given through, or by a campaign manager for a bare address.
 */
@Injectable()
export class ConsentService {
  constructor(
    private readonly repo: ConsentRepository,
    private readonly sales: SalesRepository,
    private readonly recorder: ConsentRecorder,
  ) {}

  subscriptionTypes(activeOnly: boolean): Promise<SubscriptionTypeEntity[]> {
    // Type names are not secret: every consent panel names them, whoever reads it.
    return this.repo.subscriptionTypes(activeOnly);
  }

  async saveSubscriptionType(actor: Actor, input: SaveSubscriptionTypeInput): Promise<SubscriptionTypeEntity> {
    this.assertManages(actor);
    const before = input.id ? await this.repo.subscriptionType(input.id) : null;
    if (input.id && !before) throw AppError.notFound('The subscription type');
    if (await this.repo.keyTaken(input.key, input.id)) throw AppError.validation([{ path: 'input.key', message: `Another subscription type has the key "${input.key}".` }]);
    return this.repo.saveSubscriptionType({
      ...(before ?? {}),
      key: input.key,
      name: input.name.trim(),
      names: input.names ?? before?.names ?? {},
      description: input.description?.trim() || null,
      doubleOptIn: input.doubleOptIn,
      requiresOptIn: input.requiresOptIn,
      active: input.active,
    });
  }

  /**
   * Records a staff or integration answer; returns the state it set and the event with its evidence.
   * A pending answer (double opt-in) mails the person a confirm link (ConsentRecorder).
   */
  async setConsent(actor: Actor, input: SetConsentInput): Promise<{ state: ConsentStateRow; event: ConsentEventEntity }> {
    const targets = [input.contactId, input.leadId].filter(Boolean).length;
    if (targets > 1) throw AppError.validation([{ path: 'input', message: 'Give a contact or a lead, not both.' }]);
    const { address, contactId, leadId } = await this.target(actor, input);
    const type = input.subscriptionTypeId ? await this.repo.subscriptionType(input.subscriptionTypeId) : null;
    if (input.subscriptionTypeId && !type) throw AppError.validation([{ path: 'input.subscriptionTypeId', message: 'No such subscription type.' }]);
    if (type && !type.active && input.answer === 'opt_in') throw AppError.validation([{ path: 'input.subscriptionTypeId', message: 'This subscription type is no longer offered: nobody can opt in to it.' }]);
    const source = actor.apiKeyId ? 'api' : 'staff';
    const status: ConsentStatus = statusAfter(input.answer, { doubleOptIn: type?.doubleOptIn ?? false }, source, input.confirmed);
    const event = await this.repo.ds.transaction((m) =>
      this.recorder.record(m, {
        address,
        subscriptionTypeId: type?.id ?? null,
        status,
        lawfulBasis: input.lawfulBasis as LawfulBasis,
        source,
        wordingVersion: input.wordingVersion?.trim() || null,
        ip: null,
        userAgent: null,
        recordedBy: actor.userId,
        contactId,
        leadId,
      }),
    );
    return { state: { address, subscriptionTypeId: event.subscriptionTypeId, status, updatedAt: event.occurredAt, eventId: event.id }, event };
  }

  /** The current answers and the history of a person's addresses (the record is already visible to the reader). */
  statesOf(person: ContactEntity | LeadEntity): Promise<ConsentStateRow[]> {
    return this.repo.statesOf(addressesOf(person));
  }

  historyOf(person: ContactEntity | LeadEntity): Promise<ConsentEventEntity[]> {
    return this.repo.history(addressesOf(person));
  }

  suppressionsOfPerson(person: ContactEntity | LeadEntity): Promise<SuppressionEntity[]> {
    return this.repo.suppressionsOf(addressesOf(person));
  }

  async suppressions(actor: Actor, args: { first?: number | null; after?: string | null; search?: string | null }) {
    this.assertManages(actor);
    const first = Math.min(Math.max(args.first ?? 50, 1), PAGE_MAX);
    const search = args.search ? normalizeEmailAddress(args.search) : null;
    const rows = await this.repo.suppressionPage({ first, after: args.after ?? null, search });
    const page = rows.slice(0, first);
    return {
      edges: page.map((s) => ({ cursor: s.address, node: s })),
      pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: !!args.after, startCursor: page[0]?.address ?? null, endCursor: page.at(-1)?.address ?? null },
      totalCount: this.repo.suppressionCount(search),
    };
  }

  async addSuppressions(actor: Actor, input: AddSuppressionsInput): Promise<{ added: number; alreadySuppressed: number; invalid: string[] }> {
    this.assertManages(actor);
    const invalid: string[] = [];
    const valid = new Set<string>();
    for (const raw of input.addresses) {
      const address = normalizeEmailAddress(raw);
      if (address && isEmail(address)) valid.add(address);
      else invalid.push(raw);
    }
    const addresses = [...valid];
    const added = await this.repo.ds.transaction((m) => this.repo.suppress(m, addresses, input.reason as SuppressionReason, input.detail?.trim() || null, actor.userId));
    return { added, alreadySuppressed: addresses.length - added, invalid };
  }

  async removeSuppression(actor: Actor, address: string): Promise<boolean> {
    this.assertManages(actor);
    const normalized = normalizeEmailAddress(address);
    return normalized ? this.repo.unsuppress(normalized) : false;
  }

  private assertManages(actor: Actor): void {
    if (scopeFor(actor, 'campaign', 'write') === RecordScope.None) throw AppError.forbidden();
  }

  /** The address an answer is for, and the record it came through, checked against what the actor may change. */
  private async target(actor: Actor, input: SetConsentInput): Promise<{ address: string; contactId: string | null; leadId: string | null }> {
    const typed = input.address ? normalizeEmailAddress(input.address) : null;
    if (input.address && (!typed || !isEmail(typed))) throw AppError.validation([{ path: 'input.address', message: 'Enter a valid email address.' }]);
    if (input.contactId || input.leadId) {
      const kind = input.contactId ? 'contact' : 'lead';
      const id = (input.contactId ?? input.leadId)!;
      // Whoever may change the person records their answer; a campaign manager may for anyone they can read.
      const action = scopeFor(actor, 'campaign', 'write') === RecordScope.None ? 'write' : 'read';
      const person = (await this.sales.scoped(kind, actor, action).andWhere(`${kind === 'contact' ? 'c' : 'l'}.id = :id`, { id }).getOne()) as ContactEntity | LeadEntity | null;
      if (!person) throw AppError.notFound(kind === 'contact' ? 'The contact' : 'The lead');
      const own = addressesOf(person);
      if (own.length === 0) throw AppError.validation([{ path: 'input.address', message: `The ${kind} has no email address to record an answer for.` }]);
      if (typed && !own.includes(typed)) throw AppError.validation([{ path: 'input.address', message: `That is not one of the ${kind}'s addresses.` }]);
      return { address: typed ?? own[0]!, contactId: input.contactId ?? null, leadId: input.leadId ?? null };
    }
    if (!typed) throw AppError.validation([{ path: 'input', message: 'Give a contact, a lead or an address.' }]);
    this.assertManages(actor);
    return { address: typed, contactId: null, leadId: null };
  }
}
