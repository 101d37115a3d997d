import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { withSystemScope } from '@rapport/shared-database';
import { AppError, ErrorCode, renderMessage } from '@rapport/shared-errors';
import { normalizeEmailAddress } from '@rapport/sales-domain';
import { checkAnswers, registrationClosedReason, RegistrationStatus, seatFor, signRegistrationToken, storedForm, verifyRegistrationToken } from '@rapport/events-domain';
import { EventRegistrationEntity, RegistrationRepository, type LockedEvent, personOf } from '@rapport/events-data';
import { ConsentRepository, VisitorRepository } from '@rapport/marketing-data';
import { ConsentRecorder } from '@rapport/marketing-api';
import { ScoringService } from '@rapport/leads-api';
import { statusAfter } from '@rapport/marketing-domain';
import type { PublicRegistrationInput } from '../models/public-registration.input';

/** Who sent a public request: kept as a consent's evidence. */
export interface PublicClient {
  ip: string | null;
  userAgent: string | null;
}

export interface RegistrationResult {
  registration: EventRegistrationEntity;
  /** False when the address was already registered: the existing registration comes back. */
  created: boolean;
  /** The self-service link's token (cancel). */
  token: string;
}

/**
 * Public registration (no reader: system work under one named bypass) and self-service. One
 * transaction per attempt: the person, their timeline and consents first, then the seat under the
 * event row's lock, so capacity holds and the waitlist keeps arrival order under any concurrency
 * while registrants wait for each other only for the seat itself (docs/adr/0019). Everything,
 * the confirmation mail's row and job included, commits together before the answer says so.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly repo: RegistrationRepository,
    private readonly visitors: VisitorRepository,
    private readonly consentTypes: ConsentRepository,
    private readonly consent: ConsentRecorder,
    private readonly scoring: ScoringService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register(eventId: string, input: PublicRegistrationInput, client: PublicClient = { ip: null, userAgent: null }, now = new Date()): Promise<RegistrationResult> {
    if (input.website) throw AppError.validation([], 'The submission was rejected.');
    const address = normalizeEmailAddress(input.email)!;
    return withSystemScope('a public registration matches its registrant to any contact or lead', () =>
      this.repo.ds.transaction(async (m) => {
        await this.repo.lockAddress(m, eventId, address);
        const event = this.openOrThrow(await this.repo.lockEvent(m, eventId, false), now);
        const checked = checkAnswers(storedForm(event.form), input.answers, input.consents);
        if (checked.problems.length) throw AppError.validation(checked.problems);
        const existing = await this.repo.byAddress(m, eventId, address);
        if (existing && existing.status !== RegistrationStatus.Cancelled) return this.result(existing, false);
        // Who registers, what they answered and agreed to, their row and their score: before the event's
        // lock, which other registrants wait for. The row waits (waitlisted) until its seat is decided.
        const who = { email: input.email, firstName: input.firstName, lastName: input.lastName, company: input.company, phone: input.phone, timeZone: input.timeZone };
        const { person } = await this.repo.personFor(m, address, who, event);
        const row = await this.repo.saveRegistration(m, existing, { eventId, address, who, person, status: RegistrationStatus.Waitlisted, locale: input.locale ?? 'en', answers: checked.answers });
        await this.repo.timeline(m, null, person, 'event.registered', { id: event.id, title: event.title });
        // The website visitor who filled the form is this person now: their earlier page views join them.
        if (input.visitorId) await this.visitors.identify(m, input.visitorId, person.contactId ? { kind: 'contact', id: person.contactId } : { kind: 'lead', id: person.leadId! }, 'event');
        await this.recordConsents(m, checked.consents, address, person, { ...client, locale: row.locale, eventId });
        // Registering is engagement: the lead's score follows in this transaction (a new lead never shows 0 / D).
        if (person.leadId) await this.scoring.rescore(person.leadId, m);
        // The seat, under the event row's lock until commit: a seat count and four writes. The event
        // may have closed meanwhile.
        const locked = this.openOrThrow(await this.repo.lockEvent(m, eventId), now);
        const status = seatFor(locked.capacity, await this.repo.seatsTaken(m, eventId));
        await this.repo.decideSeat(m, row, status);
        await this.repo.followOnCampaign(m, event.campaignId, person, status);
        const kind = status === RegistrationStatus.Registered ? 'confirmation' : 'waitlisted';
        await this.repo.enqueueMail(m, row.id, kind, row.sequence, `${kind}:${row.id}:${row.sequence}`);
        return this.result(row, true);
      }),
    );
  }

  private openOrThrow(event: LockedEvent | null, now: Date): LockedEvent {
    const closed = event ? registrationClosedReason(event, now) : 'events.notFound';
    if (!event || closed === 'events.notFound') throw AppError.notFound('The event');
    if (closed) throw new AppError(ErrorCode.Conflict, renderMessage(closed));
    return event;
  }

  /** The registration a self-service link opens, or 404 for a link that is not genuine. */
  async byToken(token: string): Promise<EventRegistrationEntity> {
    const id = verifyRegistrationToken(token, this.config.sessionSecret);
    const row = id ? await this.repo.ds.manager.findOneBy(EventRegistrationEntity, { id }) : null;
    if (!row) throw AppError.notFound('The registration');
    return row;
  }

  /**
   * The registrant changes their answers through their link (a registration still open: not
   * cancelled, not after the event). Checked against the event's form as it stands.
   */
  async updateAnswers(token: string, answers: Record<string, unknown> | undefined): Promise<EventRegistrationEntity> {
    const { id, eventId } = await this.byToken(token);
    return withSystemScope('a registrant changes their own answers through their signed link', () =>
      this.repo.ds.transaction(async (m) => {
        const event = (await this.repo.lockEvent(m, eventId))!;
        const row = (await m.findOneBy(EventRegistrationEntity, { id }))!;
        if (row.status === RegistrationStatus.Cancelled || new Date() >= event.endsAt) throw new AppError(ErrorCode.Conflict, renderMessage('events.answersClosed'));
        const form = storedForm(event.form);
        // Consent boxes are answered once, at registration; the preference centre changes them.
        const checked = checkAnswers({ ...form, consents: [] }, answers, []);
        if (checked.problems.length) throw AppError.validation(checked.problems);
        row.answers = checked.answers;
        return m.save(row);
      }),
    );
  }

  /**
   * The registrant cancels through their link: their calendar entry is cancelled (mailed, one
   * revision on) and, when they held a seat, the oldest waitlisted registrations move up into it
   * and are mailed their invitation. Cancelling twice changes nothing.
   */
  async cancel(token: string): Promise<EventRegistrationEntity> {
    const { id, eventId } = await this.byToken(token);
    return withSystemScope('a registrant cancels their own registration through their signed link', () =>
      this.repo.ds.transaction(async (m) => {
        const event = (await this.repo.lockEvent(m, eventId))!;
        const row = (await m.findOneBy(EventRegistrationEntity, { id }))!;
        if (row.status === RegistrationStatus.Cancelled) return row;
        const heldSeat = row.status === RegistrationStatus.Registered;
        row.status = RegistrationStatus.Cancelled;
        row.sequence += 1;
        row.cancelledAt = new Date();
        await m.save(row);
        await this.repo.followOnCampaign(m, event.campaignId, personOf(row), RegistrationStatus.Cancelled);
        // A waitlisted registrant had no calendar entry: their cancellation needs no CANCEL.
        if (heldSeat) await this.repo.enqueueMail(m, row.id, 'cancellation', row.sequence, `cancellation:${row.id}:${row.sequence}`);
        if (heldSeat) await this.repo.promoteWaitlist(m, event);
        return row;
      }),
    );
  }

  /** Each ticked consent box, recorded as the person's opt-in to its type (pending where the type asks for confirmation). */
  private async recordConsents(m: EntityManager, ticked: string[], address: string, person: { contactId?: string | null; leadId?: string | null }, c: PublicClient & { locale: string; eventId: string }) {
    for (const typeId of ticked) {
      const type = await this.consentTypes.subscriptionType(typeId, m);
      if (!type?.active) continue;
      await this.consent.record(
        m,
        {
          address,
          subscriptionTypeId: type.id,
          status: statusAfter('opt_in', type, 'form'),
          lawfulBasis: 'consent',
          source: 'form',
          wordingVersion: `event:${c.eventId}`,
          ip: c.ip,
          userAgent: c.userAgent,
          recordedBy: null,
          contactId: person.contactId ?? null,
          leadId: person.leadId ?? null,
        },
        { locale: c.locale },
      );
    }
  }

  private result(registration: EventRegistrationEntity, created: boolean): RegistrationResult {
    return { registration, created, token: signRegistrationToken(registration.id, this.config.sessionSecret) };
  }
}

