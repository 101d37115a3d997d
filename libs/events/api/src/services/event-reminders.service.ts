import { Injectable } from '@nestjs/common';
import { remindersDue } from '@rapport/events-domain';
import { EventMailRepository, RegistrationRepository } from '@rapport/events-data';

/**
 * Writes the reminders that have come due (job `remind-event-registrants`, every minute): for each
 * registered person of an event about to start, each offset whose moment has passed gets one mail
 * row keyed by registration and offset, so a run repeated, overlapping or late sends nothing twice.
 * The clock is a parameter: tests move it instead of waiting a week.
 */
@Injectable()
export class EventRemindersService {
  constructor(
    private readonly mails: EventMailRepository,
    private readonly registrations: RegistrationRepository,
  ) {}

  run(now = new Date()): Promise<{ queued: number }> {
    return this.mails.ds.transaction(async (m) => {
      let queued = 0;
      for (const c of await this.mails.reminderCandidates(m, now)) {
        for (const hours of remindersDue(c.startsAt, c.reminderHours, now, c.registeredAt)) {
          if (await this.registrations.enqueueMail(m, c.registrationId, 'reminder', c.sequence, `reminder:${c.registrationId}:${hours}`)) queued++;
        }
      }
      return { queued };
    });
  }
}
