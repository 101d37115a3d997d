import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { assertCanCreate, pickDefined, resolveOwner } from '@rapport/shared-api';
import { Actor, checkNameTranslations, editableKeys, fieldKeys, isAudited, toStoredValues, type NameProblem } from '@rapport/shared-domain';
import { appendTimeline, diffFields, listPage, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { CampaignEntity, ConsentRepository } from '@rapport/marketing-data';
import { CampaignType } from '@rapport/marketing-domain';
import { checkAgenda, checkRegistrationForm, EVENT, EventStatus, EventType, movesCalendar } from '@rapport/events-domain';
import { EVENT_FIELDS, EventEntity, EventRepository, RegistrationRepository } from '@rapport/events-data';
import { PAGE_LOCALES, registrationFormHtml } from '../rest/registration-pages';
import type { CreateEventInput, EventFilter, EventOrderBy, UpdateEventInput } from '../models/event.model';

const AUDITED = fieldKeys(EVENT, isAudited) as (keyof EventEntity)[];
const SPECIAL = ['ownerId', 'titles', 'descriptions', 'form', 'agenda'];
const ON_CREATE = editableKeys(EVENT).filter((k) => !SPECIAL.includes(k));
const ON_UPDATE = editableKeys(EVENT, 'update').filter((k) => !SPECIAL.includes(k));

/**
 * Events: list, read, create, change, publish, cancel (registrations: RegistrationService). Each
 * event gets a campaign of its own when created (type webinar for webinars, else event), so its
 * registrations show in the campaign's funnel, costs and return. A change of time or place
 * updates every registrant's calendar entry (a new SEQUENCE, mailed); a cancellation removes it.
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly repo: EventRepository,
    private readonly registrations: RegistrationRepository,
    private readonly consent: ConsentRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(actor: Actor, args: { first?: number | null; after?: string | null; filter?: EventFilter | null; orderBy?: EventOrderBy[] | null }) {
    return listPage(
      this.repo.events(actor, 'read'),
      'ev',
      EVENT_FIELDS,
      args as never,
      {
        startsAt: { column: 'ev.starts_at', cast: 'timestamptz' },
        title: { column: 'ev.title' },
        createdAt: { column: 'ev.created_at', cast: 'timestamptz' },
        updatedAt: { column: 'ev.updated_at', cast: 'timestamptz' },
      },
      { field: 'startsAt', direction: 'DESC' },
      this.config.pageSizeMax,
    );
  }

  hostedUrl(id: string): string {
    return `${this.config.publicOrigin}/api/public/events/${id}`;
  }

  /** The embeddable form in a language (anything else than en, zh-CN, zh-TW is refused). */
  embedHtml(e: Pick<EventEntity, 'id' | 'form'>, language: string): string {
    const locale = PAGE_LOCALES.find((l) => l === language);
    if (!locale) throw AppError.validation([{ path: 'language', message: `must be one of: ${PAGE_LOCALES.join(', ')}` }]);
    return registrationFormHtml(e, locale, this.config.publicOrigin);
  }

  findVisible(actor: Actor, id: string, m?: EntityManager) {
    return this.repo.events(actor, 'read', m).andWhere('ev.id = :id', { id }).getOne();
  }

  async create(actor: Actor, input: CreateEventInput): Promise<EventEntity> {
    assertCanCreate(actor, 'event');
    const translations = checkTranslations(input);
    checkTimes(input.startsAt as Date, input.endsAt as Date, input.registrationOpensAt as Date | null, input.registrationClosesAt as Date | null);
    const extras = await this.checkFormAndAgenda(input, { startsAt: input.startsAt as Date, endsAt: input.endsAt as Date });
    return this.repo.ds.transaction(async (m) => {
      const owner = await resolveOwner(m, actor, 'event', input.ownerId);
      const campaign = await m.save(
        m.create(CampaignEntity, {
          name: String(input.title).trim(),
          type: input.type === EventType.Webinar ? CampaignType.Webinar : CampaignType.Event,
          startDate: isoDay(input.startsAt as Date),
          endDate: isoDay(input.endsAt as Date),
          ...owner,
          createdBy: actor.userId,
        } as Partial<CampaignEntity>),
      );
      const event = await m.save(
        m.create(EventEntity, {
          ...(toStoredValues(EVENT, pickDefined(input, ON_CREATE)) as Partial<EventEntity>),
          title: String(input.title).trim(),
          titles: translations.titles ?? {},
          descriptions: translations.descriptions ?? {},
          form: extras.form ?? {},
          agenda: extras.agenda ?? {},
          reminderHours: input.reminderHours ?? [168, 24],
          campaignId: campaign.id,
          ...owner,
          createdBy: actor.userId,
        }),
      );
      await writeAudit(m, actor, { entityType: 'event', entityId: event.id, action: 'create', changes: diffFields(null, event, AUDITED) });
      await appendTimeline(m, actor, { subjectType: 'event', subjectId: event.id, eventType: 'record.created', payload: { title: event.title, type: event.type } });
      return m.findOneByOrFail(EventEntity, { id: event.id });
    });
  }

  async update(actor: Actor, input: UpdateEventInput): Promise<EventEntity> {
    const translations = checkTranslations(input);
    return this.repo.ds.transaction(async (m) => {
      const before = await this.repo.events(actor, 'write', m).andWhere('ev.id = :id', { id: input.id }).setLock('for_no_key_update').getOne();
      if (!before) throw AppError.notFound('The event');
      if (before.status === EventStatus.Cancelled || before.status === EventStatus.Completed) throw AppError.validation([], 'A cancelled or completed event cannot be changed.');
      const patch = toStoredValues(EVENT, pickDefined(input, ON_UPDATE)) as Partial<EventEntity>;
      if (typeof patch.title === 'string') patch.title = patch.title.trim();
      if (translations.titles) patch.titles = translations.titles;
      if (translations.descriptions) patch.descriptions = translations.descriptions;
      if (input.reminderHours) patch.reminderHours = input.reminderHours;
      if (input.ownerId !== undefined) Object.assign(patch, await resolveOwner(m, actor, 'event', input.ownerId));
      const after = { ...before, ...patch };
      checkTimes(after.startsAt as Date, after.endsAt as Date, after.registrationOpensAt as Date | null, after.registrationClosesAt as Date | null);
      // A move of the event's times re-checks the stored agenda against them.
      Object.assign(patch, await this.checkFormAndAgenda({ form: input.form, agenda: input.agenda ?? (input.startsAt || input.endsAt ? before.agenda : undefined) }, after as { startsAt: Date; endsAt: Date }, m));
      const moved = before.status === EventStatus.Published && movesCalendar(before as never, patch as never);
      if (moved) patch.sequence = (before.sequence as number) + 1;
      const changes = diffFields(before, after, AUDITED);
      await m.update(EventEntity, { id: before.id }, patch as never);
      if (moved) await this.tellRegistrants(m, before.id, 'update');
      // More seats (or no limit any more): the waitlist moves up at once, in arrival order.
      const raised = after.capacity == null ? before.capacity != null : before.capacity != null && (after.capacity as number) > (before.capacity as number);
      if (raised && before.status === EventStatus.Published) await this.registrations.promoteWaitlist(m, { id: before.id, campaignId: before.campaignId as string, capacity: (after.capacity as number | null) ?? null });
      if (changes.length) {
        await writeAudit(m, actor, { entityType: 'event', entityId: before.id, action: 'update', changes });
        await appendTimeline(m, actor, { subjectType: 'event', subjectId: before.id, eventType: 'record.updated', payload: { changes } });
      }
      return m.findOneByOrFail(EventEntity, { id: before.id });
    });
  }

  /** The registration form and agenda as given, checked (their subscription types must exist and be offered); `m` inside a transaction. */
  private async checkFormAndAgenda(input: { form?: unknown; agenda?: unknown }, times: { startsAt: Date; endsAt: Date }, m?: EntityManager): Promise<{ form?: object; agenda?: object }> {
    const out: { form?: object; agenda?: object } = {};
    const problems: NameProblem[] = [];
    if (input.form != null) {
      const r = checkRegistrationForm(input.form, 'input.form');
      problems.push(...r.problems);
      for (const [i, c] of r.form.consents.entries()) {
        const type = c.subscriptionTypeId && !r.problems.length ? await this.consent.subscriptionType(c.subscriptionTypeId, m) : null;
        if (!r.problems.length && !type?.active) problems.push({ path: `input.form.consents.${i}.subscriptionTypeId`, message: 'This subscription type is no longer offered: nobody can opt in to it.' });
      }
      out.form = r.form;
    }
    if (input.agenda != null) {
      const r = checkAgenda(input.agenda, 'input.agenda', times);
      problems.push(...r.problems);
      out.agenda = r.agenda;
    }
    if (problems.length) throw AppError.validation(problems);
    return out;
  }

  /** Opens registration (the public page and form answer from now on). */
  publish(actor: Actor, id: string): Promise<EventEntity> {
    return this.setStatus(actor, id, EventStatus.Published, [EventStatus.Draft]);
  }

  /** Cancels the event: every registrant's calendar entry is cancelled (METHOD:CANCEL) and mailed. */
  cancel(actor: Actor, id: string): Promise<EventEntity> {
    return this.setStatus(actor, id, EventStatus.Cancelled, [EventStatus.Draft, EventStatus.Published]);
  }

  private setStatus(actor: Actor, id: string, status: EventStatus, from: EventStatus[]): Promise<EventEntity> {
    return this.repo.ds.transaction(async (m) => {
      const before = await this.repo.events(actor, 'write', m).andWhere('ev.id = :id', { id }).setLock('for_no_key_update').getOne();
      if (!before) throw AppError.notFound('The event');
      if (before.status === status) return before;
      if (!from.includes(before.status as EventStatus)) throw AppError.validation([], `A ${before.status} event cannot become ${status}.`);
      await m.update(EventEntity, { id }, { status } as never);
      if (status === EventStatus.Cancelled) await this.tellRegistrants(m, id, 'cancellation');
      const changes = [{ field: 'status', from: before.status, to: status }];
      await writeAudit(m, actor, { entityType: 'event', entityId: id, action: 'update', changes });
      await appendTimeline(m, actor, { subjectType: 'event', subjectId: id, eventType: 'record.updated', payload: { changes } });
      return m.findOneByOrFail(EventEntity, { id });
    });
  }

  /** Each seat-holding registrant's entry moves to its next revision, and they are mailed it once. */
  private async tellRegistrants(m: EntityManager, eventId: string, kind: 'update' | 'cancellation') {
    for (const r of await this.registrations.bumpActive(m, eventId)) {
      await this.registrations.enqueueMail(m, r.id, kind, r.sequence, `${kind}:${r.id}:${r.sequence}`);
    }
  }
}

