import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, type BusinessCalendar as Calendar, calendarProblem, isLocalDate, type WorkPeriod } from '@rapport/shared-domain';
import { AppError, type FieldError } from '@rapport/shared-errors';
import { BusinessCalendarEntity, calendarOf, publishToOutbox, type StoredCalendarDay } from '@rapport/shared-database';
import { QUEUES } from '@rapport/shared-queue';
import { type CalendarDay, daysFromICalendar, ICalendarError, mainlandChinaCalendar, mainlandChinaDays, taiwanCalendar, taiwanDays } from '@rapport/service-domain';
import { assertServiceSetup } from './service-access';
import { CalendarPreset, type CreateBusinessCalendarInput, type ImportCalendarDaysInput, type UpdateBusinessCalendarInput } from '../models/business-calendar.model';

/** The longest stretch of days one iCalendar import may take (a feed's recurring events are expanded over it). */
const MAX_IMPORT_DAYS = 5 * 366;

/**
 * Business calendars (issue 18 item 5, ADR 0021): created empty or from a preset (mainland China's
 * or Taiwan's office hours with their days off and make-up days), edited, made the default, and
 * filled from an iCalendar feed. Every calendar is checked whole before it is stored; readers and
 * writers are the permission table's `serviceSetup` grants.
 */
@Injectable()
export class BusinessCalendarsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(actor: Actor): Promise<BusinessCalendarEntity[]> {
    assertServiceSetup(actor, 'read');
    return this.ds.getRepository(BusinessCalendarEntity).find({ order: { isDefault: 'DESC', name: 'ASC' } });
  }

  async get(actor: Actor, id: string): Promise<BusinessCalendarEntity> {
    assertServiceSetup(actor, 'read');
    const found = await this.ds.getRepository(BusinessCalendarEntity).findOneBy({ id });
    if (!found) throw AppError.notFound('The business calendar');
    return found;
  }

  async create(actor: Actor, input: CreateBusinessCalendarInput): Promise<BusinessCalendarEntity> {
    assertServiceSetup(actor, 'write');
    const preset = input.preset === CalendarPreset.MAINLAND_CHINA ? mainlandChinaPreset() : input.preset === CalendarPreset.TAIWAN ? taiwanPreset() : null;
    const row = {
      name: input.name.trim(),
      timeZone: input.timeZone ?? preset?.timeZone ?? 'Asia/Shanghai',
      week: input.week ? weekOf(input.week) : (preset?.week ?? {}),
      holidays: input.holidays ?? preset?.holidays ?? [],
      workdays: input.workdays ?? preset?.workdays ?? [],
    };
    check(row, 'input');
    return this.save(async (m) => {
      if (input.isDefault) await m.update(BusinessCalendarEntity, { isDefault: true }, { isDefault: false });
      return m.save(m.create(BusinessCalendarEntity, { ...row, isDefault: !!input.isDefault, createdBy: actor.userId }));
    });
  }

  async update(actor: Actor, input: UpdateBusinessCalendarInput): Promise<BusinessCalendarEntity> {
    assertServiceSetup(actor, 'write');
    const current = await this.get(actor, input.id);
    const row = {
      name: input.name?.trim() ?? current.name,
      timeZone: input.timeZone ?? current.timeZone,
      week: input.week ? weekOf(input.week) : current.week,
      holidays: input.holidays ?? current.holidays,
      workdays: input.workdays ?? current.workdays,
    };
    check(row, 'input');
    return this.save(async (m) => {
      if (input.isDefault) await m.update(BusinessCalendarEntity, { isDefault: true }, { isDefault: false });
      await m.update(BusinessCalendarEntity, { id: current.id }, { ...row, ...(input.isDefault ? { isDefault: true } : {}), updatedAt: new Date() });
      // The open cases counting in it get their due times again, off the request (CaseRecomputeService).
      await publishToOutbox(m, { queue: QUEUES.service, jobName: 'recompute-case-clocks', payload: { calendarId: current.id }, dedupKey: `recompute-case-clocks:${current.id}:${randomUUID()}` });
      return (await m.findOneBy(BusinessCalendarEntity, { id: current.id }))!;
    });
  }

  /** Adds an iCalendar feed's days off and make-up days within [from, to]; days already listed stay once. */
  async importDays(actor: Actor, input: ImportCalendarDaysInput): Promise<{ calendar: BusinessCalendarEntity; holidaysAdded: number; workdaysAdded: number; skipped: number }> {
    assertServiceSetup(actor, 'write');
    const current = await this.get(actor, input.id);
    const span = (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000;
    if (!isLocalDate(input.from) || !isLocalDate(input.to) || span < 0) throw AppError.validation([{ path: 'input.to', message: 'must be a date on or after the first day' }]);
    if (span > MAX_IMPORT_DAYS) throw AppError.validation([{ path: 'input.to', message: 'may be at most five years after the first day' }]);
    let days;
    try {
      days = daysFromICalendar(input.icalendar, { from: input.from, to: input.to });
    } catch (e) {
      // The parser's own words stay in the server's log; the reader gets the catalogue's.
      if (e instanceof ICalendarError) throw AppError.validation([{ path: 'input.icalendar', message: 'is not an iCalendar file' }]);
      throw e;
    }
    const merge = (have: StoredCalendarDay[], add: StoredCalendarDay[]) => {
      const known = new Set(have.map((d) => d.date));
      const fresh = add.filter((d) => !known.has(d.date));
      return { list: [...have, ...fresh].sort((a, b) => a.date.localeCompare(b.date)), added: fresh.length };
    };
    const workdays = merge(current.workdays, days.workdays);
    // A day the feed makes a working day is no longer off.
    const worked = new Set(workdays.list.map((d) => d.date));
    const holidays = merge(current.holidays.filter((d) => !worked.has(d.date)), days.holidays.filter((d) => !worked.has(d.date)));
    const calendar = await this.update(actor, { id: current.id, holidays: holidays.list, workdays: workdays.list });
    return { calendar, holidaysAdded: holidays.added, workdaysAdded: workdays.added, skipped: days.skipped };
  }

  private async save(write: (m: EntityManager) => Promise<BusinessCalendarEntity>): Promise<BusinessCalendarEntity> {
    try {
      return await this.ds.transaction(write);
    } catch (e) {
      if ((e as { code?: string; constraint?: string }).constraint === 'business_calendar_name_key') throw AppError.validation([{ path: 'input.name', message: 'is taken by another calendar' }]);
      throw e;
    }
  }
}

