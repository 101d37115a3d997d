import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { appendTimelineMany, publishToOutbox } from '@rapport/shared-database';
import type { Actor } from '@rapport/shared-domain';
import { QUEUES } from '@rapport/shared-queue';
import { LeadWriter } from '@rapport/leads-data';
import { leadIdentity } from '@rapport/sales-domain';
import { RegistrationStatus, seatsToPromote } from '@rapport/events-domain';
import { EventRegistrationEntity } from '../entities';

/** The event as a registration meets it, locked for the length of the caller's transaction. */
export interface LockedEvent {
  id: string;
  campaignId: string;
  status: string;
  capacity: number | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  endsAt: Date;
  sequence: number;
  title: string;
  /** The registration form (questions, consent boxes): the answers are checked against it. */
  form: unknown;
}

export type EventMailKind = 'confirmation' | 'waitlisted' | 'promoted' | 'update' | 'cancellation' | 'reminder';

/** A registration's person: a contact (matched by email), else a lead. */
export type RegistrantPerson = { contactId: string; leadId?: undefined } | { leadId: string; contactId?: undefined };

/** Who registers, as a form or the door gives them. */
export interface Registrant {
  email: string;
  firstName?: string | null;
  lastName: string;
  company?: string | null;
  phone?: string | null;
  timeZone?: string | null;
}

/** The person a registration row names. */
export const personOf = (r: { contactId: string | null; leadId: string | null }): RegistrantPerson => (r.contactId ? { contactId: r.contactId } : { leadId: r.leadId! });

/**
 * The writes of registration (system work: a public form has no reader; callers run them inside
 * `withSystemScope`). Everything runs in the caller's transaction. The seat is decided under the
 * event row's lock (`lockEvent`), so registrations for one event take their seats one after
 * another, in arrival order: capacity holds under any concurrency and the waitlist keeps its order.
 */
