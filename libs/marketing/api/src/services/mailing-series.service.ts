import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError } from '@rapport/shared-errors';
import { localDateOf, nextOccurrence, recurrenceProblems, type Recurrence } from '@rapport/marketing-domain';
import { MailingEntity, MailingRepository } from '@rapport/marketing-data';
import type { MailingRecurrenceInput } from '../models/mailing.model';

/** An occurrence missed by more than this (the worker was down for days) is not sent late: the series moves on. */
const STALE_AFTER_MS = 24 * 3600_000;

/** The rule from the API's input, with the contact policy's time zone when none is given; every problem at once. */
export function recurrenceOf(input: MailingRecurrenceInput, defaultTimeZone: string): Recurrence {
  const rule: Recurrence = {
    frequency: input.frequency,
    interval: input.interval ?? 1,
    weekdays: [...new Set(input.weekdays ?? [])].sort(),
    monthDay: input.frequency === 'monthly' ? (input.monthDay ?? null) : null,
    hour: input.hour,
    minute: input.minute ?? 0,
    timeZone: input.timeZone ?? defaultTimeZone,
    count: input.count ?? null,
    until: input.until ?? null,
  };
  if (rule.frequency !== 'weekly') rule.weekdays = [];
  const problems = recurrenceProblems(rule);
  if (problems.length) throw AppError.validation(problems.map((p) => ({ path: `input.recurrence.${p.path}`, message: p.message })));
  return rule;
}

/**
 * Recurring mailings (docs/adr/0016 §11): a series sends nothing itself; each time its rule comes
 * round, the watchdog makes an occurrence — a scheduled mailing of its own with the series'
 * content and audience, which then goes like any other (the template's current version is pinned
 * when it starts, so each issue of a newsletter sends what the template says then).
 */
@Injectable()
export class MailingSeriesService {
  private readonly logger = new Logger(MailingSeriesService.name);

  constructor(private readonly mailings: MailingRepository) {}

  /** Starts a series from `from` (now, or the time it was scheduled for): its first occurrence is the rule's first time from then. */
  async start(m: EntityManager, series: MailingEntity, from: Date): Promise<void> {
    const next = nextOccurrence(series.recurrence!, new Date(from.getTime() - 1), from, 0);
    if (!next) throw AppError.validation([{ path: 'input.recurrence', message: 'This rule has no occurrence left: change its end.' }]);
    await this.mailings.update(m, series.id, { status: 'scheduled', scheduledAt: from, nextRunAt: next });
  }

  /** A paused series goes on from its next occurrence after now (the ones it missed while paused are not sent). */
  async resume(m: EntityManager, series: MailingEntity, now = new Date()): Promise<void> {
    const next = nextOccurrence(series.recurrence!, now, series.scheduledAt ?? now, series.occurrenceCount);
    await this.mailings.update(m, series.id, next ? { status: 'scheduled', nextRunAt: next, pausedReason: null } : { status: 'completed', nextRunAt: null, finishedAt: now });
  }

  /**
   * The watchdog's part: for each series whose next occurrence is due, makes that occurrence
   * (exactly once: a unique key per series and time) and moves the series to the following one,
   * in one transaction; a series whose rule has ended is completed. Returns the occurrences made.
   */
  async spawnDue(now = new Date()): Promise<string[]> {
    const made: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const step = await this.mailings.ds.transaction(async (m) => {
        const series = await this.mailings.lockDueSeries(m);
        if (!series?.nextRunAt) return null;
        const at = series.nextRunAt;
        const fresh = now.getTime() - at.getTime() <= STALE_AFTER_MS;
        const id = fresh ? await this.mailings.addOccurrence(m, series.id, at, occurrenceName(series.name, at, series.recurrence!)) : null;
        if (!fresh) this.logger.warn(`mailing series ${series.id}: the occurrence of ${at.toISOString()} was missed by more than a day and is not sent late`);
        const count = series.occurrenceCount + (id ? 1 : 0);
        const next = nextOccurrence(series.recurrence!, new Date(Math.max(at.getTime(), now.getTime())), series.scheduledAt ?? at, count);
        await this.mailings.update(m, series.id, next ? { nextRunAt: next, occurrenceCount: count } : { nextRunAt: null, occurrenceCount: count, status: 'completed', finishedAt: now });
        return { id };
      });
      if (!step) break;
      if (step.id) made.push(step.id);
    }
    return made;
  }
}

/** "Weekly news · 2026-12-07": the series' name and the occurrence's day in the series' time zone. */
export function occurrenceName(name: string, at: Date, rule: Pick<Recurrence, 'timeZone'>): string {
  const d = localDateOf(at, rule.timeZone);
  return `${name} · ${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`.slice(0, 200);
}
