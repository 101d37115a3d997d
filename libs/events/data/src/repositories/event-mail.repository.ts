import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** One mail to a registrant with everything its text and invitation need, locked while it is sent. */
export interface EventMailToSend {
  id: string;
  kind: string;
  sequence: number;
  sentAt: Date | null;
  registrationId: string;
  email: string;
  address: string;
  firstName: string;
  lastName: string;
  locale: string;
  timeZone: string | null;
  registrationStatus: string;
  eventId: string;
  title: string;
  titles: Record<string, string>;
  description: string | null;
  descriptions: Record<string, string>;
  venue: string | null;
  eventAddress: string | null;
  onlineUrl: string | null;
  eventTimeZone: string;
  startsAt: Date;
  endsAt: Date;
  eventStatus: string;
  suppression: string | null;
}

/** A reminder that may be due: an active registration of an event that has not started. */
export interface ReminderCandidate {
  registrationId: string;
  registeredAt: Date;
  startsAt: Date;
  reminderHours: number[];
  sequence: number;
}

@Injectable()
export class EventMailRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  async lockForSending(m: EntityManager, mailId: string): Promise<EventMailToSend | null> {
    const [row]: EventMailToSend[] = await m.query(
      `SELECT em.id, em.kind, em.sequence, em.sent_at AS "sentAt", r.id AS "registrationId", r.email, r.address,
              r.first_name AS "firstName", r.last_name AS "lastName", r.locale, r.time_zone AS "timeZone", r.status AS "registrationStatus",
              e.id AS "eventId", e.title, e.titles, e.description, e.descriptions, e.venue, e.address AS "eventAddress",
              e.online_url AS "onlineUrl", e.time_zone AS "eventTimeZone", e.starts_at AS "startsAt", e.ends_at AS "endsAt",
              e.status AS "eventStatus", s.reason AS suppression
         FROM event_mail em
         JOIN event_registration r ON r.id = em.registration_id
         JOIN event e ON e.id = r.event_id
         LEFT JOIN suppression s ON s.address = r.address
        WHERE em.id = $1
          FOR UPDATE OF em`,
      [mailId],
    );
    return row ?? null;
  }

  async markSent(m: EntityManager, mailId: string): Promise<void> {
    await m.query(`UPDATE event_mail SET sent_at = now() WHERE id = $1`, [mailId]);
  }

  /** Registrations of published events starting within the largest reminder offset after `now`. */
  reminderCandidates(m: EntityManager, now: Date): Promise<ReminderCandidate[]> {
    return m.query(
      `SELECT r.id AS "registrationId", r.created_at AS "registeredAt", e.starts_at AS "startsAt", e.reminder_hours AS "reminderHours", r.sequence
         FROM event e
         JOIN event_registration r ON r.event_id = e.id AND r.status = 'registered'
        WHERE e.status = 'published' AND e.deleted_at IS NULL
          AND e.starts_at > $1
          AND e.starts_at <= $1 + make_interval(hours => (SELECT coalesce(max(h), 0) FROM unnest(e.reminder_hours) h))`,
      [now],
    );
  }
}
