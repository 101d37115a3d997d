import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { NameTranslations } from '@rapport/shared-domain';
import type { ConsentStatus, SuppressionReason } from '@rapport/marketing-domain';

/** What the confirmation mailer needs to decide and write one mail, read under the row's lock. */
export interface ConfirmationToSend {
  eventId: string;
  sentAt: Date | null;
  address: string;
  subscriptionTypeId: string;
  typeName: string;
  typeNames: NameTranslations;
  typeActive: boolean;
  /** The event is still the address's current answer for the type, and it is pending. */
  stillPending: boolean;
  suppression: SuppressionReason | null;
  /** The form's language, else that of the contact the answer came through, else of a contact with the address; null: none. */
  locale: string | null;
}

/** The current answer of an address for a type, locked for the caller's transaction. */
export interface LockedAnswer {
  status: ConsentStatus;
  eventId: string;
  contactId: string | null;
  leadId: string | null;
}

/**
 * The SQL of double opt-in (issue 15): one `consent_confirmation` row per pending answer, claimed
 * under a row lock by the mailer like notification mail (docs/adr/0009 §4).
 */
@Injectable()
export class ConsentConfirmationRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  /** Asks for a confirmation of a pending answer, in the caller's transaction (the one recording it). */
  async request(m: EntityManager, eventId: string, locale: string | null): Promise<void> {
    await m.query(`INSERT INTO consent_confirmation (event_id, locale) VALUES ($1, $2) ON CONFLICT (event_id) DO NOTHING`, [eventId, locale]);
  }

  /**
   * The confirmation with everything the decision needs, its row locked until the caller's
   * transaction ends: a second delivery of the job waits here and then sees `sentAt`.
   */
  async lockForSending(m: EntityManager, eventId: string): Promise<ConfirmationToSend | null> {
    const [row]: ConfirmationToSend[] = await m.query(
      `SELECT cc.event_id AS "eventId", cc.sent_at AS "sentAt", e.address, e.subscription_type_id AS "subscriptionTypeId",
              t.name AS "typeName", t.names AS "typeNames", t.active AS "typeActive",
              (c.event_id = e.id AND c.status = 'pending') IS TRUE AS "stillPending",
              s.reason AS suppression,
              -- Stored contact emails are lower-cased, so the GIN index finds a contact with the address.
              COALESCE(cc.locale, ct.locale, (SELECT x.locale FROM contact x WHERE x.emails @> ARRAY[e.address] AND x.deleted_at IS NULL ORDER BY x.created_at LIMIT 1)) AS locale
         FROM consent_confirmation cc
         JOIN consent_event e ON e.id = cc.event_id
         JOIN subscription_type t ON t.id = e.subscription_type_id
         LEFT JOIN consent c ON c.address = e.address AND c.subscription_type_id = e.subscription_type_id
         LEFT JOIN suppression s ON s.address = e.address
         LEFT JOIN contact ct ON ct.id = e.contact_id AND ct.deleted_at IS NULL
        WHERE cc.event_id = $1
          FOR UPDATE OF cc`,
      [eventId],
    );
    return row ?? null;
  }

  async markSent(m: EntityManager, eventId: string): Promise<void> {
    await m.query(`UPDATE consent_confirmation SET sent_at = now() WHERE event_id = $1`, [eventId]);
  }

  /**
   * The current answer for (address, type), locked, so a confirmation and an opt-out arriving
   * together are decided one after the other (the later sees the earlier's answer).
   */
  async lockAnswer(m: EntityManager, address: string, subscriptionTypeId: string): Promise<LockedAnswer | null> {
    const [row]: LockedAnswer[] = await m.query(
      `SELECT c.status, c.event_id AS "eventId", e.contact_id AS "contactId", e.lead_id AS "leadId"
         FROM consent c JOIN consent_event e ON e.id = c.event_id
        WHERE c.address = $1 AND c.subscription_type_id = $2
          FOR UPDATE OF c`,
      [address, subscriptionTypeId],
    );
    return row ?? null;
  }
}
