import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { withSystemScope } from '@rapport/shared-database';
import { AppError, type MessageKey, type MessageLocale } from '@rapport/shared-errors';
import { negotiateLocale } from '@rapport/shared-domain';
import { registrationClosedReason } from '@rapport/events-domain';
import { EventRepository, RegistrationRepository } from '@rapport/events-data';
import { hostedPageHtml, managePageHtml, notFoundPageHtml, problemsPageHtml, registeredPageHtml } from '../rest/registration-pages';
import { RegistrationService, type RegistrationResult } from './registration.service';

/** A page and the status it is served with. */
export interface Page {
  status: number;
  html: string;
  locale: MessageLocale;
}

/**
 * Fetches what the registrant's pages show (registration-pages.ts renders them). Nobody is signed
 * in: reads are system reads, of published events only for the registration page, and of the one
 * registration a genuine signed link names for the self-service page.
 */
@Injectable()
export class RegistrationPagesService {
  constructor(
    private readonly events: EventRepository,
    private readonly registrationRepo: RegistrationRepository,
    private readonly registrations: RegistrationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  hosted(id: string, locale: MessageLocale, now = new Date()): Promise<Page> {
    return withSystemScope('the public registration page of a published event', async () => {
      const event = await this.events.publicEvent(id, true);
      if (!event) return { status: 404, html: notFoundPageHtml(locale), locale };
      const closed = registrationClosedReason(event as never, now);
      const taken = await this.registrationRepo.seatsTaken(this.events.ds.manager, id);
      return { status: 200, html: hostedPageHtml(event, taken, closed === 'events.notFound' ? 'events.closed' : closed, locale, this.config.publicOrigin), locale };
    });
  }

  registered(eventId: string, result: RegistrationResult, locale: MessageLocale): Promise<string> {
    return withSystemScope('the answer to a registrant’s own form post', async () => {
      const event = (await this.events.publicEvent(eventId, false))!;
      return registeredPageHtml(event, result.registration, result.created, this.manageUrl(result.token), locale);
    });
  }

  /** The self-service page; in the registrant's own language unless the link asks for another. */
  manage(token: string, locale: MessageLocale | null, notice: MessageKey | null): Promise<Page> {
    return withSystemScope('a registrant reads their own registration through their signed link', async () => {
      const registration = await this.registrations.byToken(token).catch((err: unknown) => {
        if (err instanceof AppError && err.httpStatus === 404) return null;
        throw err;
      });
      const event = registration ? await this.events.publicEvent(registration.eventId, false) : null;
      const lang = locale ?? negotiateLocale(registration?.locale) ?? 'en';
      if (!registration || !event) return { status: 404, html: notFoundPageHtml(lang), locale: lang };
      return { status: 200, html: managePageHtml(event, registration, token, this.config.publicOrigin, lang, notice), locale: lang };
    });
  }

  async eventIdOf(token: string): Promise<string | null> {
    return (await this.registrations.byToken(token).catch(() => null))?.eventId ?? null;
  }

  /** What to fix, naming fields as the event's form labels them. */
  problems(eventId: string | null, err: AppError, locale: MessageLocale): Promise<string> {
    return withSystemScope('the labels of a public form, to name what a registrant must fix', async () => {
      const event = eventId ? await this.events.publicEvent(eventId, false) : null;
      return problemsPageHtml(event, err.fields, err, locale);
    });
  }

  private manageUrl(token: string): string {
    return `${this.config.publicOrigin}/api/public/registrations/${token}`;
  }
}