type Preset = { timeZone: string; week: Record<string, WorkPeriod[]>; holidays: StoredCalendarDay[]; workdays: StoredCalendarDay[] };

/** A pre-filled calendar as stored: its days named in Chinese then English. */
function stored(cal: Calendar, days: { holidays: CalendarDay[]; workdays: CalendarDay[] }): Preset {
  const name = (d: CalendarDay) => `${d.name.zh} ${d.name.en}`.trim();
  return {
    timeZone: cal.timeZone,
    week: Object.fromEntries(Object.entries(cal.week).map(([d, p]) => [d, [...(p ?? [])]])),
    holidays: days.holidays.map((d) => ({ date: d.date, name: name(d) })),
    workdays: days.workdays.map((d) => ({ date: d.date, name: name(d) })),
  };
}

/** Mainland China's office calendar as stored (names in both languages): the `MAINLAND_CHINA` preset and the demo data's default. */
export function mainlandChinaPreset(): Preset {
  return stored(mainlandChinaCalendar(), mainlandChinaDays());
}

/** Taiwan's government office calendar as stored (names in Traditional Chinese and English): the `TAIWAN` preset. */
export function taiwanPreset(): Preset {
  return stored(taiwanCalendar(), taiwanDays());
}

function weekOf(days: { weekday: number; periods: WorkPeriod[] }[]): Record<string, WorkPeriod[]> {
  return Object.fromEntries(days.map((d) => [String(d.weekday), d.periods.map((p) => ({ start: p.start, end: p.end }))]));
}

/** The whole calendar checked, every problem by path. */
function check(row: { timeZone: string; week: Record<string, WorkPeriod[]>; holidays: StoredCalendarDay[]; workdays: StoredCalendarDay[] }, path: string): void {
  const errors: FieldError[] = [];
  const days = (list: StoredCalendarDay[], key: string) => {
    const seen = new Set<string>();
    list.forEach((d, i) => {
      if (!isLocalDate(d.date)) errors.push({ path: `${path}.${key}.${i}.date`, message: 'is not a date' });
      else if (seen.has(d.date)) errors.push({ path: `${path}.${key}.${i}.date`, message: 'is listed twice' });
      seen.add(d.date);
    });
    return seen;
  };
  const off = days(row.holidays, 'holidays');
  const worked = days(row.workdays, 'workdays');
  row.workdays.forEach((d, i) => {
    if (off.has(d.date)) errors.push({ path: `${path}.workdays.${i}.date`, message: 'is also a day off' });
  });
  if (!errors.length) {
    const problem = calendarProblem(calendarOf(row));
    if (problem) errors.push({ path: `${path}.${problem.field}`, message: problem.message });
  }
  if (worked.size > 500 || off.size > 2000) errors.push({ path, message: 'has too many days' });
  if (errors.length) throw AppError.validation(errors);
}
