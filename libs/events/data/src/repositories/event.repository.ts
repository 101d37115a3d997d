import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { applyScope, fieldMapOf, type FieldMap } from '@rapport/shared-database';
import { EVENT } from '@rapport/events-domain';
import type { Action, Actor } from '@rapport/shared-domain';
import { EventEntity, EventRegistrationEntity } from '../entities';

/**
 * Events as a person may see them: every read and write goes through `events(actor, action)`, which
 * applies the event scope; registrations are read through their event (whoever may read the event
 * sees who registered for it, the point of running one).
 */
@Injectable()
export class EventRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  events(actor: Actor, action: Action, manager: EntityManager = this.ds.manager): SelectQueryBuilder<EventEntity> {
    return applyScope(manager.createQueryBuilder(EventEntity, 'ev'), actor, 'event', action, { owner: 'ev.owner_id', team: 'ev.team_id' }).andWhere('ev.deleted_at IS NULL');
  }

  /**
   * The registrations of one event, optionally by status or a name/email/company search. Callers
   * pass an event the reader was shown by `events(actor, 'read')`: registrations are read through it.
   */
  registrations(eventId: string, filter: { statuses?: string[] | null; search?: string | null }, manager: EntityManager = this.ds.manager): SelectQueryBuilder<EventRegistrationEntity> {
    const qb = manager.createQueryBuilder(EventRegistrationEntity, 'r').where('r.event_id = :eventId', { eventId });
    if (filter.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    const search = filter.search?.trim();
    if (search) {
      // Chinese names read family name first: both orders match.
      qb.andWhere(`concat_ws(' ', r.first_name, r.last_name, r.last_name || r.first_name, r.email, r.company) ILIKE :q`, { q: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
    return qb;
  }

  /**
   * An event as its public pages show it: published only for the registration page (a draft, a
   * cancelled or deleted event is not on the internet), any live one for a registrant's own page.
   */
  publicEvent(id: string, publishedOnly: boolean): Promise<EventEntity | null> {
    return this.ds.getRepository(EventEntity).findOneBy(publishedOnly ? ({ id, status: 'published' } as never) : { id });
  }

  /** Counts per status of each event, for the capacity bar and check-in progress. */
  async counts(eventIds: readonly string[]): Promise<Map<string, Record<string, number>>> {
    const rows: { event_id: string; status: string; n: number }[] = await this.ds.query(
      `SELECT event_id, status, count(*)::int AS n FROM event_registration WHERE event_id = ANY($1::uuid[]) GROUP BY event_id, status`,
      [eventIds],
    );
    const out = new Map<string, Record<string, number>>(eventIds.map((id) => [id, {}]));
    for (const r of rows) out.get(r.event_id)![r.status] = r.n;
    return out;
  }
}

/** The event's filterable fields, from its definition. */
export const EVENT_FIELDS: FieldMap = fieldMapOf(EVENT);