const isoDay = (d: Date) => new Date(d).toISOString().slice(0, 10);

function checkTranslations(input: { titles?: unknown; descriptions?: unknown }): { titles?: Record<string, string>; descriptions?: Record<string, string> } {
  const problems: NameProblem[] = [];
  const out: { titles?: Record<string, string>; descriptions?: Record<string, string> } = {};
  if (input.titles != null) {
    const r = checkNameTranslations(input.titles, 'input.titles', 200);
    problems.push(...r.problems);
    out.titles = r.names;
  }
  if (input.descriptions != null) {
    const r = checkNameTranslations(input.descriptions, 'input.descriptions', 10_000);
    problems.push(...r.problems);
    out.descriptions = r.names;
  }
  if (problems.length) throw AppError.validation(problems);
  return out;
}

function checkTimes(startsAt: Date, endsAt: Date, opensAt: Date | null, closesAt: Date | null) {
  const problems = [];
  if (startsAt && endsAt && new Date(endsAt) <= new Date(startsAt)) problems.push({ path: 'input.endsAt', message: 'The event must end after it starts.' });
  if (opensAt && closesAt && new Date(closesAt) <= new Date(opensAt)) problems.push({ path: 'input.registrationClosesAt', message: 'Registration must close after it opens.' });
  if (problems.length) throw AppError.validation(problems);
}