@Injectable()
export class RegistrationRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  /**
   * The event, its row locked until the caller's transaction ends (`lock: false`: just read). Every
   * lock on an event row is NO KEY UPDATE: it serialises seat decisions and changes without
   * conflicting with the KEY SHARE lock a registration's insert takes through its foreign key (a
   * registrant who wrote their row and then waits for the seat must not deadlock with another).
   */
  async lockEvent(m: EntityManager, eventId: string, lock = true): Promise<LockedEvent | null> {
    const [row]: LockedEvent[] = await m.query(
      `SELECT id, campaign_id AS "campaignId", status, capacity, registration_opens_at AS "registrationOpensAt",
              registration_closes_at AS "registrationClosesAt", ends_at AS "endsAt", sequence, title, form
         FROM event WHERE id = $1 AND deleted_at IS NULL${lock ? ' FOR NO KEY UPDATE' : ''}`,
      [eventId],
    );
    return row ?? null;
  }

  byAddress(m: EntityManager, eventId: string, address: string): Promise<EventRegistrationEntity | null> {
    return m.findOneBy(EventRegistrationEntity, { eventId, address });
  }

  async seatsTaken(m: EntityManager, eventId: string): Promise<number> {
    const [row]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM event_registration WHERE event_id = $1 AND status IN ('registered', 'attended')`, [eventId]);
    return row!.n;
  }

  /** The person behind an address: the oldest live contact with it, else the newest open lead. */
  async matchPerson(m: EntityManager, address: string): Promise<RegistrantPerson | null> {
    // Stored contact emails are lower-cased (the GIN index finds them); lead emails too.
    const [contact]: { id: string }[] = await m.query(`SELECT id FROM contact WHERE emails @> ARRAY[$1::text] AND deleted_at IS NULL ORDER BY created_at LIMIT 1`, [address]);
    if (contact) return { contactId: contact.id };
    const [lead]: { id: string }[] = await m.query(`SELECT id FROM lead WHERE email = $1 AND deleted_at IS NULL AND status <> 'converted' ORDER BY created_at DESC LIMIT 1`, [address]);
    return lead ? { leadId: lead.id } : null;
  }

  /** The person behind a registrant: the contact or lead with their address, else a new event lead. */
  async personFor(m: EntityManager, address: string, who: Registrant, event: { campaignId: string; title: string }): Promise<{ person: RegistrantPerson; created: boolean }> {
    const known = await this.matchPerson(m, address);
    return known ? { person: known, created: false } : { person: { leadId: await this.newLead(m, address, who, event) }, created: true };
  }

  /**
   * One attempt per address and event at a time, until the caller's transaction ends: a double
   * click or a retried post waits for the first and then finds its registration. Other people's
   * attempts do not wait for it.
   */
  async lockAddress(m: EntityManager, eventId: string, address: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`event-registration:${eventId}:${address}`]);
  }

  /**
   * Writes a registration: a new row, or a cancelled one taken up again (its calendar entry one
   * revision on). `arrival` defaults to now: the moment the seat was decided, under the event's lock.
   */
  saveRegistration(
    m: EntityManager,
    existing: EventRegistrationEntity | null,
    r: { eventId: string; address: string; who: Registrant; person: RegistrantPerson; status: string } & Partial<Pick<EventRegistrationEntity, 'locale' | 'answers' | 'walkIn' | 'checkedInAt' | 'checkedInBy'>>,
  ): Promise<EventRegistrationEntity> {
    const { who, person, ...rest } = r;
    return m.save(
      m.create(EventRegistrationEntity, {
        ...(existing ?? {}),
        ...rest,
        email: who.email,
        firstName: who.firstName ?? '',
        lastName: who.lastName,
        company: who.company ?? null,
        phone: who.phone ?? null,
        timeZone: who.timeZone ?? null,
        sequence: existing ? existing.sequence + 1 : 0,
        cancelledAt: null,
        contactId: person.contactId ?? null,
        leadId: person.leadId ?? null,
        createdAt: new Date(),
      }),
    );
  }

  /**
   * Moves the oldest waitlisted registrations into the free seats, in arrival order, each mailed its
   * invitation (a seat freed by a cancellation, or capacity raised). The caller holds the event's lock.
   */
  async promoteWaitlist(m: EntityManager, event: { id: string; campaignId: string; capacity: number | null }): Promise<number> {
    const free = seatsToPromote(event.capacity, await this.seatsTaken(m, event.id), Number.MAX_SAFE_INTEGER);
    if (free === 0) return 0;
    const rows = await this.waitlisted(m, event.id, free);
    for (const row of rows) {
      row.status = RegistrationStatus.Registered;
      row.sequence += 1;
      await m.save(row);
      await this.followOnCampaign(m, event.campaignId, personOf(row), RegistrationStatus.Registered);
      await this.enqueueMail(m, row.id, 'promoted', row.sequence, `promoted:${row.id}:${row.sequence}`);
    }
    return rows.length;
  }

  /**
   * Decides a registration's seat (under the event's lock): its status, and its arrival as the moment
   * the seat was decided, so the waitlist moves up in exactly the order seats were refused.
   */
  async decideSeat(m: EntityManager, row: EventRegistrationEntity, status: string): Promise<void> {
    row.status = status;
    row.createdAt = new Date();
    await m.query(`UPDATE event_registration SET status = $2, created_at = $3 WHERE id = $1`, [row.id, row.status, row.createdAt]);
  }

  /**
   * A registrant nobody knows becomes a lead with source `event` on the event's campaign, routed by
   * the lead rules like a web inquiry (its routing row, with the SLA clock, and its assign-lead job).
   */
  private async newLead(m: EntityManager, address: string, who: Registrant, event: { campaignId: string; title: string }): Promise<string> {
    const lead = { ...leadIdentity({ ...who, email: address }), email: address, timeZone: who.timeZone ?? null, campaignId: event.campaignId, campaignName: event.title };
    const [id] = await new LeadWriter().insertMany(m, [
      {
        first_name: lead.firstName,
        last_name: lead.lastName,
        name_normalized: lead.nameNormalized,
        company: lead.company,
        company_normalized: lead.companyNormalized,
        email: lead.email,
        phone: lead.phone,
        phone_normalized: lead.phoneNormalized,
        time_zone: lead.timeZone,
        source: 'event',
        campaign_id: lead.campaignId,
        campaign: lead.campaignName,
      },
    ]);
    await m.query(`INSERT INTO lead_routing (lead_id, received_at) VALUES ($1, now())`, [id]);
    await m.query(`INSERT INTO timeline_event (subject_type, subject_id, event_type, payload) VALUES ('lead', $1, 'lead.submitted', $2::jsonb)`, [id, JSON.stringify({ source: 'event', campaign: lead.campaignName })]);
    await publishToOutbox(m, { queue: QUEUES.leads, jobName: 'assign-lead', payload: { leadId: id }, dedupKey: `assign-lead:${id}` });
    return id!;
  }

  /** Per lead, the events they registered for (not cancelled) and attended: lead scoring's event engagement. */
  async engagementOfLeads(m: EntityManager, leadIds: readonly string[]): Promise<Map<string, { eventsRegistered: number; eventsAttended: number }>> {
    const rows: { lead_id: string; registered: number; attended: number }[] = await m.query(
      `SELECT lead_id, count(*) FILTER (WHERE status <> 'cancelled')::int AS registered, count(*) FILTER (WHERE status = 'attended')::int AS attended
         FROM event_registration WHERE lead_id = ANY($1::uuid[]) GROUP BY lead_id`,
      [leadIds],
    );
    return new Map(rows.map((r) => [r.lead_id, { eventsRegistered: r.registered, eventsAttended: r.attended }]));
  }

  /** The oldest waitlisted registrations of an event, to move up into freed seats. */
  waitlisted(m: EntityManager, eventId: string, limit: number): Promise<EventRegistrationEntity[]> {
    return m.find(EventRegistrationEntity, { where: { eventId, status: 'waitlisted' }, order: { createdAt: 'ASC', id: 'ASC' }, take: limit });
  }

  /** Registrations whose calendar entry an event change moves: each gets the next revision. */
  bumpActive(m: EntityManager, eventId: string): Promise<{ id: string; sequence: number }[]> {
    return m.query(
      `WITH bumped AS (
         UPDATE event_registration SET sequence = sequence + 1, updated_at = now()
          WHERE event_id = $1 AND status IN ('registered', 'attended') RETURNING id, sequence)
       SELECT id, sequence FROM bumped`,
      [eventId],
    );
  }

  /**
   * A mail to send once: its row (unique `key`) and the job that sends it, in the caller's
   * transaction, so the mail exists exactly when what it tells does. A key already written is
   * skipped (a retried reminder round, a repeated request). Returns whether it was new.
   */
  async enqueueMail(m: EntityManager, registrationId: string, kind: EventMailKind, sequence: number, key: string): Promise<boolean> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO event_mail (registration_id, kind, sequence, key) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING RETURNING id`,
      [registrationId, kind, sequence, key],
    );
    if (!rows[0]) return false;
    await publishToOutbox(m, { queue: QUEUES.eventsMail, jobName: 'send-event-mail', payload: { mailId: rows[0].id }, dedupKey: `event-mail:${rows[0].id}` });
    return true;
  }

  /** On the person's timeline: they registered for, or attended, an event (`actor` null: they did it themselves). */
  async timeline(m: EntityManager, actor: Actor | null, person: RegistrantPerson, type: 'event.registered' | 'event.attended', event: { id: string; title: string }): Promise<void> {
    await appendTimelineMany(m, actor, [{ subjectType: person.contactId ? 'contact' : 'lead', subjectId: (person.contactId ?? person.leadId)!, eventType: type, payload: { eventId: event.id, title: event.title } }]);
  }

  /** After the event: whoever held a seat and never came is a no-show, and so is their campaign membership. Returns how many. */
  async markNoShows(m: EntityManager, eventId: string, campaignId: string): Promise<number> {
    const rows: { n: number }[] = await m.query(
      `WITH missed AS (
         UPDATE event_registration SET status = 'no_show', updated_at = now() WHERE event_id = $1 AND status = 'registered' RETURNING contact_id, lead_id),
       members AS (
         UPDATE campaign_member cm SET status = 'no_show', updated_at = now()
           FROM missed WHERE cm.campaign_id = $2 AND (cm.contact_id = missed.contact_id OR cm.lead_id = missed.lead_id) RETURNING 1)
       SELECT (SELECT count(*)::int FROM missed) AS n`,
      [eventId, campaignId],
    );
    return rows[0]!.n;
  }

  /** The person joins (or moves on) the event's campaign with the registration's status. */
  async followOnCampaign(m: EntityManager, campaignId: string, person: RegistrantPerson, status: string): Promise<void> {
    const column = person.contactId ? 'contact_id' : 'lead_id';
    await m.query(
      `INSERT INTO campaign_member AS cm (campaign_id, ${column}, status, responded_at) VALUES ($1, $2, $3, CASE WHEN $3 = 'attended' THEN now() END)
       ON CONFLICT (campaign_id, ${column}) WHERE ${column} IS NOT NULL
       DO UPDATE SET status = EXCLUDED.status, responded_at = COALESCE(cm.responded_at, EXCLUDED.responded_at), updated_at = now()`,
      [campaignId, person.contactId ?? person.leadId, status],
    );
  }
}
