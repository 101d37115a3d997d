import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import type { Actor } from '@rapport/shared-domain';
import { columnFieldMap, listPage, type Page } from '@rapport/shared-database';
import { EventEntity, EventRegistrationEntity, EventRepository } from '@rapport/events-data';
import type { EventRegistrationsFilter } from '../models/event.model';

const REGISTRATION_FIELDS = columnFieldMap('r', { id: 'id', createdAt: 'datetime' });

/** Who registered for an event, read through the event: a reader who may not see it gets nothing. */
@Injectable()
export class EventRegistrationsService {
  constructor(
    private readonly repo: EventRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(actor: Actor, eventId: string, args: { first?: number | null; after?: string | null; filter?: EventRegistrationsFilter | null }): Promise<Page<EventRegistrationEntity> | null> {
    const visible = await this.repo.events(actor, 'read').andWhere('ev.id = :id', { id: eventId }).getExists();
    if (!visible) return null;
    return listPage(
      this.repo.registrations(eventId, { statuses: args.filter?.statuses, search: args.filter?.search }),
      'r',
      REGISTRATION_FIELDS,
      { first: args.first, after: args.after, orderBy: [{ field: 'createdAt', direction: 'DESC' }] },
      { createdAt: { column: 'r.created_at', cast: 'timestamptz' } },
      { field: 'createdAt', direction: 'DESC' },
      this.config.pageSizeMax,
    );
  }

  /**
   * Counts by status and the seats left of each event, in one query for a page of events (the
   * request's loader batches them); the events were read through their scope already.
   */
  async counts(events: readonly Pick<EventEntity, 'id' | 'capacity'>[]) {
    const all = await this.repo.counts(events.map((e) => e.id));
    return events.map((e) => {
      const c = all.get(e.id) ?? {};
      const n = (s: string) => c[s] ?? 0;
      const held = n('registered') + n('attended');
      return { registered: n('registered'), waitlisted: n('waitlisted'), cancelled: n('cancelled'), attended: n('attended'), noShow: n('no_show'), seatsLeft: e.capacity == null ? null : Math.max(0, (e.capacity as number) - held) };
    });
  }
}
