import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import type { Actor } from '@rapport/shared-domain';
import { appendTimeline, withSystemScope } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { normalizeEmailAddress } from '@rapport/sales-domain';
import { EventStatus, RegistrationStatus, verifyCheckInCode } from '@rapport/events-domain';
import { EventEntity, EventRegistrationEntity, EventRepository, RegistrationRepository, personOf } from '@rapport/events-data';
import { ScoringService } from '@rapport/leads-api';
import type { WalkInInput } from '../models/check-in.model';

/**
 * At the door (issue 16 item 5): staff who may change the event check people in by the QR code on
 * their confirmation or by name, register walk-ins, and close the event (the rest become no-shows).
 * Attendance moves the person's campaign membership to attended and lands on their timeline.
 * Every change is under the event's row lock, like registration, so a seat count stays right.
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly events: EventRepository,
    private readonly registrations: RegistrationRepository,
    private readonly scoring: ScoringService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  checkIn(actor: Actor, registrationId: string): Promise<EventRegistrationEntity> {
    return this.atTheDoor(actor, registrationId, async (m, event, row) => {
      if (row.status === RegistrationStatus.Cancelled) throw AppError.validation([], 'A cancelled registration cannot be checked in.');
      if (row.status === RegistrationStatus.Attended) return row;
      Object.assign(row, { status: RegistrationStatus.Attended, checkedInAt: new Date(), checkedInBy: actor.userId });
      await m.save(row);
      await this.registrations.followOnCampaign(m, event.campaignId as string, personOf(row), RegistrationStatus.Attended);
      await this.registrations.timeline(m, actor, personOf(row), 'event.attended', { id: event.id, title: event.title as string });
      await this.rescore(m, row);
      return row;
    });
  }

  /** A check-in by mistake: back to registered. */
  undo(actor: Actor, registrationId: string): Promise<EventRegistrationEntity> {
    return this.atTheDoor(actor, registrationId, async (m, event, row) => {
      if (row.status !== RegistrationStatus.Attended) return row;
      Object.assign(row, { status: RegistrationStatus.Registered, checkedInAt: null, checkedInBy: null });
      await m.save(row);
      await this.registrations.followOnCampaign(m, event.campaignId as string, personOf(row), RegistrationStatus.Registered);
      await this.rescore(m, row);
      return row;
    });
  }

  /** The QR code on a confirmation, scanned at this event's door. */
  async checkInByCode(actor: Actor, eventId: string, code: string): Promise<EventRegistrationEntity> {
    const id = verifyCheckInCode(code, this.config.sessionSecret);
    if (!id) throw AppError.validation([{ path: 'input.code', message: 'This is not a check-in code of ours.' }]);
    const row = await this.events.ds.manager.findOneBy(EventRegistrationEntity, { id });
    if (!row || row.eventId !== eventId) throw AppError.validation([{ path: 'input.code', message: 'This code is for another event.' }]);
    return this.checkIn(actor, id);
  }

  /**
   * Someone at the door without a registration: registered and checked in at once (capacity is the
   * room's business then). An address already registered is checked in instead of duplicated.
   */
  async walkIn(actor: Actor, input: WalkInInput): Promise<EventRegistrationEntity> {
    const address = normalizeEmailAddress(input.email)!;
    const existing = await this.events.ds.manager.findOneBy(EventRegistrationEntity, { eventId: input.eventId, address });
    if (existing && existing.status !== RegistrationStatus.Cancelled) return this.checkIn(actor, existing.id);
    return this.events.ds.transaction(async (m) => {
      const event = await this.writableEvent(actor, input.eventId, m);
      const who = { email: input.email, firstName: input.firstName, lastName: input.lastName, company: input.company, phone: input.phone };
      const { person } = await withSystemScope('a walk-in is matched to any contact or lead with their address', () =>
        this.registrations.personFor(m, address, who, { campaignId: event.campaignId as string, title: event.title as string }),
      );
      const row = await this.registrations.saveRegistration(m, existing, { eventId: event.id, address, who, person, status: RegistrationStatus.Attended, walkIn: true, checkedInAt: new Date(), checkedInBy: actor.userId });
      await this.registrations.followOnCampaign(m, event.campaignId as string, person, RegistrationStatus.Attended);
      await this.registrations.timeline(m, actor, person, 'event.attended', { id: event.id, title: event.title as string });
      await this.rescore(m, row);
      return row;
    });
  }

  /** Closes the event: whoever held a seat and did not come is a no-show (mail them apart by campaign status). */
  complete(actor: Actor, eventId: string): Promise<EventEntity> {
    return this.events.ds.transaction(async (m) => {
      const event = await this.writableEvent(actor, eventId, m);
      if (event.status === EventStatus.Completed) return event;
      if (event.status !== EventStatus.Published) throw AppError.validation([], `A ${event.status} event cannot become completed.`);
      await m.update(EventEntity, { id: eventId }, { status: EventStatus.Completed } as never);
      const noShows = await this.registrations.markNoShows(m, eventId, event.campaignId as string);
      await appendTimeline(m, actor, { subjectType: 'event', subjectId: eventId, eventType: 'record.updated', payload: { changes: [{ field: 'status', from: event.status, to: EventStatus.Completed }], noShows } });
      return m.findOneByOrFail(EventEntity, { id: eventId });
    });
  }

  /**
   * Attendance is engagement: a lead's score follows it in the same transaction (a scoring rule
   * such as `eventsAttended ≥ 1` lifts an attendee's grade and priority for sales at once).
   */
  private async rescore(m: EntityManager, row: EventRegistrationEntity): Promise<void> {
    if (row.leadId) await this.scoring.rescore(row.leadId, m);
  }

  /** Runs `work` on a registration of an event the actor may change, the event's row locked. */
  private atTheDoor(actor: Actor, registrationId: string, work: (m: EntityManager, event: EventEntity, row: EventRegistrationEntity) => Promise<EventRegistrationEntity>) {
    return this.events.ds.transaction(async (m) => {
      const found = await m.findOneBy(EventRegistrationEntity, { id: registrationId });
      if (!found) throw AppError.notFound('The registration');
      const event = await this.writableEvent(actor, found.eventId, m);
      const row = (await m.findOneBy(EventRegistrationEntity, { id: registrationId }))!;
      return work(m, event, row);
    });
  }

  private async writableEvent(actor: Actor, eventId: string, m: EntityManager): Promise<EventEntity> {
    const event = await this.events.events(actor, 'write', m).andWhere('ev.id = :id', { id: eventId }).setLock('for_no_key_update').getOne();
    if (!event) throw AppError.notFound('The event');
    return event;
  }
}
